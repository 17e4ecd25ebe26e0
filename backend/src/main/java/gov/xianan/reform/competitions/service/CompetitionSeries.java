package gov.xianan.reform.competitions.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.series.AnswerSeries;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.common.series.SnapshotSource;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionStatistics;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.Count;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.StatisticsRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Competition statistics per month end (all years): participants by kind or field, awards by grade. */
@ApplicationScoped
public class CompetitionSeries implements SnapshotSource {

    public static final String AGGREGATE = "competitions";

    @Inject
    CompetitionStatisticsService statistics;

    @Inject
    AnswerSeries series;

    @Override
    public String aggregate() {
        return AGGREGATE;
    }

    @Override
    public JsonNode table(LocalDate monthEnd, boolean justEnded) {
        LocalDate asOf = justEnded ? null : monthEnd;
        return series.payload(statistics.statisticsAsOf(asOf, false), statistics.statisticsAsOf(asOf, true));
    }

    public Series series(String from, String to, String by) {
        Map<String, Function<CompetitionStatistics, AnswerSeries.Cut>> dimensions = Map.of(
                "total", s -> cut(s.participants(), List.of(), StatisticsRow::participants),
                "kind", s -> cut(s.participants(), s.byKind(), StatisticsRow::participants),
                "field", s -> cut(s.participants(), s.byField(), StatisticsRow::participants),
                "grade", s -> cut(s.awards(), s.byGrade(), StatisticsRow::awards));
        return series.series(new AnswerSeries.Aggregate<>(AGGREGATE, "参赛人次(按等级: 获奖人次) / participants (by grade: awards) of the competitions held",
                CompetitionStatistics.class, dimensions, "total", () -> statistics.statistics(null), statistics::statisticsAsOf), from, to, by);
    }

    private static AnswerSeries.Cut cut(Count total, List<StatisticsRow> rows, Function<StatisticsRow, Count> measure) {
        return new AnswerSeries.Cut(total.value(), total.suppressed(), rows.stream().map(r -> {
            Count c = measure.apply(r);
            return new Series.Value(r.key(), r.label(), c.value(), DisclosurePolicy.percent(c.value(), total.value()), c.suppressed());
        }).toList());
    }
}
