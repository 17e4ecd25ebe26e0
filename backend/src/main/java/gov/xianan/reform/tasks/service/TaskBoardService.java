package gov.xianan.reform.tasks.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.tasks.mapping.TaskDtos.BoardResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.BoardRow;
import gov.xianan.reform.tasks.mapping.TaskMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The department board: per department, the tasks it leads by status, completion rate, overdue
 * count and a ranking for the year-end assessment. Aggregates only — no task titles — so analysts
 * may read it. A department's own staff see their own row (with its rank among all).
 */
@ApplicationScoped
public class TaskBoardService {

    @Inject
    EntityManager em;

    @Inject
    TaskScope scope;

    @Inject
    TaskProgress progress;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public BoardResponse board(Integer year) {
        LocalDate today = progress.today();
        String yearFilter = year == null ? "" : " and t.year = :year";
        // overdue as of today, even before the daily check has run
        var q = em.createNativeQuery("select t.lead_department_id, case when t.status in ('NOT_STARTED', 'IN_PROGRESS') and t.deadline < :today "
                + "then 'OVERDUE' else t.status end as s, count(*) from reform_task t where true" + yearFilter + " group by 1, 2")
                .setParameter("today", today);
        var coopQ = em.createNativeQuery("select d.department_id, count(*) from reform_task_department d join reform_task t on t.id = d.task_id "
                + "where true" + yearFilter + " group by 1");
        var noticeQ = em.createNativeQuery("select t.lead_department_id, count(*) from supervision_notice n join reform_task t on t.id = n.task_id "
                + "where n.acknowledged_at is null" + yearFilter + " group by 1");
        if (year != null) {
            q.setParameter("year", year);
            coopQ.setParameter("year", year);
            noticeQ.setParameter("year", year);
        }
        Map<Long, Map<TaskStatus, Long>> counts = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            counts.computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(TaskStatus.class))
                    .merge(TaskStatus.valueOf((String) r[1]), ((Number) r[2]).longValue(), Long::sum);
        }
        Map<Long, Long> coop = pairs(coopQ.getResultList());
        Map<Long, Long> notices = pairs(noticeQ.getResultList());

        List<BoardRow> rows = new ArrayList<>();
        for (Department d : Department.<Department>list("from Department", Sort.ascending("sortOrder", "code"))) {
            Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
            for (TaskStatus s : TaskStatus.values()) {
                byStatus.put(s, counts.getOrDefault(d.id, Map.of()).getOrDefault(s, 0L));
            }
            long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
            long active = total - byStatus.get(TaskStatus.SUSPENDED);
            BigDecimal rate = active == 0 ? null
                    : BigDecimal.valueOf(byStatus.get(TaskStatus.COMPLETED) * 100).divide(BigDecimal.valueOf(active), 1, RoundingMode.HALF_UP);
            rows.add(new BoardRow(TaskMapper.ref(d), 0, total, byStatus, rate, byStatus.get(TaskStatus.OVERDUE), coop.getOrDefault(d.id, 0L),
                    notices.getOrDefault(d.id, 0L)));
        }
        // departments without tasks rank last
        Comparator<BoardRow> order = Comparator.<BoardRow, Boolean>comparing(r -> r.completionRate() == null)
                .thenComparing(r -> r.completionRate() == null ? BigDecimal.ZERO : r.completionRate(), Comparator.reverseOrder())
                .thenComparingLong(BoardRow::overdue)
                .thenComparing(BoardRow::total, Comparator.reverseOrder());
        rows.sort(order);
        List<BoardRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BoardRow r = rows.get(i);
            int rank = i > 0 && order.compare(rows.get(i - 1), r) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new BoardRow(r.department(), rank, r.total(), r.byStatus(), r.completionRate(), r.overdue(), r.cooperating(), r.openNotices()));
        }
        if (!scope.seesAll() && !user.hasRole(Roles.ANALYST)) {
            String own = scope.department().map(d -> d.code).orElse(null);
            ranked = ranked.stream().filter(r -> r.department().code().equals(own)).toList();
        }
        return new BoardResponse(year, today, ranked);
    }

    private static Map<Long, Long> pairs(List<?> rows) {
        Map<Long, Long> m = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            m.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return m;
    }
}
