package gov.xianan.reform.tasks.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import gov.xianan.reform.common.api.Versions;
import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.ExtensionRequest;
import gov.xianan.reform.tasks.ExtensionStatus;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.mapping.TaskDtos.ExtensionDecision;
import gov.xianan.reform.tasks.mapping.TaskDtos.ExtensionRequestBody;
import gov.xianan.reform.tasks.mapping.TaskDtos.ExtensionResponse;
import gov.xianan.reform.tasks.mapping.TaskMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * 延期申请: an assigned department asks for a later deadline with a reason; the lead unit approves
 * (the task's deadline moves, recorded on the timeline and in the task's revisions) or refuses
 * with a reason. One pending request per task (409 for a second; a unique index backs it).
 */
@ApplicationScoped
public class ExtensionService {

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

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExtensionResponse> list(long taskId) {
        ReformTask t = scope.visibleTask(taskId);
        return ExtensionRequest.<ExtensionRequest>list("task", Sort.descending("createdAt", "id"), t).stream().map(TaskMapper::toResponse).toList();
    }

    @Transactional
    public ExtensionResponse request(long taskId, @Valid ExtensionRequestBody r) {
        ReformTask t = scope.visibleTask(taskId);
        Department dept = scope.assignedDepartment(t, "申请延期");
        ReformTask locked = ReformTask.findById(t.id, LockModeType.PESSIMISTIC_WRITE); // one pending request per task, also under concurrency
        if (!r.requestedDeadline().isAfter(locked.deadline)) {
            throw ProblemException.invalid("requestedDeadline", "延期后的截止日期必须晚于当前截止日期 " + locked.deadline);
        }
        if (!TaskStatusRules.canRequestExtension(locked.status)) {
            throw ProblemException.conflict("“" + locked.status.label + "”的任务不能申请延期");
        }
        if (ExtensionRequest.count("task = ?1 and status = ?2", locked, ExtensionStatus.PENDING) > 0) {
            throw ProblemException.conflict("该任务已有待审批的延期申请,请等待牵头单位审批");
        }
        ExtensionRequest e = new ExtensionRequest();
        e.task = locked;
        e.department = dept;
        e.requestedBy = user.username();
        e.requestedByName = Actor.current().name();
        e.reason = r.reason().strip();
        e.currentDeadline = locked.deadline;
        e.requestedDeadline = r.requestedDeadline();
        e.status = ExtensionStatus.PENDING;
        e.demo = locked.demo;
        e.persist();
        events.record(locked, TaskEventKind.EXTENSION_REQUESTED, dept.name + "申请延期至 " + e.requestedDeadline + "(原截止日期 " + e.currentDeadline
                + "):" + e.reason, e.id);
        for (Department lead : Department.<Department>list("leadUnit", true)) {
            notifications.notify(lead, NotificationKind.EXTENSION, locked, dept.name + "申请将任务“" + locked.title + "”延期至 " + e.requestedDeadline + ":" + e.reason);
        }
        return TaskMapper.toResponse(e);
    }

    @Transactional
    public ExtensionResponse approve(long taskId, long requestId, @Valid ExtensionDecision d) {
        ExtensionRequest e = pending(taskId, requestId, d);
        ReformTask t = ReformTask.findById(e.task.id, LockModeType.PESSIMISTIC_WRITE);
        // the task may have moved on since the request (suspended, reached, signed off): its deadline then stays
        if (!TaskStatusRules.canRequestExtension(t.status)) {
            throw ProblemException.conflict("任务已“" + t.status.label + "”,不能再批准延期;请驳回该申请");
        }
        e.status = ExtensionStatus.APPROVED;
        decide(e, d);
        t.deadline = e.requestedDeadline;
        events.record(t, TaskEventKind.EXTENSION_APPROVED, "批准延期:截止日期由 " + e.currentDeadline + " 调整为 " + e.requestedDeadline
                + (e.decisionReason == null ? "" : "(" + e.decisionReason + ")"), e.id);
        progress.refresh(t);
        notifyDepartments(t, "任务“" + t.title + "”的延期申请已批准,截止日期调整为 " + e.requestedDeadline);
        t.persistAndFlush();
        e.persistAndFlush();
        return TaskMapper.toResponse(e);
    }

    @Transactional
    public ExtensionResponse refuse(long taskId, long requestId, @Valid ExtensionDecision d) {
        if (d.reason() == null || d.reason().isBlank()) {
            throw ProblemException.invalid("reason", "驳回时必须填写理由");
        }
        ExtensionRequest e = pending(taskId, requestId, d);
        e.status = ExtensionStatus.REFUSED;
        decide(e, d);
        events.record(e.task, TaskEventKind.EXTENSION_REFUSED, "驳回延期申请:" + e.decisionReason, e.id);
        notifyDepartments(e.task, "任务“" + e.task.title + "”的延期申请被驳回:" + e.decisionReason);
        e.persistAndFlush();
        return TaskMapper.toResponse(e);
    }

    private ExtensionRequest pending(long taskId, long requestId, ExtensionDecision d) {
        ReformTask t = scope.visibleTask(taskId);
        ExtensionRequest e = ExtensionRequest.findById(requestId);
        if (e == null || !e.task.id.equals(t.id)) {
            throw ProblemException.notFound("延期申请不存在: " + requestId);
        }
        Versions.require(d.version(), e.version, "该延期申请已被修改");
        if (e.status != ExtensionStatus.PENDING) {
            throw ProblemException.conflict("该延期申请" + e.status.label + ",不能再次审批");
        }
        return e;
    }

    private void decide(ExtensionRequest e, ExtensionDecision d) {
        e.decidedBy = user.username();
        e.decidedByName = Actor.current().name();
        e.decidedAt = Instant.now(clock);
        e.decisionReason = d.reason() == null || d.reason().isBlank() ? null : d.reason().strip();
    }

    private void notifyDepartments(ReformTask t, String text) {
        for (Department dep : t.assignedDepartments()) {
            notifications.notify(dep, NotificationKind.EXTENSION, t, text);
        }
    }
}
