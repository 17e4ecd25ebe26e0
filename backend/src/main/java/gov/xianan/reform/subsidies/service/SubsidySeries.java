package gov.xianan.reform.subsidies.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.series.AnswerSeries;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.common.series.SnapshotSource;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.Cell;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.StatisticsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Subsidy aggregates per month end (all years): distinct trainees of the approved and paid applications, by year, source, programme or industry. */
@ApplicationScoped
public class SubsidySeries implements SnapshotSource {

    public static final String AGGREGATE = "subsidies";

    @Inject
    SubsidyStatisticsService statistics;

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
        Map<String, Function<StatisticsResponse, AnswerSeries.Cut>> dimensions = Map.of(
                "total", s -> cut(s, List.of()),
                "year", s -> cut(s, s.byYear()),
                "source", s -> cut(s, s.bySource()),
                "programme", s -> cut(s, s.byProgramme()),
                "industry", s -> cut(s, s.byIndustry()));
        return series.series(new AnswerSeries.Aggregate<>(AGGREGATE, "获补贴培训人数(去重) / distinct trainees of approved and paid applications",
                StatisticsResponse.class, dimensions, "total", () -> statistics.statistics(null), statistics::statisticsAsOf), from, to, by);
    }

    private static AnswerSeries.Cut cut(StatisticsResponse s, List<Cell> cells) {
        Long total = s.total().trainees();
        return new AnswerSeries.Cut(total, s.total().suppressed(), cells.stream()
                .map(c -> new Series.Value(c.key(), c.label(), c.trainees(), DisclosurePolicy.percent(c.trainees(), total), c.suppressed())).toList());
    }
}
