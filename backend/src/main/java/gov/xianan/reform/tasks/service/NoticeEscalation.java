package gov.xianan.reform.tasks.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.EscalationLevel;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.SupervisionNotice;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.TasksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * 督办升级: an unanswered supervision notice with a reply deadline escalates 提醒 → 催办 → 通报
 * (reported to the lead unit) a configured number of days after the deadline
 * ({@code xianan.tasks.escalation.*}). Part of the daily check. Each step is taken once per notice
 * (a unique key on notice and level decides, so a second run or a second replica takes none), in
 * order (a check that missed days takes the skipped steps too), notified to the assigned
 * departments (通报 also to the lead unit) and recorded on the task's timeline by the system
 * actor 系统自动督办. An answer stops it.
 */
@ApplicationScoped
public class NoticeEscalation {

    /** The actor of the automatic steps, shown by this name in the timeline. */
    public static final Actor SYSTEM = new Actor("system", null, null, "系统自动督办");

    @Inject
    EntityManager em;

    @Inject
    TasksConfig config;

    @Inject
    TaskEvents events;

    @Inject
    NotificationService notifications;

    /** The levels due for a notice answered by {@code due} and still open on {@code today}, in order. */
    public static List<EscalationLevel> levelsDue(LocalDate due, LocalDate today, TasksConfig.Escalation days) {
        List<EscalationLevel> due_ = new ArrayList<>();
        if (due == null || !today.isAfter(due)) {
            return due_;
        }
        long late = ChronoUnit.DAYS.between(due, today);
        if (late >= days.reminderDays()) {
            due_.add(EscalationLevel.REMINDER);
        }
        if (late >= days.urgeDays()) {
            due_.add(EscalationLevel.URGE);
        }
        if (late >= days.notifyLeadDays()) {
            due_.add(EscalationLevel.NOTIFY_LEAD);
        }
        return due_;
    }

    /** Takes every step due today; answers how many were taken. Joins the caller's transaction. */
    public int escalate(LocalDate today) {
        List<SupervisionNotice> open = SupervisionNotice.list("acknowledgedAt is null and dueDate < ?1 and task.suspended = false", today);
        int steps = 0;
        for (SupervisionNotice n : open) {
            for (EscalationLevel level : levelsDue(n.dueDate, today, config.escalation())) {
                if (step(n, level, today)) {
                    steps++;
                }
            }
        }
        return steps;
    }

    private boolean step(SupervisionNotice n, EscalationLevel level, LocalDate today) {
        int inserted = em.createNativeQuery("insert into supervision_escalation (notice_id, task_id, level, escalated_on, demo) values (?1, ?2, ?3, ?4, ?5) "
                + "on conflict (notice_id, level) do nothing")
                .setParameter(1, n.id).setParameter(2, n.task.id).setParameter(3, level.name()).setParameter(4, today).setParameter(5, n.demo)
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        ReformTask t = n.task;
        n.escalationLevel = level;
        n.escalatedOn = today;
        String text = switch (level) {
            case REMINDER -> "督办提醒:任务“" + t.title + "”的督办已过答复期限 " + n.dueDate + ",请尽快答复";
            case URGE -> "督办催办:任务“" + t.title + "”的督办仍未答复(答复期限 " + n.dueDate + "),请立即答复";
            case NOTIFY_LEAD -> "督办通报:任务“" + t.title + "”的督办逾期未答复(答复期限 " + n.dueDate + "),已通报牵头单位";
        };
        try {
            Actor.runAs(SYSTEM, () -> events.record(t, TaskEventKind.ESCALATED, level.label + ":" + text + "(督办:" + n.text + ")", n.id));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (Department d : t.assignedDepartments()) {
            notifications.notify(d, NotificationKind.ESCALATION, t, text);
        }
        if (level == EscalationLevel.NOTIFY_LEAD) {
            for (Department lead : Department.<Department>list("leadUnit", true)) {
                if (!t.isAssigned(lead)) {
                    notifications.notify(lead, NotificationKind.ESCALATION, t, text);
                }
            }
        }
        return true;
    }
}
