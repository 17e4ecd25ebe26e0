package gov.xianan.reform.tasks.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A task's progress and its derived status: achieved is the live indicator's value when the task
 * names one, else the sum of the reports' quantities, else (milestones only) the milestones done.
 */
@ApplicationScoped
public class TaskProgress {

    /** What a task has reached: target (value or number of milestones) and achieved amount. */
    public record Progress(BigDecimal target, BigDecimal achieved, long reportCount, long openNotices) {
        public boolean hasReports() {
            return reportCount > 0;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    IndicatorService indicators;

    @Inject
    Clock clock;

    @Inject
    TaskEvents events;

    @Inject
    NotificationService notifications;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Progress of(ReformTask task) {
        return of(List.of(task)).get(task.id);
    }

    /** Progress of many tasks with three grouped queries, not one per task. */
    public Map<Long, Progress> of(Collection<ReformTask> tasks) {
        Map<Long, Progress> result = new HashMap<>();
        if (tasks.isEmpty()) {
            return result;
        }
        List<Long> ids = tasks.stream().map(t -> t.id).toList();
        Map<Long, Object[]> reports = new HashMap<>();
        for (Object[] r : em.createQuery("select r.task.id, count(r), sum(r.quantity) from ProgressReport r where r.task.id in :ids group by r.task.id",
                Object[].class).setParameter("ids", ids).getResultList()) {
            reports.put((Long) r[0], r);
        }
        Map<Long, Long> notices = new HashMap<>();
        for (Object[] r : em.createQuery("select n.task.id, count(n) from SupervisionNotice n where n.task.id in :ids and n.acknowledgedAt is null "
                + "group by n.task.id", Object[].class).setParameter("ids", ids).getResultList()) {
            notices.put((Long) r[0], (Long) r[1]);
        }
        Map<String, BigDecimal> indicatorValues = new HashMap<>();
        for (ReformTask t : tasks) {
            Object[] r = reports.get(t.id);
            long count = r == null ? 0 : (Long) r[1];
            BigDecimal sum = r == null || r[2] == null ? BigDecimal.ZERO : (BigDecimal) r[2];
            BigDecimal target = t.targetValue;
            BigDecimal achieved;
            if (t.indicatorCode != null) {
                achieved = indicatorValues.computeIfAbsent(t.indicatorCode + "@" + t.year, k -> indicators.value(t.indicatorCode, t.year));
            } else if (target == null && !t.milestones.isEmpty()) {
                target = BigDecimal.valueOf(t.milestones.size());
                achieved = BigDecimal.valueOf(t.milestones.stream().filter(m -> m.doneOn != null).count());
            } else {
                achieved = sum;
            }
            result.put(t.id, new Progress(target, achieved, count, notices.getOrDefault(t.id, 0L)));
        }
        return result;
    }

    public TaskStatus derive(ReformTask task, Progress p, LocalDate today) {
        return TaskStatusRules.status(task.suspended, p.target(), p.achieved(), p.hasReports(), acceptance(task), task.startDate, task.deadline, today);
    }

    public static TaskStatusRules.Acceptance acceptance(ReformTask task) {
        return task.signedOffAt != null ? TaskStatusRules.Acceptance.SIGNED_OFF
                : task.sentBack ? TaskStatusRules.Acceptance.SENT_BACK : TaskStatusRules.Acceptance.NONE;
    }

    /**
     * Brings the stored status in step with the data; a change goes on the timeline, and a task that
     * becomes overdue alerts its departments (once). True when the status changed.
     */
    public boolean refresh(ReformTask task) {
        return refresh(task, of(task), today());
    }

    public boolean refresh(ReformTask task, Progress p, LocalDate today) {
        TaskStatus next = derive(task, p, today);
        if (next == task.status) {
            return false;
        }
        TaskStatus previous = task.status;
        task.status = next;
        task.completedOn = next == TaskStatus.COMPLETED ? (task.completedOn == null ? today : task.completedOn) : null;
        if (previous != null) {
            events.record(task, TaskEventKind.STATUS_CHANGED, "状态由“" + previous.label + "”变为“" + next.label + "”", null);
        }
        if (next == TaskStatus.PENDING_SIGN_OFF) {
            for (Department lead : Department.<Department>list("leadUnit", true)) {
                notifications.notify(lead, NotificationKind.SIGN_OFF, task, "任务“" + task.title + "”已达到目标,请验收完成情况");
            }
        }
        if (next == TaskStatus.OVERDUE) {
            for (Department d : task.assignedDepartments()) {
                notifications.notifyOnce(d, NotificationKind.OVERDUE, task, "任务“" + task.title + "”已超过截止日期 " + task.deadline + ",请尽快推进并报送进展");
            }
        }
        return true;
    }
}
