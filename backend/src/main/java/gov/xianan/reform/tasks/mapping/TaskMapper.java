package gov.xianan.reform.tasks.mapping;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.ExtensionRequest;
import gov.xianan.reform.tasks.ProgressReport;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.ReportAttachment;
import gov.xianan.reform.tasks.SupervisionNotice;
import gov.xianan.reform.tasks.TaskEvent;
import gov.xianan.reform.tasks.TaskMilestone;
import gov.xianan.reform.tasks.mapping.TaskDtos.AttachmentResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.DepartmentRef;
import gov.xianan.reform.tasks.mapping.TaskDtos.ExtensionResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.MilestoneResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.NoticeResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.ProgressReportResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.TaskResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.TimelineEntry;
import gov.xianan.reform.tasks.service.TaskProgress.Progress;
import gov.xianan.reform.tasks.service.TaskStatusRules;

/** Explicit mapping from task entities to API records. */
public final class TaskMapper {

    private TaskMapper() {
    }

    public static DepartmentRef ref(Department d) {
        return d == null ? null : new DepartmentRef(d.code, d.name, d.leadUnit);
    }

    public static MilestoneResponse toResponse(TaskMilestone m) {
        return new MilestoneResponse(m.id, m.title, m.dueDate, m.doneOn, m.doneOn != null);
    }

    public static TaskResponse toResponse(ReformTask t, Progress p, LocalDate today) {
        return new TaskResponse(t.id, t.title, t.description, t.area, t.area.label, t.targetValue, t.targetUnit, t.indicatorCode,
                p.achieved(), TaskStatusRules.completionPercent(p.target(), p.achieved()), t.startDate, t.deadline, t.priority, t.year,
                ref(t.leadDepartment), t.cooperatingDepartments.stream().map(TaskMapper::ref).toList(),
                t.milestones.stream().map(TaskMapper::toResponse).toList(), t.status, t.status.label, t.suspended, t.statusReason,
                t.completedOn, t.signedOffAt, t.signedOffAt == null ? null : gov.xianan.reform.common.audit.ActorNames.of(t.signedOffBy, t.signedOffByName),
                t.sentBack, t.sentBackReason, ChronoUnit.DAYS.between(today, t.deadline), p.reportCount(), p.openNotices(), t.createdBy,
                gov.xianan.reform.common.audit.ActorNames.of(t.createdBy, t.createdByName), t.demo, t.version,
                t.createdAt, t.updatedAt);
    }

    public static AttachmentResponse toResponse(ReportAttachment a, long taskId) {
        return new AttachmentResponse(a.id, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt,
                "/api/v1/tasks/" + taskId + "/progress-reports/" + a.report.id + "/attachments/" + a.id);
    }

    public static ProgressReportResponse toResponse(ProgressReport r, List<ReportAttachment> attachments) {
        return new ProgressReportResponse(r.id, r.task.id, r.reportDate, r.narrative, r.quantity, r.milestone == null ? null : r.milestone.id,
                r.reportedBy, ref(r.department), attachments.stream().map(a -> toResponse(a, r.task.id)).toList(), r.demo, r.createdAt, r.version);
    }

    public static NoticeResponse toResponse(SupervisionNotice n) {
        return new NoticeResponse(n.id, n.task.id, n.text, n.issuedBy,
                gov.xianan.reform.common.audit.ActorNames.of(n.issuedBy, n.issuedByName), n.issuedAt, n.dueDate, n.isOpen(), n.acknowledgedBy,
                ref(n.acknowledgedDepartment), n.acknowledgedAt, n.answer, n.demo, n.version, n.escalationLevel, n.escalatedOn,
                n.acknowledgedBy == null ? null : gov.xianan.reform.common.audit.ActorNames.of(n.acknowledgedBy, null));
    }

    public static ExtensionResponse toResponse(ExtensionRequest e) {
        return new ExtensionResponse(e.id, e.task.id, ref(e.department), e.requestedBy,
                gov.xianan.reform.common.audit.ActorNames.of(e.requestedBy, e.requestedByName), e.reason, e.currentDeadline, e.requestedDeadline,
                e.status, e.status.label, e.decidedBy, e.decidedBy == null ? null : gov.xianan.reform.common.audit.ActorNames.of(e.decidedBy, e.decidedByName),
                e.decidedAt, e.decisionReason, e.createdAt, e.demo, e.version);
    }

    public static TimelineEntry toResponse(TaskEvent e) {
        return new TimelineEntry(e.id, e.occurredAt, e.kind, e.actor,
                gov.xianan.reform.common.audit.ActorNames.of(e.actor, e.actorName), e.department,
                gov.xianan.reform.common.audit.ActorNames.department(e.department), e.text, e.refId);
    }

    /** What the Envers-based history shows of a task. */
    public static Map<String, Object> snapshot(ReformTask t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", t.title);
        m.put("area", t.area);
        m.put("targetValue", t.targetValue);
        m.put("targetUnit", t.targetUnit);
        m.put("description", t.description);
        m.put("indicatorCode", t.indicatorCode);
        m.put("startDate", t.startDate);
        m.put("deadline", t.deadline);
        m.put("priority", t.priority);
        m.put("year", t.year);
        m.put("leadDepartment", t.leadDepartment == null ? null : t.leadDepartment.code);
        m.put("suspended", t.suspended);
        m.put("status", t.status);
        m.put("statusReason", t.statusReason);
        return m;
    }
}
