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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import gov.xianan.reform.common.db.ReadDatabase;
import gov.xianan.reform.common.db.ReadDatabase.Snapshot;
import gov.xianan.reform.common.disclosure.CellSuppression;
import gov.xianan.reform.common.disclosure.DisclosureControl;
import gov.xianan.reform.common.disclosure.DisclosurePolicy;
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
import jakarta.transaction.Transactional;

/**
 * The department board: per department, the tasks it leads by status, completion rate, overdue
 * count and a ranking for the year-end assessment. Aggregates only — no task titles. The lead unit
 * sees every row exactly; a department's staff see their own row (their own tasks, which they
 * read anyway) with its rank among all; analysts see every row under the disclosure policy
 * (docs/privacy.md): a count of 1–4 tasks (or notices) is hidden, since it would tell the state of
 * single tasks that analysts may not read, with complementary suppression over the statuses and
 * over the years, and ranks only among rows whose figures are all shown.
 * <p>
 * The figures come from one snapshot of the read datasource (a replica when {@code DB_READ_URL}
 * is set); the departments, a short reference list, from the primary like the caller's scope.
 */
@ApplicationScoped
public class TaskBoardService {

    @Inject
    ReadDatabase readDatabase;

    @Inject
    TaskScope scope;

    @Inject
    TaskProgress progress;

    @Inject
    CurrentUser user;

    @Inject
    DisclosureControl disclosure;

    /** A board figure: a department, a year (null for all years) and a measure (a status, total, cooperating, openNotices). */
    record Key(long department, Integer year, String measure) {
    }

    private static final String TOTAL = "total";
    private static final String COOPERATING = "cooperating";
    private static final String NOTICES = "openNotices";

    @Transactional(Transactional.TxType.SUPPORTS)
    public BoardResponse board(Integer year) {
        LocalDate today = progress.today();
        boolean everyRow = scope.seesAll() || user.hasRole(Roles.ANALYST);
        boolean protect = everyRow && disclosure.protects();
        String own = everyRow ? null : scope.department().map(d -> d.code).orElse(null);
        return board(year, today, null, everyRow, protect, own);
    }

    /**
     * Every department's row over all years as of a past day (null: now), exact or as analysts get it, for
     * the month-end snapshots. Approximated from the dated records: the tasks started by then;
     * completed when completed on or before it; suspended when suspended now; otherwise overdue
     * when the deadline had passed, else as now (not started or in progress); co-operations on
     * those tasks; notices issued by then and not acknowledged by then.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BoardResponse boardAsOf(LocalDate asOf, boolean protect) {
        return board(null, asOf == null ? progress.today() : asOf, asOf, true, protect, null);
    }

    private BoardResponse board(Integer year, LocalDate today, LocalDate asOf, boolean everyRow, boolean protect, String own) {
        Map<Key, Long> figures = readDatabase.snapshot(db -> asOf == null ? figures(db, today) : figuresAsOf(db, asOf));
        List<Department> departments = Department.<Department>list("from Department", Sort.ascending("sortOrder", "code"));
        Set<Key> hidden = protect ? suppress(figures, departments) : Set.of();

        List<BoardRow> rows = new ArrayList<>();
        for (Department d : departments) {
            Function<String, Long> v = m -> {
                Key k = new Key(d.id, year, m);
                return hidden.contains(k) ? null : figures.getOrDefault(k, 0L);
            };
            Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
            for (TaskStatus s : TaskStatus.values()) {
                byStatus.put(s, v.apply(s.name()));
            }
            Long total = v.apply(TOTAL);
            Long completed = byStatus.get(TaskStatus.COMPLETED);
            Long suspended = byStatus.get(TaskStatus.SUSPENDED);
            BigDecimal rate = total == null || completed == null || suspended == null || total - suspended == 0 ? null
                    : BigDecimal.valueOf(completed * 100).divide(BigDecimal.valueOf(total - suspended), 1, RoundingMode.HALF_UP);
            boolean anyHidden = byStatus.containsValue(null) || total == null || v.apply(COOPERATING) == null || v.apply(NOTICES) == null;
            rows.add(new BoardRow(TaskMapper.ref(d), null, total, byStatus, rate, byStatus.get(TaskStatus.OVERDUE), v.apply(COOPERATING),
                    v.apply(NOTICES), anyHidden));
        }
        // departments without tasks rank last; rows with hidden figures are not ranked (their rank would bound them)
        Comparator<BoardRow> order = Comparator.<BoardRow, Boolean>comparing(r -> r.completionRate() == null)
                .thenComparing(r -> r.completionRate() == null ? BigDecimal.ZERO : r.completionRate(), Comparator.reverseOrder())
                .thenComparing(BoardRow::overdue)
                .thenComparing(BoardRow::total, Comparator.reverseOrder());
        List<BoardRow> rankable = new ArrayList<>(rows.stream().filter(r -> r.total() != null && r.overdue() != null && !rateHidden(r)).toList());
        rankable.sort(order);
        List<BoardRow> ranked = new ArrayList<>();
        for (int i = 0; i < rankable.size(); i++) {
            BoardRow r = rankable.get(i);
            int rank = i > 0 && order.compare(rankable.get(i - 1), r) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(r.withRank(rank));
        }
        rows.stream().filter(r -> !rankable.contains(r)).forEach(ranked::add);
        if (!everyRow) {
            ranked = ranked.stream().filter(r -> r.department().code().equals(own)).toList();
        }
        return new BoardResponse(year, today, protect, ranked);
    }

    /** A completion rate hidden because one of its counts is (as opposed to none for want of tasks). */
    private static boolean rateHidden(BoardRow r) {
        return r.byStatus().get(TaskStatus.COMPLETED) == null || r.byStatus().get(TaskStatus.SUSPENDED) == null;
    }

