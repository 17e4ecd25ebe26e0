package gov.xianan.reform.common.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.xianan.reform.common.db.ReadDatabase;
import gov.xianan.reform.common.disclosure.DisclosureControl;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.time.ClockProducer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Series of the aggregates whose month-end snapshot is the answer itself (subsidies, competitions,
 * the task board): the job keeps, per month end, the exact answer and the protected one, each
 * computed by the aggregate's own service with its own suppression over its linked tables. A
 * series point is one of those answers cut to one breakdown, so every series of a month end (any
 * {@code by}) publishes cells of the same suppressed answer; the running month (lead unit only)
 * is the current answer itself.
 */
@ApplicationScoped
public class AnswerSeries {

    /** A breakdown of one answer: its total and its categories. */
    public record Cut(Long total, boolean totalSuppressed, List<Series.Value> values) {
    }

    /** How one aggregate's answers are computed and cut. */
    public record Aggregate<T>(String name, String measure, Class<T> type, Map<String, Function<T, Cut>> dimensions, String defaultDimension,
            Supplier<T> current, BiFunction<LocalDate, Boolean, T> asOf) {
    }

    @Inject
    StatisticsSnapshots snapshots;

    @Inject
    MonthEndSnapshots job;

    @Inject
    ReadDatabase readDatabase;

    @Inject
    DisclosureControl disclosure;

    @Inject
    ObjectMapper json;

    /** The snapshot payload of such an aggregate: both answers of the month end. */
    public JsonNode payload(Object exact, Object protectedAnswer) {
        ObjectNode node = json.createObjectNode();
        node.set("exact", json.valueToTree(exact));
        node.set("protected", json.valueToTree(protectedAnswer));
        return node;
    }

    public <T> Series series(Aggregate<T> a, String from, String to, String by) {
        String dimension = by == null || by.isBlank() ? a.defaultDimension() : by.strip();
        Violations v = new Violations();
        if (!a.dimensions().containsKey(dimension)) {
            v.add("by", "未知维度“" + by + "”,可选: " + String.join(", ", a.dimensions().keySet().stream().sorted().toList()));
        }
        v.throwIfAny();
        boolean protect = disclosure.protects();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        MonthRange range = MonthRange.parse(from, to, job.start(), today, protect);
        List<Series.Point> points = new ArrayList<>();
        for (YearMonth m : range.months()) {
            LocalDate asOf = MonthRange.asOf(m, today);
            T answer = asOf.equals(today) ? a.current().get() : monthEnd(a, asOf, protect);
            Cut cut = a.dimensions().get(dimension).apply(answer);
            points.add(new Series.Point(m.toString(), asOf, cut.total(), cut.totalSuppressed(), cut.values()));
        }
        return new Series(a.name(), dimension, a.measure(), range.from().toString(), range.to().toString(), protect, points);
    }

    /** The answer of a month end: from its snapshot, or (not taken yet) recomputed from the dated records. */
    private <T> T monthEnd(Aggregate<T> a, LocalDate monthEnd, boolean protect) {
        var stored = readDatabase.snapshot(db -> snapshots.find(db.connection(), a.name(), monthEnd));
        if (stored.isEmpty()) {
            return a.asOf().apply(monthEnd, protect);
        }
        try {
            return json.treeToValue(stored.get().get(protect ? "protected" : "exact"), a.type());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("statistics snapshot of " + a.name() + " " + monthEnd + " unreadable", e);
        }
    }
}
