package gov.xianan.reform.tasks.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.EscalationLevel;
import gov.xianan.reform.tasks.mapping.TaskDtos.AssessmentResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.AssessmentRow;
import gov.xianan.reform.tasks.mapping.TaskMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * 考核: per department, over the tasks it leads in a year (suspended ones left out): completion
 * rate (signed off / tasks), on-time rate (completed on or before the deadline in force / tasks),
 * escalation steps on its tasks' notices by level, extension requests, and a score that ranks them
 * ({@link #FORMULA}). The lead unit sees every row; a department its own row with its rank among all.
 */
@ApplicationScoped
public class TaskAssessmentService {

    public static final String FORMULA = "得分 = 0.6 × 按期完成率 + 0.4 × 完成率 − 1 × 提醒次数 − 3 × 催办次数 − 5 × 通报次数 − 2 × 批准延期次数(不低于 0,保留一位小数)"
            + " / score = 0.6 × on-time rate + 0.4 × completion rate − 1 × reminders − 3 × urges − 5 × notifications to the lead unit"
            + " − 2 × approved extensions (not below 0, one decimal)";

    @Inject
    EntityManager em;

    @Inject
    TaskScope scope;

    @Inject
    TaskProgress progress;

    /** The score of {@link #FORMULA}; rates in percent. Pure. */
    public static BigDecimal score(BigDecimal onTimeRate, BigDecimal completionRate, Map<EscalationLevel, Long> escalations, long approvedExtensions) {
        BigDecimal s = onTimeRate.multiply(new BigDecimal("0.6")).add(completionRate.multiply(new BigDecimal("0.4")))
                .subtract(BigDecimal.valueOf(escalations.getOrDefault(EscalationLevel.REMINDER, 0L)))
                .subtract(BigDecimal.valueOf(3 * escalations.getOrDefault(EscalationLevel.URGE, 0L)))
                .subtract(BigDecimal.valueOf(5 * escalations.getOrDefault(EscalationLevel.NOTIFY_LEAD, 0L)))
                .subtract(BigDecimal.valueOf(2 * approvedExtensions));
        return s.max(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentResponse assessment(int year) {
        Map<Long, long[]> tasks = new HashMap<>();
        for (Object[] r : rows("select lead_department_id, count(*) filter (where status <> 'SUSPENDED'), count(*) filter (where status = 'COMPLETED'), "
                + "count(*) filter (where status = 'COMPLETED' and completed_on <= deadline) from reform_task where year = ?1 group by 1", year)) {
            tasks.put(n(r[0]), new long[] { n(r[1]), n(r[2]), n(r[3]) });
        }
        Map<Long, Map<EscalationLevel, Long>> escalations = new HashMap<>();
        for (Object[] r : rows("select t.lead_department_id, e.level, count(*) from supervision_escalation e join reform_task t on t.id = e.task_id "
                + "where t.year = ?1 group by 1, 2", year)) {
            escalations.computeIfAbsent(n(r[0]), k -> new EnumMap<>(EscalationLevel.class)).put(EscalationLevel.valueOf((String) r[1]), n(r[2]));
        }
        Map<Long, long[]> extensions = new HashMap<>();
        for (Object[] r : rows("select t.lead_department_id, count(*), count(*) filter (where x.status = 'APPROVED') from extension_request x "
                + "join reform_task t on t.id = x.task_id where t.year = ?1 group by 1", year)) {
            extensions.put(n(r[0]), new long[] { n(r[1]), n(r[2]) });
        }
        List<AssessmentRow> rows = new ArrayList<>();
        for (Department d : Department.<Department>list("from Department", Sort.ascending("sortOrder", "code"))) {
            long[] t = tasks.getOrDefault(d.id, new long[3]);
            Map<EscalationLevel, Long> esc = new EnumMap<>(EscalationLevel.class);
            for (EscalationLevel l : EscalationLevel.values()) {
                esc.put(l, escalations.getOrDefault(d.id, Map.of()).getOrDefault(l, 0L));
            }
            long[] x = extensions.getOrDefault(d.id, new long[2]);
            BigDecimal completionRate = t[0] == 0 ? null : percent(t[1], t[0]);
            BigDecimal onTimeRate = t[0] == 0 ? null : percent(t[2], t[0]);
            BigDecimal score = t[0] == 0 ? null : score(onTimeRate, completionRate, esc, x[1]);
            rows.add(new AssessmentRow(TaskMapper.ref(d), null, t[0], t[1], t[2], completionRate, onTimeRate, esc, x[0], x[1], score));
        }
        List<AssessmentRow> ranked = rank(rows);
        if (!scope.seesAll()) {
            String own = scope.department().map(d -> d.code).orElse(null);
            ranked = ranked.stream().filter(r -> r.department().code().equals(own)).toList();
        }
        return new AssessmentResponse(year, progress.today(), FORMULA, ranked);
    }

    /** By score, best first (equal scores share a rank); rows without tasks last, unranked. */
    static List<AssessmentRow> rank(List<AssessmentRow> rows) {
        List<AssessmentRow> scored = new ArrayList<>(rows.stream().filter(r -> r.score() != null).toList());
        scored.sort(Comparator.comparing(AssessmentRow::score, Comparator.reverseOrder()));
        List<AssessmentRow> out = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            AssessmentRow r = scored.get(i);
            int rank = i > 0 && scored.get(i - 1).score().compareTo(r.score()) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(r.withRank(rank));
        }
        rows.stream().filter(r -> r.score() == null).forEach(out::add);
        return out;
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, int year) {
        return em.createNativeQuery(sql).setParameter(1, year).getResultList();
    }
}