    /** Per department and year (and over all years): tasks led by status (overdue as of today), total, co-operations, open notices. */
    private static Map<Key, Long> figures(Snapshot db, LocalDate today) {
        Map<Key, Long> figures = new HashMap<>();
        // overdue as of today, even before the daily check has run
        for (Object[] r : db.rows("select t.lead_department_id, t.year, case when t.status in ('NOT_STARTED', 'IN_PROGRESS') "
                + "and t.deadline < ? then 'OVERDUE' else t.status end as s, count(*) from reform_task t group by 1, 2, 3", today)) {
            long d = ((Number) r[0]).longValue();
            int y = ((Number) r[1]).intValue();
            long n = ((Number) r[3]).longValue();
            for (Integer year : new Integer[] { y, null }) {
                figures.merge(new Key(d, year, (String) r[2]), n, Long::sum);
                figures.merge(new Key(d, year, TOTAL), n, Long::sum);
            }
        }
        for (Object[] r : db.rows("select d.department_id, t.year, count(*) from reform_task_department d "
                + "join reform_task t on t.id = d.task_id group by 1, 2")) {
            add(figures, r, COOPERATING);
        }
        for (Object[] r : db.rows("select t.lead_department_id, t.year, count(*) from supervision_notice n "
                + "join reform_task t on t.id = n.task_id where n.acknowledged_at is null group by 1, 2")) {
            add(figures, r, NOTICES);
        }
        return figures;
    }

    /** The figures as of a past day (see {@link #boardAsOf}); the day is a literal ISO date, never caller text. */
    private static Map<Key, Long> figuresAsOf(Snapshot db, LocalDate asOf) {
        Map<Key, Long> figures = new HashMap<>();
        String d = "date '" + asOf + "'";
        for (Object[] r : db.rows("select t.lead_department_id, t.year, case when t.status = 'COMPLETED' and coalesce(t.completed_on, " + d + ") <= " + d
                + " then 'COMPLETED' when t.status = 'SUSPENDED' then 'SUSPENDED' when t.deadline < " + d + " then 'OVERDUE' "
                + "when t.status = 'NOT_STARTED' then 'NOT_STARTED' else 'IN_PROGRESS' end as s, count(*) from reform_task t "
                + "where t.start_date <= " + d + " group by 1, 2, 3")) {
            long dep = ((Number) r[0]).longValue();
            int y = ((Number) r[1]).intValue();
            long n = ((Number) r[3]).longValue();
            for (Integer year : new Integer[] { y, null }) {
                figures.merge(new Key(dep, year, (String) r[2]), n, Long::sum);
                figures.merge(new Key(dep, year, TOTAL), n, Long::sum);
            }
        }
        for (Object[] r : db.rows("select d.department_id, t.year, count(*) from reform_task_department d "
                + "join reform_task t on t.id = d.task_id where t.start_date <= " + d + " group by 1, 2")) {
            add(figures, r, COOPERATING);
        }
        for (Object[] r : db.rows("select t.lead_department_id, t.year, count(*) from supervision_notice n "
                + "join reform_task t on t.id = n.task_id where n.issued_at < " + d + " + 1 and (n.acknowledged_at is null or n.acknowledged_at >= " + d
                + " + 1) group by 1, 2")) {
            add(figures, r, NOTICES);
        }
        return figures;
    }

    private static void add(Map<Key, Long> figures, Object[] r, String measure) {
        long d = ((Number) r[0]).longValue();
        long n = ((Number) r[2]).longValue();
        figures.merge(new Key(d, ((Number) r[1]).intValue(), measure), n, Long::sum);
        figures.merge(new Key(d, null, measure), n, Long::sum);
    }

    /**
     * The hidden figures of every board (each year and all years) as one set of linked tables: per
     * department and year the statuses sum to the total; every figure sums over the years. A year
     * with fewer than 10 tasks in all is hidden whole.
     */
    private static Set<Key> suppress(Map<Key, Long> figures, List<Department> departments) {
        Set<Integer> years = new TreeSet<>();
        figures.keySet().forEach(k -> {
            if (k.year() != null) {
                years.add(k.year());
            }
        });
        List<Integer> slices = new ArrayList<>(years);
        slices.add(null);
        List<String> statuses = new ArrayList<>();
        for (TaskStatus s : TaskStatus.values()) {
            statuses.add(s.name());
        }
        List<String> measures = new ArrayList<>(statuses);
        measures.addAll(List.of(TOTAL, COOPERATING, NOTICES));
        CellSuppression<Key> sdc = new CellSuppression<>();
        for (Department d : departments) {
            for (Integer y : slices) {
                for (String m : measures) {
                    sdc.cell(new Key(d.id, y, m), figures.getOrDefault(new Key(d.id, y, m), 0L));
                }
            }
        }
        for (Integer y : slices) {
            long tasks = departments.stream().mapToLong(d -> figures.getOrDefault(new Key(d.id, y, TOTAL), 0L)).sum();
            for (Department d : departments) {
                if (!DisclosurePolicy.answerable(tasks)) {
                    measures.forEach(m -> sdc.hide(new Key(d.id, y, m)));
                }
                sdc.relation(new Key(d.id, y, TOTAL), statuses.stream().map(s -> new Key(d.id, y, s)).toList());
            }
        }
        for (Department d : departments) {
            for (String m : measures) {
                sdc.relation(new Key(d.id, null, m), years.stream().map(y -> new Key(d.id, y, m)).toList());
            }
        }
        return sdc.suppress(DisclosurePolicy.THRESHOLD);
    }
}
