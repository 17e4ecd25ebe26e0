package gov.xianan.reform.registry.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import gov.xianan.reform.common.disclosure.DisclosureControl;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.series.MonthEndSnapshots;
import gov.xianan.reform.common.series.MonthRange;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.statistics.WorkforceStatistics.Share;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The workforce profile per month end. Each point IS the answer of {@code GET /statistics/workforce?asOf=<month end>}
 * for the same caller (the same table, the same suppression; from the month's snapshot when there
 * is one), cut to one breakdown: a series point can be neither differenced against the current
 * figures of that month end nor against a series by another dimension, because all of them publish
 * the same cells of the same suppressed table.
 */
@ApplicationScoped
public class WorkforceSeries {

    /** The dimensions a series can break the total down by, with the breakdown of the answer they read. */
    static final Map<String, Function<WorkforceStatistics, List<Share>>> DIMENSIONS = Map.of(
            "total", s -> List.of(),
            "gender", WorkforceStatistics::gender,
            "education", WorkforceStatistics::education,
            "wageBand", WorkforceStatistics::wageBand,
            "ageBand", WorkforceStatistics::ageBand,
            "skillTier", WorkforceStatistics::skillTier,
            "industry", WorkforceStatistics::industry);

    @Inject
    StatisticsService statistics;

    @Inject
    DisclosureControl disclosure;

    @Inject
    MonthEndSnapshots snapshots;

    public Series series(String from, String to, String by) {
        String dimension = by == null || by.isBlank() ? "total" : by.strip();
        Violations v = new Violations();
        if (!DIMENSIONS.containsKey(dimension)) {
            v.add("by", "未知维度“" + by + "”,可选: " + String.join(", ", DIMENSIONS.keySet().stream().sorted().toList()));
        }
        v.throwIfAny();
        boolean protect = disclosure.protects();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        MonthRange range = MonthRange.parse(from, to, snapshots.start(), today, protect);
        List<Series.Point> points = new ArrayList<>();
        for (YearMonth m : range.months()) {
            WorkforceStatistics s = statistics.at(MonthRange.asOf(m, today));
            List<Series.Value> values = DIMENSIONS.get(dimension).apply(s).stream()
                    .map(x -> new Series.Value(x.key(), x.label(), x.count(), x.percent(), x.suppressed())).toList();
            points.add(new Series.Point(m.toString(), s.asOf(), s.total(), s.total() == null, values));
        }
        return new Series("workforce", dimension, "在月末受雇的工人数 / workers employed on the month end", range.from().toString(),
                range.to().toString(), protect, points);
    }
}
