package gov.xianan.reform.competitions.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.competitions.AwardGrade;
import gov.xianan.reform.competitions.CompetitionField;
import gov.xianan.reform.competitions.CompetitionKind;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.competitions.ObjectionStatus;
import gov.xianan.reform.competitions.ParticipantStatus;
import gov.xianan.reform.registry.AwardLevel;
import gov.xianan.reform.registry.SkillLevel;
import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the competitions API. */
public final class CompetitionDtos {

    private CompetitionDtos() {
    }

    @Schema(name = "ScoringItemRequest", description = "评分项目 / a scoring item and its weight")
    public record ScoringItemRequest(
            @NotBlank @Size(max = 100) @Schema(examples = "实际操作") String name,
            @NotNull @DecimalMin("0.01") @DecimalMax("1000") @Schema(examples = "70") BigDecimal weight) {
    }

    @Schema(name = "CompetitionRequest", description = "竞赛 / a competition of the caller's department. Labour competitions need `field`; "
            + "eligibility rules (skill level range, age range on the start date) apply to workers.")
    public record CompetitionRequest(
            @NotNull CompetitionKind kind,
            @NotBlank @Size(max = 200) @Schema(examples = "2020年咸安区机电维修职业技能竞赛") String name,
            @NotNull @Min(2000) @Max(2100) Integer year,
            CompetitionField field,
            @Size(max = 100) @Schema(examples = "机电维修") String occupation,
            @NotNull AwardLevel level,
            @NotNull LocalDate startDate,
            @NotNull LocalDate endDate,
            @NotNull @Min(1) @Max(10000) Integer places,
            SkillLevel minSkillLevel,
            SkillLevel maxSkillLevel,
            @Min(14) @Max(80) Integer minAge,
            @Min(14) @Max(80) Integer maxAge,
            @NotNull @Min(0) @Max(60) @Schema(description = "公示天数") Integer publicationDays,
            @Min(0) @Max(1000) Integer firstPrizes,
            @Min(0) @Max(1000) Integer secondPrizes,
            @Min(0) @Max(1000) Integer thirdPrizes,
            @Min(0) @Max(1000) Integer excellencePrizes,
            @Schema(description = "Awards of this grade or better grant 技术能手") AwardGrade technicalExpertUpTo,
            @Schema(description = "Awards of this grade or better raise the skill level one step") AwardGrade skillRaiseUpTo,
            @Size(max = 2000) String description,
            @Size(max = 20) List<@NotNull @Valid ScoringItemRequest> items,
            @Schema(description = "Required on update") Long version) {
    }

    @Schema(name = "DepartmentRef")
    public record DepartmentRef(String code, String name) {
    }

    @Schema(name = "ScoringItem")
    public record ScoringItemResponse(long id, String name, BigDecimal weight, int sortOrder) {
    }

    @Schema(name = "Competition", description = "竞赛 / competition")
    public record CompetitionResponse(long id, CompetitionKind kind, String name, int year, DepartmentRef department, @Nullable CompetitionField field,
            @Nullable String occupation, AwardLevel level, LocalDate startDate, LocalDate endDate, CompetitionStage stage, String stageLabel,
            @Schema(description = "Legal next stage, null when closed") @Nullable CompetitionStage nextStage, int places,
            @Schema(description = "Registrations pending or accepted") long registered, @Nullable SkillLevel minSkillLevel, @Nullable SkillLevel maxSkillLevel,
            @Nullable Integer minAge, @Nullable Integer maxAge, int publicationDays, @Nullable LocalDate publishedOn,
            @Schema(description = "First day after the publication period") @Nullable LocalDate publicationEndsOn, @Nullable LocalDate closedOn,
            int firstPrizes, int secondPrizes, int thirdPrizes, int excellencePrizes, @Nullable AwardGrade technicalExpertUpTo, @Nullable AwardGrade skillRaiseUpTo,
            @Nullable String description, List<ScoringItemResponse> items, @Schema(description = "Judge list locked (scoring started)") boolean judgesLocked,
            boolean demo, long version) {
    }

