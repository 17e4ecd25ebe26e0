package gov.xianan.reform.common.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The one statistical disclosure control policy of the platform's aggregates (docs/privacy.md,
 * "Disclosure control"): its parameters and the pure rules every aggregate endpoint applies to a
 * caller who does not get exact figures. The cells are hidden by {@link CellSuppression}.
 */
public final class DisclosurePolicy {

    /** Threshold rule: a cell counting 1 to {@code THRESHOLD − 1} persons (or records) is hidden. */
    public static final int THRESHOLD = 5;

    /** An answer (a filtered population) of 1 to {@code MIN_POPULATION − 1} is hidden as a whole. */
    public static final int MIN_POPULATION = 10;

    private DisclosurePolicy() {
    }

    /**
     * The reference date a protected answer is given for: the last month end on or before the
     * requested date, and never the running month (whose figures still move day by day). Answers
     * therefore exist for month ends only, and two of them differ by a whole month of hires and
     * departures, not by one person's first day.
     */
    public static LocalDate referenceDate(LocalDate requested, LocalDate today) {
        LocalDate d = requested != null && requested.isBefore(today) ? requested : today.minusDays(1);
        return d.getDayOfMonth() == d.lengthOfMonth() ? d : d.withDayOfMonth(1).minusDays(1);
    }

    /** Whether a population of this size may be answered at all (0 may: it describes no one). */
    public static boolean answerable(long population) {
        return population == 0 || population >= MIN_POPULATION;
    }

    /**
     * A percent with one decimal, published only when both its numerator and denominator are: a
     * percent of a hidden cell (or of a hidden total) would give the cell back.
     */
    public static BigDecimal percent(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
