package gov.xianan.reform.subsidies.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.subsidies.ApplicationEvent;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.FundSource;
import gov.xianan.reform.subsidies.ProgrammeKind;
import jakarta.annotation.Nullable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the training subsidies API (funds, programmes, applications and their steps). */
public final class SubsidyDtos {

    private SubsidyDtos() {
    }

    // ---- funds -----------------------------------------------------------------------------

    @Schema(name = "FundRequest", description = "补贴资金 / a fund of one year from one source")
    public record FundRequest(
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2021") Integer year,
            @NotNull FundSource source,
            @NotBlank @Size(max = 200) @Schema(examples = "2021年就业补助资金") String name,
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Schema(examples = "19320000.00") BigDecimal budget,
            @Size(max = 32) @Schema(description = "Owning department; defaults to the caller's (only admin may name another)", examples = "hrss") String departmentCode) {
    }

    @Schema(name = "FundBudgetAdjustmentRequest", description = "调整预算 / change a fund's budget, with a reason; never below committed + disbursed")
    public record BudgetAdjustmentRequest(
            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) @Schema(examples = "20000000.00") BigDecimal budget,
            @NotBlank @Size(max = 1000) @Schema(examples = "追加上级就业补助资金") String reason,
            @NotNull @Schema(description = "The fund's version as read (required); a stale one answers 409") Long version) {
    }

    @Schema(name = "Fund", description = "补贴资金及实时数字 / a fund with its live figures (yuan)")
    public record FundResponse(long id, int year, FundSource source, String sourceLabel, String name,
            BigDecimal budget,
            @Schema(description = "Approved, not yet paid") BigDecimal committed,
            @Schema(description = "Paid (including any opening total taken over)") BigDecimal disbursed,
            @Schema(description = "Paid before the platform, taken over as a total") BigDecimal openingDisbursed,
            @Schema(description = "budget − committed − disbursed") BigDecimal remaining,
            String departmentCode, boolean demo, long version) {
    }

    @Schema(name = "FundBudgetAdjustment", description = "预算调整记录 / a budget change")
    public record BudgetAdjustmentResponse(long id, long fundId, @Schema(description = "The login (for the admin)") String actor,
            @Schema(description = "Who, by name at the time", examples = "刘强") @Nullable String actorName, @Nullable String department,
            @Schema(description = "The department by name", examples = "区人社局") @Nullable String departmentName, @Nullable String clientId, Instant adjustedAt,
            BigDecimal oldBudget, BigDecimal newBudget, String reason) {
    }

    @Schema(name = "FundRef")
    public record FundRef(long id, String name, int year, FundSource source, String departmentCode) {
    }

    // ---- programmes ------------------------------------------------------------------------

    @Schema(name = "SubsidyProgrammeRequest", description = "补贴项目 / a programme and its amount rule")
    public record ProgrammeRequest(
            @NotNull ProgrammeKind kind,
            @NotBlank @Size(max = 200) @Schema(examples = "2021年以工代训") String name,
            @NotNull Long fundId,
            @Min(2000) @Max(2100) @Schema(description = "Defaults to the fund's year") Integer year,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @Schema(examples = "1500.00") BigDecimal amountPerTrainee,
            @Schema(description = "Amount by the skill level the trainee holds; levels not listed get amountPerTrainee")
            Map<SkillLevel, @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal> levelAmounts,
            @DecimalMin("0.00") @DecimalMax("200.00") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Extra percent for migrant workers (农民工), e.g. 20 = +20 %", examples = "20") BigDecimal migrantUpliftPercent,
            @Size(max = 1000) String description) {
    }

    @Schema(name = "SubsidyProgramme", description = "补贴项目 / programme")
    public record ProgrammeResponse(long id, ProgrammeKind kind, String kindLabel, String name, FundRef fund, int year,
            BigDecimal amountPerTrainee, Map<SkillLevel, BigDecimal> levelAmounts, @Nullable BigDecimal migrantUpliftPercent,
            @Nullable String description, String departmentCode, boolean demo, long version) {
    }

    // ---- applications ----------------------------------------------------------------------

    @Schema(name = "SubsidyApplicationRequest", description = "补贴申请 / an application; the amount is computed, never sent")
    public record ApplicationRequest(
            @NotNull Long enterpriseId,
            @NotNull Long programmeId,
            @NotEmpty @Size(max = 500) @Schema(description = "Worker ids of the trainees (registered workers of the enterprise)")
            List<@NotNull Long> trainees,
            @NotNull @Schema(examples = "2020-03-01") LocalDate trainingStart,
            @NotNull @Schema(examples = "2020-05-31") LocalDate trainingEnd,
            @Size(max = 1000) String notes,
            @Schema(description = "Required on update") Long version) {
    }

    @Schema(name = "SubsidyEnterpriseRef")
    public record EnterpriseRef(long id, String name, String industryCode) {
    }

    @Schema(name = "SubsidyProgrammeRef")
    public record ProgrammeRef(long id, String name, ProgrammeKind kind, String kindLabel, int year, long fundId, String departmentCode) {
    }

    @Schema(name = "SubsidyTrainee", description = "学员及按规则计算的金额 / a trainee and the amount the rule gave")
    public record TraineeResponse(long workerId, String name, SkillLevel skillLevel, boolean migrant, BigDecimal amount) {
    }

    @Schema(name = "SubsidyAttachment", description = "证明材料 / evidence file")
    public record AttachmentResponse(long id, String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    @Schema(name = "SubsidyDuties", description = "职责分离 / who has had a hand in the application over every round: whoever entered "
            + "or submitted it never reviews, returns, approves, rejects or disburses it; whoever reviewed it never approves, rejects or disburses it")
    public record DutiesResponse(
            @Schema(description = "Created it, changed the draft or attached evidence") List<String> enteredBy,
            @Schema(description = "Submitted it (any round)") List<String> submittedBy,
            @Schema(description = "Reviewed it (any round; reviewedBy is only the current round's)") List<String> reviewedBy) {
    }

    @Schema(name = "SubsidyApplication", description = "补贴申请 / application")
    public record ApplicationResponse(long id, EnterpriseRef enterprise, ProgrammeRef programme, LocalDate trainingStart,
            LocalDate trainingEnd,
            @Schema(description = "Sum of the trainees' amounts by the programme's rule") BigDecimal amount,
            @Nullable String notes, ApplicationState state, String stateLabel, List<TraineeResponse> trainees, String createdBy,
            @Schema(description = "录入人 by name at the time (a system by its name)", examples = "郑丽") @Nullable String createdByName,
            @Nullable String clientId, boolean serviceAccount, @Nullable String reviewedBy,
            @Schema(description = "审核人 by name at the time", examples = "王芳") @Nullable String reviewedByName, @Nullable BigDecimal committedAmount, @Nullable BigDecimal disbursedAmount,
            @Nullable String voucherNo, @Nullable LocalDate disbursedOn, List<AttachmentResponse> attachments, DutiesResponse duties, Instant createdAt,
            Instant updatedAt, boolean demo, long version) {
    }

    @Schema(name = "SubsidyTransitionRequest", description = "流程操作 / a workflow step; reason required for return and reject")
    public record TransitionRequest(
            @NotNull @Schema(description = "The application's version as read") Long version,
            @Size(max = 1000) @Schema(examples = "培训台账不完整") String reason) {
    }

    @Schema(name = "SubsidyDisbursementRequest", description = "登记发放 / record the payment")
    public record DisbursementRequest(
            @NotNull Long version,
            @NotBlank @Size(max = 64) @Schema(examples = "XA-2020-000123") String voucherNo,
            @NotNull @Schema(examples = "2020-07-15") LocalDate disbursedOn,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) @Schema(description = "At most the committed amount") BigDecimal amount) {
    }

    @Schema(name = "SubsidyApplicationEvent", description = "流程记录 / a step of the timeline")
    public record EventResponse(long id, ApplicationEvent.Action action, @Nullable ApplicationState fromState, ApplicationState toState,
            String actor, @Schema(description = "Who, by name at the time") @Nullable String actorName, @Nullable String department,
            @Schema(description = "The department by name") @Nullable String departmentName, @Nullable String clientId, Instant occurredAt, @Nullable String reason, @Nullable String voucherNo, @Nullable BigDecimal amount) {
    }

    // ---- statistics ------------------------------------------------------------------------

    @Schema(name = "SubsidyStatisticsCell", description = "One group; when hidden by the disclosure policy (suppressed=true) counts and money are null, the budget stays")
    public record Cell(String key, String label,
            @Schema(description = "Fund budget (year and source groups only)") @Nullable BigDecimal budget,
            @Schema(description = "Applications approved or disbursed") @Nullable Long applications,
            @Schema(description = "Distinct trainees in those applications") @Nullable Long trainees,
            @Nullable BigDecimal committed, @Nullable BigDecimal disbursed, boolean suppressed) {
    }

    @Schema(name = "SubsidyStatistics", description = "培训补贴统计 / subsidy aggregates")
    public record StatisticsResponse(@Nullable Integer year,
            @Schema(description = "True when the disclosure policy was applied to this answer (every caller outside the lead unit)") boolean suppressionApplied,
            Cell total, List<Cell> byYear, List<Cell> bySource, List<Cell> byProgramme, List<Cell> byIndustry) {
    }
}
