package gov.xianan.reform.tasks.service;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import gov.xianan.reform.common.series.AnswerSeries;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.common.series.SnapshotSource;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.tasks.mapping.TaskDtos.BoardResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.BoardRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The department board per month end (all years): per department the tasks it leads (value) and
 * its completion rate (percent), or one status's count per department. A board point has no
 * district total (the board publishes none).
 */
@ApplicationScoped
public class TaskBoardSeries implements SnapshotSource {

    public static final String AGGREGATE = "task-board";

    @Inject
    TaskBoardService board;

    @Inject
    AnswerSeries series;

    @Override
    public String aggregate() {
        return AGGREGATE;
    }

    @Override
    public JsonNode table(LocalDate monthEnd, boolean justEnded) {
        LocalDate asOf = justEnded ? null : monthEnd;
        return series.payload(board.boardAsOf(asOf, false), board.boardAsOf(asOf, true));
    }

    public Series series(String from, String to, String by) {
        Map<String, Function<BoardResponse, AnswerSeries.Cut>> dimensions = new java.util.HashMap<>();
        dimensions.put("department", b -> new AnswerSeries.Cut(null, false, b.departments().stream()
                .map(r -> new Series.Value(r.department().code(), r.department().name(), r.total(), r.completionRate(), r.total() == null)).toList()));
        for (TaskStatus s : TaskStatus.values()) {
            dimensions.put(s.name(), b -> new AnswerSeries.Cut(null, false, b.departments().stream()
                    .map(r -> value(r, s)).toList()));
        }
        return series.series(new AnswerSeries.Aggregate<>(AGGREGATE, "牵头任务数与完成率(%) / tasks led and completion rate, per department",
                BoardResponse.class, Map.copyOf(dimensions), "department", () -> board.board(null), board::boardAsOf), from, to, by);
    }

    private static Series.Value value(BoardRow r, TaskStatus s) {
        Long n = r.byStatus() == null ? null : r.byStatus().get(s);
        return new Series.Value(r.department().code(), r.department().name() + " · " + s.label, n, null, n == null);
    }
}