    @Schema(name = "StageRequest", description = "阶段变更 / move to the next stage (only one step forward)")
    public record StageRequest(@NotNull CompetitionStage target,
            @NotNull @Schema(description = "The competition's version as read (required; stale → 409)") Long version) {
    }

    @Schema(name = "ParticipantRequest", description = "报名 / register one worker (contests, drills) or one enterprise (labour competitions)")
    public record ParticipantRequest(Long workerId, Long enterpriseId, @Size(max = 100) @Schema(examples = "技术胶甲班") String teamName) {
    }

    @Schema(name = "BatchRegistrationRequest", description = "企业集体报名 / a list of workers from one enterprise")
    public record BatchRegistrationRequest(Long enterpriseId, @NotEmpty @Size(max = 500) List<@NotNull Long> workerIds) {
    }

    @Schema(name = "RegistrationResult", description = "每人的报名结果 / one worker's registration result")
    public record RegistrationResult(long workerId, @Nullable String workerName, boolean registered, @Nullable Long participantId, List<String> reasons) {
    }

    @Schema(name = "BatchRegistrationResponse")
    public record BatchRegistrationResponse(int registered, int refused, List<RegistrationResult> results) {
    }

    @Schema(name = "ParticipantRef")
    public record Ref(long id, String name) {
    }

    @Schema(name = "Participant", description = "参赛者 / a registration")
    public record ParticipantResponse(long id, @Nullable Ref worker, @Nullable SkillLevel skillLevel, @Nullable Ref enterprise, @Nullable String teamName, String displayName,
            ParticipantStatus status, @Nullable String reason, Instant registeredAt, String registeredBy, @Nullable Instant reviewedAt, @Nullable String reviewedBy,
            @Nullable BigDecimal finalScore, @Nullable Integer rank, long version) {
    }

    @Schema(name = "ReviewRequest", description = "资格审核 / accept or refuse a registration (refusal needs a reason)")
    public record ReviewRequest(@NotNull ParticipantStatus decision, @Size(max = 500) String reason,
            @NotNull @Schema(description = "The registration's version as read (required; stale → 409)") Long version) {
    }

    @Schema(name = "JudgeRequest", description = "评委 / a judge; `username` lets that platform user enter their own sheets")
    public record JudgeRequest(@NotBlank @Size(max = 50) String name, Long enterpriseId, @Size(max = 200) String affiliation,
            @Size(max = 255) String username) {
    }

    @Schema(name = "Judge")
    public record JudgeResponse(long id, String name, @Nullable Ref enterprise, @Nullable String affiliation, @Nullable String username,
            @Schema(description = "Send it back when removing the judge (DELETE …?version=)") long version) {
    }

    @Schema(name = "ItemScore")
    public record ItemScore(@NotNull Long itemId, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal value,
            @NotNull @Schema(description = "The mark's version as read from the sheet (0 while the item is unmarked); a stale one answers 409 "
                    + "unless the value is the one already saved") Long version) {
    }

    @Schema(name = "ScoreSheetRequest", description = "评分表 / a judge's marks for one contestant; saved item by item (upsert)")
    public record ScoreSheetRequest(@NotEmpty @Size(max = 20) List<@NotNull @Valid ItemScore> scores) {
    }

    @Schema(name = "ItemScoreValue")
    public record ItemScoreResponse(long itemId, String itemName, @Nullable BigDecimal value,
            @Schema(description = "The mark's version: 0 while unmarked, then one more with every change; send it back when changing the mark") long version) {
    }

    @Schema(name = "ScoreSheet")
    public record ScoreSheetResponse(long judgeId, String judgeName, long participantId, String participantName, List<ItemScoreResponse> scores,
            @Schema(description = "Every item marked") boolean complete, @Schema(description = "Weighted total when complete") @Nullable BigDecimal total,
            boolean flagged, @Nullable String flagReason) {
    }

