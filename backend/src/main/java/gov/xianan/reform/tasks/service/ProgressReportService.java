package gov.xianan.reform.tasks.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;


import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.files.FileTypes;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.ProgressReport;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.ReportAttachment;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.TaskMilestone;
import gov.xianan.reform.tasks.TasksConfig;
import gov.xianan.reform.tasks.mapping.TaskDtos.AttachmentResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.ProgressReportRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.ProgressReportResponse;
import gov.xianan.reform.tasks.mapping.TaskMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Progress reports of the assigned departments and their evidence files. */
@ApplicationScoped
public class ProgressReportService {

    @Inject
    TaskScope scope;

    @Inject
    TaskProgress progress;

    @Inject
    TaskEvents events;

    @Inject
    CurrentUser user;

    @Inject
    TasksConfig config;

    @Inject
    Clock clock;

    /** An attachment to stream back: bytes, type, the name to offer. */
    public record Download(byte[] content, String contentType, String fileName) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgressReportResponse> list(long taskId) {
        ReformTask t = scope.visibleTask(taskId);
        List<ProgressReport> reports = ProgressReport.list("task", Sort.descending("reportDate", "id"), t);
        Map<Long, List<ReportAttachment>> files = reports.isEmpty() ? Map.of()
                : ReportAttachment.<ReportAttachment>list("report in ?1", Sort.ascending("id"), reports).stream()
                        .collect(Collectors.groupingBy(a -> a.report.id));
        return reports.stream().map(r -> TaskMapper.toResponse(r, files.getOrDefault(r.id, List.of()))).toList();
    }

    @Transactional
    public ProgressReportResponse create(long taskId, @Valid ProgressReportRequest r) {
        ReformTask t = scope.visibleTask(taskId);
        Department dept = scope.assignedDepartment(t, "填报进展");
        if (t.suspended) {
            throw ProblemException.conflict("任务已暂停,恢复后才能填报进展");
        }
        Violations v = new Violations();
        if (r.reportDate().isAfter(progress.today())) {
            v.add("reportDate", "填报日期不能晚于今天");
        }
        TaskMilestone milestone = null;
        if (r.milestoneId() != null) {
            milestone = TaskMilestone.findById(r.milestoneId());
            if (milestone == null || !milestone.task.id.equals(t.id)) {
                v.add("milestoneId", "该任务没有此里程碑: " + r.milestoneId());
                milestone = null;
            }
        }
        v.throwIfAny();
        ProgressReport p = new ProgressReport();
        p.task = t;
        p.reportDate = r.reportDate();
        p.narrative = r.narrative().strip();
        p.quantity = r.quantity();
        p.milestone = milestone;
        p.reportedBy = user.username();
        p.department = dept;
        p.demo = t.demo;
        p.persist();
        if (milestone != null && milestone.doneOn == null) {
            milestone.doneOn = r.reportDate();
        }
        String amount = r.quantity() == null ? "" : "(本次完成 " + r.quantity().stripTrailingZeros().toPlainString()
                + (t.targetUnit == null ? "" : t.targetUnit) + ")";
        events.record(t, TaskEventKind.REPORT_FILED, dept.name + "报送进展" + amount + ":" + p.narrative, p.id);
        if (t.sentBack) {
            t.sentBack = false; // reported anew after a send-back: waits for sign-off again once the target is reached
        }
        progress.refresh(t);
        return TaskMapper.toResponse(p, List.of());
    }

    /** Stores an evidence file with its report: typed by its whole content (common/files), at most the configured size. */
    @Transactional
    public AttachmentResponse attach(long taskId, long reportId, Path upload, String fileName) {
        ReformTask t = scope.visibleTask(taskId);
        Department dept = scope.assignedDepartment(t, "上传佐证材料");
        ProgressReport report = ProgressReport.findById(reportId);
        if (report == null || !report.task.id.equals(t.id)) {
            throw ProblemException.notFound("进展报告不存在: " + reportId);
        }
        if (!report.department.id.equals(dept.id)) {
            throw ProblemException.forbidden("只能为本单位报送的进展上传佐证材料");
        }
        byte[] bytes;
        try {
            long size = Files.size(upload);
            if (size == 0) {
                throw ProblemException.invalid("file", "文件是空的");
            }
            if (size > config.maxAttachmentBytes()) {
                throw new ProblemException(413, "/problems/file-too-large",
                        "文件超过 " + (config.maxAttachmentBytes() / (1024 * 1024)) + " MB,请压缩后再上传");
            }
            bytes = Files.readAllBytes(upload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = FileTypes.detect(bytes, FileTypes.EVIDENCE).orElseThrow(() -> new ProblemException(415, "/problems/unsupported-file",
                "不支持的文件类型:佐证材料只能是图片(PNG、JPEG)、PDF 或 Word(DOCX、DOC)文件(按整个文件的内容判断,与文件名无关)"));
        ReportAttachment a = new ReportAttachment();
        a.report = report;
        a.fileName = FileTypes.fileName(fileName, type); // the base as uploaded, the extension of what the bytes are
        a.contentType = type;
        a.sizeBytes = bytes.length;
        a.sha256 = sha256(bytes);
        a.content = bytes;
        a.uploadedBy = user.username();
        a.uploadedAt = Instant.now(clock);
        a.demo = t.demo;
        a.persist();
        events.record(t, TaskEventKind.ATTACHMENT_ADDED, dept.name + "上传佐证材料“" + a.fileName + "”", a.id);
        return TaskMapper.toResponse(a, t.id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(long taskId, long reportId, long attachmentId) {
        ReformTask t = scope.visibleTask(taskId);
        ReportAttachment a = ReportAttachment.findById(attachmentId);
        if (a == null || !a.report.id.equals(reportId) || !a.report.task.id.equals(t.id)) {
            throw ProblemException.notFound("附件不存在: " + attachmentId);
        }
        return new Download(a.content, a.contentType, a.fileName);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
