package gov.xianan.reform.tasks.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.jobs.ScheduledOnce;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.tasks.TasksConfig;
import gov.xianan.reform.tasks.service.TaskProgress.Progress;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The daily check: brings every open task's status in step with the data (marking overdue ones,
 * which alerts their departments) and reminds the assigned departments N days before a deadline.
 * Each reminder and overdue alert is raised once per task and department, however often it runs.
 * The schedule and the on-demand trigger run it once per day across all replicas
 * ({@link ScheduledOnce}: the day's claim commits with the check's own changes).
 */
@ApplicationScoped
public class DailyTaskCheck {

    private static final Logger LOG = Logger.getLogger(DailyTaskCheck.class);

    @Inject
    TaskProgress progress;

    @Inject
    TaskEvents events;

    @Inject
    NotificationService notifications;

    @Inject
    TasksConfig config;

    @Inject
    NoticeEscalation escalation;

    /** What one run did. */
    public record Result(LocalDate today, int checked, int statusChanged, int markedOverdue, int reminders, int escalations) {
    }

    /** The name of its once-per-day claim in {@code scheduled_run}. */
    public static final String JOB_NAME = "reform-task-daily-check";

    @Inject
    ScheduledOnce once;

    @Scheduled(cron = "{xianan.tasks.check-cron}", timeZone = "Asia/Shanghai", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "reform-task-daily-check")
    void scheduled() {
        ScheduledOnce.Run r = runOncePerDay();
        LOG.infof("Daily task check %s: %s", r.period(), r.ranNow() ? r.summary() : "already run by " + r.ranBy());
    }

    /** Today's check unless it already ran today on any replica (then what that run did). */
    public ScheduledOnce.Run runOncePerDay() {
        return once.run(JOB_NAME, progress.today().toString(), () -> {
            Result r = run();
            return "%d 项任务已检查,%d 项状态变化(%d 项逾期),%d 条到期提醒,%d 次督办升级 / %d tasks, %d status changes (%d overdue), %d reminders, %d escalations".formatted(
                    r.checked(), r.statusChanged(), r.markedOverdue(), r.reminders(), r.escalations(), r.checked(), r.statusChanged(), r.markedOverdue(),
                    r.reminders(), r.escalations());
        });
    }

    /** One run, with "today" from the clock bean (tests call this directly with a controlled clock). */
    @Transactional
    public Result run() {
        LocalDate today = progress.today();
        List<ReformTask> open = ReformTask.list("suspended = false and (status <> ?1 or indicatorCode is not null)", TaskStatus.COMPLETED);
        Map<Long, Progress> p = progress.of(open);
        int changed = 0;
        int overdue = 0;
        int reminders = 0;
        for (ReformTask t : open) {
            if (progress.refresh(t, p.get(t.id), today)) {
                changed++;
                if (t.status == TaskStatus.OVERDUE) {
                    overdue++;
                }
            }
            boolean dueSoon = !today.isAfter(t.deadline) && !today.isBefore(t.deadline.minusDays(config.reminderDays()));
            if (dueSoon && t.status != TaskStatus.COMPLETED && t.status != TaskStatus.PENDING_SIGN_OFF) {
                int sent = 0;
                for (Department d : t.assignedDepartments()) {
                    if (notifications.notifyOnce(d, NotificationKind.REMINDER, t,
                            "任务“" + t.title + "”将于 " + t.deadline + " 到期,请及时报送进展")) {
                        sent++;
                    }
                }
                if (sent > 0) {
                    events.record(t, TaskEventKind.REMINDER_SENT, "到期提醒已发送至 " + sent + " 个单位(截止日期 " + t.deadline + ")", null);
                    reminders += sent;
                }
            }
        }
        int escalations = escalation.escalate(today);
        return new Result(today, open.size(), changed, overdue, reminders, escalations);
    }
}
