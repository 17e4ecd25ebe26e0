package gov.xianan.reform.tasks.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.tasks.EscalationLevel;
import gov.xianan.reform.tasks.ExtensionStatus;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.PolicyArea;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.TaskPriority;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.common.api.NullableValues;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the reform tasks API. */
public final class TaskDtos {

    private TaskDtos() {
    }

    @Schema(name = "TaskDepartment", description = "A department as a task shows it")
    public record DepartmentRef(@Schema(examples = "publicity") String code, @Schema(examples = "区委宣传部") String name, boolean leadUnit) {
    }

    @Schema(name = "TaskMilestoneRequest", description = "A milestone; send the id of an existing one to keep it (and its done date)")
    public record MilestoneRequest(Long id, @NotBlank @Size(max = 200) @Schema(examples = "印发工作方案") String title, LocalDate dueDate) {
    }

    @Schema(name = "TaskRequest", description = "改革任务 / a reform task: a target (value and unit) or milestones, or both")
    public record TaskRequest(
            @NotBlank @Size(max = 200) @Schema(examples = "开展“双宣讲”活动") String title,
            @Size(max = 4000) String description,
            @NotNull @Schema(description = "思想引领 IDEOLOGY, 技能提升 SKILLS, 权益维护 RIGHTS, 安全生产 SAFETY, 子女教育 CHILD_EDUCATION, 规划保障 PLANNING, 组织建设 ORGANISATION, 其他 OTHER") PolicyArea area,
            @DecimalMin(value = "0.01") @Digits(integer = 12, fraction = 2) @Schema(examples = "200") BigDecimal targetValue,
            @Size(max = 20) @Schema(examples = "场") String targetUnit,
            @Size(max = 64) @Schema(description = "A live indicator (GET /api/v1/indicators) whose value is the progress", examples = "registry.party-members") String indicatorCode,
            @NotNull LocalDate startDate,
            @NotNull LocalDate deadline,
            @NotNull TaskPriority priority,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 32) @Schema(description = "Code of the lead department (牵头单位)", examples = "publicity") String leadDepartment,
            @Size(max = 20) @Schema(description = "Codes of the co-operating departments (配合单位)") List<@NotBlank String> cooperatingDepartments,
            @Size(max = 50) List<@NotNull @Valid MilestoneRequest> milestones,
            @Schema(description = "Required on update: the version read") Long version) {
    }

    @Schema(name = "TaskReasonRequest", description = "Why the task is suspended or reopened")
    public record ReasonRequest(@NotBlank @Size(max = 500) @Schema(examples = "等待上级文件") String reason,
            @NotNull @Schema(description = "The task's version as read (required; stale → 409)") Long version) {
    }

    @Schema(name = "TaskMilestone")
    public record MilestoneResponse(long id, String title, @Nullable LocalDate dueDate, @Nullable LocalDate doneOn, boolean done) {
    }

    @Schema(name = "Task", description = "改革任务 / reform task with its live progress")
    public record TaskResponse(
            long id,
            String title,
            @Nullable String description,
            PolicyArea area,
            @Schema(examples = "思想引领") String areaLabel,
            @Nullable BigDecimal targetValue,
            @Nullable String targetUnit,
            @Nullable String indicatorCode,
            @Schema(description = "Achieved so far: sum of report quantities, the indicator's value, or milestones done") @Nullable BigDecimal achieved,
            @Schema(description = "Percent of the target reached (0–100, one decimal); null without a target") @Nullable BigDecimal completionPercent,
            LocalDate startDate,
            LocalDate deadline,
            TaskPriority priority,
            int year,
            DepartmentRef leadDepartment,
            List<DepartmentRef> cooperatingDepartments,
            List<MilestoneResponse> milestones,
            TaskStatus status,
            @Schema(examples = "进行中") String statusLabel,
            boolean suspended,
            @Nullable String statusReason,
            @Nullable LocalDate completedOn,
            @Schema(description = "验收: when the lead unit signed off the completion report") @Nullable Instant signedOffAt,
            @Schema(description = "Who signed off, by name") @Nullable String signedOffByName,
            @Schema(description = "The completion report was sent back and not reported anew") boolean sentBack,
            @Nullable String sentBackReason,
            @Schema(description = "Days until the deadline (negative when past)") long daysLeft,
            long reportCount,
            long openNotices,
            String createdBy,
            @Schema(description = "创建人 by name at the time", examples = "张明华") String createdByName,
            boolean demo,
            long version,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(name = "ProgressReportRequest", description = "进展报告 / a progress report; attachments are uploaded afterwards to .../attachments")
    public record ProgressReportRequest(
            @NotNull LocalDate reportDate,
            @NotBlank @Size(max = 4000) @Schema(examples = "本月开展理论宣讲、百姓宣讲共40场。") String narrative,
            @DecimalMin(value = "0") @Digits(integer = 12, fraction = 2) @Schema(description = "Amount achieved by this report, in the task's unit", examples = "40") BigDecimal quantity,
            @Schema(description = "A milestone of the task this report completes") Long milestoneId) {
    }

    @Schema(name = "ReportAttachment")
    public record AttachmentResponse(long id, String fileName, @Schema(examples = "application/pdf") String contentType, long sizeBytes,
            String sha256, String uploadedBy, Instant uploadedAt,
            @Schema(description = "Where to download it (same scope as the task)") String href) {
    }

    @Schema(name = "ProgressReport")
    public record ProgressReportResponse(long id, long taskId, LocalDate reportDate, String narrative, @Nullable BigDecimal quantity, @Nullable Long milestoneId,
            String reportedBy, DepartmentRef department, List<AttachmentResponse> attachments, boolean demo, Instant createdAt, long version) {
    }

    @Schema(name = "SupervisionNoticeRequest", description = "督办 / a supervision notice")
    public record NoticeRequest(@NotBlank @Size(max = 2000) @Schema(examples = "请于月底前报送“双宣讲”进展情况。") String text, LocalDate dueDate) {
    }

    @Schema(name = "SupervisionNoticeAcknowledgement", description = "The department's answer to a notice")
    public record AcknowledgeRequest(@NotBlank @Size(max = 4000) @Schema(examples = "已收到,正在组织落实。") String answer,
            @NotNull @Schema(description = "The notice's version as read (required; stale → 409)") Long version) {
    }

    @Schema(name = "SupervisionNotice")
    public record NoticeResponse(long id, long taskId, String text, String issuedBy,
            @Schema(description = "Who issued it, by name") @Nullable String issuedByName, Instant issuedAt, @Nullable LocalDate dueDate, boolean open,
            @Nullable String acknowledgedBy, @Nullable DepartmentRef acknowledgedDepartment, @Nullable Instant acknowledgedAt, @Nullable String answer, boolean demo, long version,
            @Schema(description = "Escalation reached while unanswered: 提醒 REMINDER, 催办 URGE, 通报 NOTIFY_LEAD; null when none") @Nullable EscalationLevel escalationLevel,
            @Nullable LocalDate escalatedOn,
            @Schema(description = "Who answered, by name") @Nullable String acknowledgedByName) {
    }

    @Schema(name = "ExtensionRequestRequest", description = "延期申请 / a department asks for a later deadline")
    public record ExtensionRequestBody(@NotBlank @Size(max = 1000) @Schema(examples = "受疫情影响,宣讲活动推迟举办") String reason,
            @NotNull @Schema(description = "The deadline asked for; after the current one") LocalDate requestedDeadline) {
    }

    @Schema(name = "ExtensionDecision", description = "The lead unit's decision on an extension request; a refusal needs a reason")
    public record ExtensionDecision(@Size(max = 500) @Schema(examples = "理由不充分,请按期完成") String reason,
            @NotNull @Schema(description = "The request's version as read (required; stale → 409)") Long version) {
    }

    @Schema(name = "ExtensionRequest", description = "延期申请 / an extension request and its decision")
    public record ExtensionResponse(long id, long taskId, DepartmentRef department, String requestedBy,
            @Schema(description = "Who asked, by name") @Nullable String requestedByName, String reason, LocalDate currentDeadline,
            LocalDate requestedDeadline, ExtensionStatus status, @Schema(examples = "待审批") String statusLabel, @Nullable String decidedBy,
            @Nullable String decidedByName, @Nullable Instant decidedAt, @Nullable String decisionReason, Instant createdAt, boolean demo, long version) {
    }

    @Schema(name = "TaskSignOffRequest", description = "验收: sign off the completion report (comment optional) or send it back (reason required)")
    public record SignOffRequest(@Size(max = 500) @Schema(examples = "佐证材料齐全,同意验收") String reason,
            @NotNull @Schema(description = "The task's version as read (required; stale → 409)") Long version) {
    }

    @Schema(name = "TaskAssessmentRow", description = "One department's annual assessment (考核) over the tasks it leads in the year")
    public record AssessmentRow(
            DepartmentRef department,
            @Schema(description = "1 = best by score; null without tasks") @Nullable Integer rank,
            @Schema(description = "Tasks led in the year, not suspended") long tasks,
            @Schema(description = "Signed off (已完成)") long completed,
            @Schema(description = "Completed on or before the deadline in force") long completedOnTime,
            @Schema(description = "completed / tasks, percent, one decimal; null without tasks") @Nullable BigDecimal completionRate,
            @Schema(description = "completedOnTime / tasks, percent, one decimal; null without tasks") @Nullable BigDecimal onTimeRate,
            @Schema(description = "Escalation steps taken on its tasks' notices by level") Map<EscalationLevel, Long> escalations,
            @Schema(description = "Extension requests made") long extensionsRequested,
            @Schema(description = "Extension requests approved") long extensionsApproved,
            @Schema(description = "See TaskAssessment.formula; null without tasks") @Nullable BigDecimal score) {

        public AssessmentRow withRank(Integer r) {
            return new AssessmentRow(department, r, tasks, completed, completedOnTime, completionRate, onTimeRate, escalations, extensionsRequested,
                    extensionsApproved, score);
        }
    }

    @Schema(name = "TaskAssessment", description = "考核 / the annual assessment of the departments, ranked by score")
    public record AssessmentResponse(int year, LocalDate asOf,
            @Schema(description = "How the score is computed") String formula,
            List<AssessmentRow> departments) {
    }

    @Schema(name = "TaskTimelineEntry", description = "One entry of a task's history: reports, notices, answers, status changes")
    public record TimelineEntry(long id, Instant occurredAt, TaskEventKind kind, String actor,
            @Schema(description = "Who, by name at the time", examples = "李娜") @Nullable String actorName, @Nullable String department,
            @Schema(description = "The department by name", examples = "区总工会") @Nullable String departmentName, @Nullable String text, @Nullable Long refId) {
    }

    @Schema(name = "TaskBoardRow", description = "One department on the board (tasks it leads); for protected callers counts of 1–4 are null")
    public record BoardRow(
            DepartmentRef department,
            @Schema(description = "1 = best: completion rate, then fewer overdue, then more tasks; null when the row has hidden figures") @Nullable Integer rank,
            @Schema(description = "Tasks led; null when hidden") @Nullable Long total,
            @Schema(description = "Tasks by status (overdue counted as of today); a hidden count is null") @NullableValues Map<TaskStatus, Long> byStatus,
            @Schema(description = "Completed of the tasks not suspended, percent with one decimal; null when a count it needs is hidden") @Nullable BigDecimal completionRate,
            @Nullable Long overdue,
            @Schema(description = "Co-operating on other departments' tasks") @Nullable Long cooperating,
            @Nullable Long openNotices,
            @Schema(description = "True when a figure of this row is hidden") boolean suppressed) {

        public BoardRow withRank(Integer rank) {
            return new BoardRow(department, rank, total, byStatus, completionRate, overdue, cooperating, openNotices, suppressed);
        }
    }

    @Schema(name = "TaskBoard", description = "任务看板 / the departments' tasks as aggregates, ranked")
    public record BoardResponse(@Nullable Integer year, LocalDate asOf,
            @Schema(description = "True when the disclosure policy was applied to this answer (analysts: counts of 1–4 tasks hidden)") boolean suppressionApplied,
            List<BoardRow> departments) {
    }

    @Schema(name = "Notification")
    public record NotificationResponse(long id, NotificationKind kind, @Nullable Long taskId, @Nullable String taskTitle, String text, Instant createdAt,
            @Nullable Instant readAt, boolean read) {
    }

    @Schema(name = "NotificationPage", description = "The caller's notifications (own department's and own), newest first, with the unread count")
    public record NotificationPage(List<NotificationResponse> items, long total, int page, int size, long unreadCount) {
    }

    @Schema(name = "Indicator", description = "A live figure of the platform a task can track")
    public record IndicatorResponse(@Schema(examples = "registry.party-members") String code, String label, String labelEn, String unit,
            boolean perYear, int year, @Nullable BigDecimal value) {
    }
}