    @Schema(name = "RankingEntry")
    public record RankingEntry(@Nullable Integer rank, boolean tied, long participantId, String displayName, @Nullable Ref enterprise, @Nullable BigDecimal finalScore,
            @Schema(description = "Average mark on the most-weighted item (first tie-break)") @Nullable BigDecimal keyItemScore, int judgesCounted,
            @Schema(description = "Highest and lowest judge dropped") boolean dropped, Instant registeredAt, List<JudgeTotalResponse> judgeTotals,
            @Nullable AwardGrade award) {
    }

    @Schema(name = "JudgeTotal")
    public record JudgeTotalResponse(long judgeId, String judgeName, @Nullable BigDecimal total, boolean flagged, @Nullable String flagReason) {
    }

    @Schema(name = "Ranking")
    public record RankingResponse(long competitionId, CompetitionStage stage, @Schema(description = "The scoring and tie rule") String rule,
            @Nullable String keyItem, List<RankingEntry> entries) {
    }

    @Schema(name = "Award", description = "奖项 / an award, and what it wrote to the registry")
    public record AwardResponse(long id, long participantId, String displayName, @Nullable Ref worker, @Nullable Ref enterprise, AwardGrade grade, String gradeLabel,
            int rank, @Nullable BigDecimal finalScore, boolean technicalExpert, boolean skillRaise, boolean revoked, @Nullable Long honourId,
            @Nullable SkillLevel skillRaisedFrom, @Nullable SkillLevel skillRaisedTo) {
    }

    @Schema(name = "ObjectionRequest", description = "异议 / an objection recorded during publication")
    public record ObjectionRequest(Long participantId, @NotBlank @Size(max = 100) String raisedBy, @NotBlank @Size(max = 2000) String content) {
    }

    @Schema(name = "ObjectionResolution", description = "异议处理 / upheld (the participant's award is withdrawn) or dismissed")
    public record ObjectionResolution(@NotNull Boolean upheld, @NotBlank @Size(max = 2000) String resolution,
            @NotNull @Schema(description = "The objection's version as read (required; stale → 409)") Long version) {
    }

    @Schema(name = "Objection")
    public record ObjectionResponse(long id, @Nullable Long participantId, @Nullable String participantName, String raisedBy, String content, ObjectionStatus status,
            @Nullable String resolution, @Nullable String resolvedBy, @Nullable Instant resolvedAt, String recordedBy, Instant recordedAt, long version) {
    }

    @Schema(name = "CompetitionResultRequest", description = "劳动竞赛成果 / a result an enterprise reports")
    public record ResultRequest(@NotNull Long participantId, @NotBlank @Size(max = 100) @Schema(examples = "节约标准煤") String measure,
            @NotNull @DecimalMin("-999999999999") @DecimalMax("999999999999") BigDecimal value,
            @NotBlank @Size(max = 20) @Schema(examples = "吨") String unit, @NotNull LocalDate reportedOn, @Size(max = 500) String note) {
    }

    @Schema(name = "CompetitionResult")
    public record ResultResponse(long id, long participantId, String participantName, String measure, BigDecimal value, String unit,
            LocalDate reportedOn, @Nullable String note) {
    }

    @Schema(name = "Count", description = "A count; null and `suppressed` when hidden by the disclosure policy")
    public record Count(@Nullable Long value, boolean suppressed) {
    }

    @Schema(name = "CompetitionStatisticsRow")
    public record StatisticsRow(String key, String label, @Nullable Count competitions, @Nullable Count participants, @Nullable Count awards) {
    }

    @Schema(name = "CompetitionStatistics", description = "竞赛统计 / competitions held (published or closed) in a year")
    public record CompetitionStatistics(@Nullable Integer year, Count competitions, Count participants, Count workers, Count awards, Count technicalExperts,
            Count skillRaises, List<StatisticsRow> byKind, List<StatisticsRow> byField, List<StatisticsRow> byGrade, boolean suppressed) {
    }
}
