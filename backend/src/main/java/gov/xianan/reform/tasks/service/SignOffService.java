package gov.xianan.reform.tasks.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import gov.xianan.reform.common.api.Versions;
import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.mapping.TaskDtos.SignOffRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.TaskResponse;
import gov.xianan.reform.tasks.mapping.TaskMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * 验收: a task whose target is reached (PENDING_SIGN_OFF) is complete only when the lead unit signs
 * off the department's completion report; sent back with a reason it is in progress again (the
 * departments are notified) until the department reports anew. Anything else is 409.
 */
@ApplicationScoped
public class SignOffService {

    @Inject
    TaskScope scope;

    @Inject
    TaskProgress progress;

    @Inject
    TaskEvents events;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Transactional
    public TaskResponse signOff(long id, @Valid SignOffRequest r) {
        ReformTask t = pending(id, r, "验收");
        t.signedOffAt = Instant.now(clock);
        t.signedOffBy = user.username();
        t.signedOffByName = Actor.current().name();
        t.sentBack = false;
        t.sentBackReason = null;
        // completed on the day of the completion report (the last report), not the day of the sign-off
        LocalDate reported = em.createQuery("select max(r.reportDate) from ProgressReport r where r.task = ?1", LocalDate.class)
                .setParameter(1, t).getSingleResult();
        t.completedOn = reported == null ? progress.today() : reported;
        String comment = r.reason() == null || r.reason().isBlank() ? "" : ":" + r.reason().strip();
        events.record(t, TaskEventKind.SIGNED_OFF, "牵头单位验收通过" + comment, null);
        progress.refresh(t);
        for (Department d : t.assignedDepartments()) {
            notifications.notify(d, NotificationKind.SIGN_OFF, t, "任务“" + t.title + "”已通过验收" + comment);
        }
        t.persistAndFlush();
        return TaskMapper.toResponse(t, progress.of(t), progress.today());
    }

    @Transactional
    public TaskResponse sendBack(long id, @Valid SignOffRequest r) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.invalid("reason", "退回时必须填写理由");
        }
        ReformTask t = pending(id, r, "退回");
        t.sentBack = true;
        t.sentBackReason = r.reason().strip();
        events.record(t, TaskEventKind.SENT_BACK, "牵头单位退回完成报告:" + t.sentBackReason, null);
        progress.refresh(t);
        for (Department d : t.assignedDepartments()) {
            notifications.notify(d, NotificationKind.SIGN_OFF, t, "任务“" + t.title + "”的完成报告被退回:" + t.sentBackReason + ",请补充后重新报送");
        }
        t.persistAndFlush();
        return TaskMapper.toResponse(t, progress.of(t), progress.today());
    }

    private ReformTask pending(long id, SignOffRequest r, String action) {
        ReformTask t = scope.visibleTask(id);
        Versions.require(r.version(), t.version, "该任务已被他人修改,请刷新后重试");
        if (!TaskStatusRules.canDecideAcceptance(t.status)) {
            throw ProblemException.conflict("只有“待验收”的任务可以" + action + ",该任务当前为“" + t.status.label + "”");
        }
        return t;
    }
}
