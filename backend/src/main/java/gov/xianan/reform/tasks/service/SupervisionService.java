package gov.xianan.reform.tasks.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.SupervisionNotice;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.mapping.TaskDtos.AcknowledgeRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.NoticeRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.NoticeResponse;
import gov.xianan.reform.tasks.mapping.TaskMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Supervision notices (督办): the lead unit issues, an assigned department acknowledges and answers. */
@ApplicationScoped
public class SupervisionService {

    @Inject
    TaskScope scope;

    @Inject
    TaskEvents events;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeResponse> list(long taskId) {
        ReformTask t = scope.visibleTask(taskId);
        return SupervisionNotice.<SupervisionNotice>list("task", Sort.descending("issuedAt", "id"), t).stream()
                .map(TaskMapper::toResponse).toList();
    }

    @Transactional
    public NoticeResponse issue(long taskId, @Valid NoticeRequest r) {
        ReformTask t = scope.visibleTask(taskId);
        if (r.dueDate() != null && r.dueDate().isBefore(java.time.LocalDate.now(clock))) {
            throw ProblemException.invalid("dueDate", "答复期限不能早于今天");
        }
        SupervisionNotice n = new SupervisionNotice();
        n.task = t;
        n.text = r.text().strip();
        n.issuedBy = user.username();
        n.issuedByName = gov.xianan.reform.common.audit.Actor.current().name();
        n.issuedAt = Instant.now(clock);
        n.dueDate = r.dueDate();
        n.demo = t.demo;
        n.persist();
        events.record(t, TaskEventKind.NOTICE_ISSUED, "督办:" + n.text + (n.dueDate == null ? "" : "(请于 " + n.dueDate + " 前答复)"), n.id);
        for (Department d : t.assignedDepartments()) {
            notifications.notify(d, NotificationKind.NOTICE, t, "督办通知:任务“" + t.title + "”—— " + n.text);
        }
        return TaskMapper.toResponse(n);
    }

    @Transactional
    public NoticeResponse acknowledge(long taskId, long noticeId, @Valid AcknowledgeRequest r) {
        ReformTask t = scope.visibleTask(taskId);
        SupervisionNotice n = SupervisionNotice.findById(noticeId);
        if (n == null || !n.task.id.equals(t.id)) {
            throw ProblemException.notFound("督办通知不存在: " + noticeId);
        }
        Department dept = scope.assignedDepartment(t, "答复督办");
        if (!n.isOpen()) {
            throw ProblemException.conflict("该督办已于 " + n.acknowledgedAt + " 由 " + n.acknowledgedBy + " 答复");
        }
        gov.xianan.reform.common.api.Versions.require(r.version(), n.version, "该督办通知已被修改");
        n.acknowledgedBy = user.username();
        n.acknowledgedDepartment = dept;
        n.acknowledgedAt = Instant.now(clock);
        n.answer = r.answer().strip();
        events.record(t, TaskEventKind.NOTICE_ACKNOWLEDGED, dept.name + "答复督办:" + n.answer, n.id);
        for (Department lead : Department.<Department>list("leadUnit", true)) {
            notifications.notify(lead, NotificationKind.NOTICE, t, dept.name + "已答复任务“" + t.title + "”的督办:" + n.answer);
        }
        n.persistAndFlush();
        return TaskMapper.toResponse(n);
    }
}
