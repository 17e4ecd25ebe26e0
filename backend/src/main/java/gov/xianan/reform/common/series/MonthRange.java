package gov.xianan.reform.common.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.error.Violations;

/**
 * The months a series request asks for, checked: {@code from} and {@code to} as yyyy-MM, from not
 * after to, not before the series start, not after the running month, at most {@link #MAX_MONTHS}
 * months; without {@code from}, the twelve months up to {@code to}. A bad range is a 400 problem naming the field. For callers under the disclosure policy
 * the range ends at the last month end before today ({@link DisclosurePolicy#referenceDate}): the
 * running month is never published to them.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    /** The longest series one call answers (ten years). */
    public static final int MAX_MONTHS = 120;

    /** The months a series answers when {@code from} is not given. */
    public static final int DEFAULT_MONTHS = 12;

    public static MonthRange parse(String from, String to, YearMonth start, LocalDate today, boolean protect) {
        Violations v = new Violations();
        YearMonth running = YearMonth.from(today);
        YearMonth t = month(v, "to", to, running);
        // default: the twelve months up to to (for protected callers: up to the last month end), not before the series start
        YearMonth lastEnd = YearMonth.from(DisclosurePolicy.referenceDate(null, today));
        YearMonth twelve = t == null ? start : (protect && t.isAfter(lastEnd) ? lastEnd : t).minusMonths(DEFAULT_MONTHS - 1);
        YearMonth f = month(v, "from", from, twelve.isBefore(start) ? start : twelve);
        if (f != null && f.isBefore(start)) {
            v.add("from", "序列从 " + start + " 开始 / the series starts at " + start);
        }
        if (t != null && t.isAfter(running)) {
            v.add("to", "不能晚于本月 " + running + " / not after the running month");
        }
        if (f != null && t != null && f.isAfter(t)) {
            v.add("from", "起始月份不能晚于结束月份 / from must not be after to");
        }
        if (f != null && t != null && !f.isAfter(t) && f.plusMonths(MAX_MONTHS).isBefore(t.plusMonths(1))) {
            v.add("to", "一次最多 " + MAX_MONTHS + " 个月 / at most " + MAX_MONTHS + " months per call");
        }
        v.throwIfAny();
        if (protect) {
            YearMonth last = YearMonth.from(DisclosurePolicy.referenceDate(null, today));
            if (t.isAfter(last)) {
                t = last;
            }
        }
        return new MonthRange(f, t);
    }

    private static YearMonth month(Violations v, String field, String value, YearMonth fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "月份格式应为 yyyy-MM / month as yyyy-MM");
            return null;
        }
    }

    /** The months of the range in order (none when a protected caller's range lies wholly in the running month). */
    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    /** The reference date of a month: its last day, or today for the running month. */
    public static LocalDate asOf(YearMonth month, LocalDate today) {
        LocalDate end = month.atEndOfMonth();
        return end.isBefore(today) ? end : today;
    }
}
