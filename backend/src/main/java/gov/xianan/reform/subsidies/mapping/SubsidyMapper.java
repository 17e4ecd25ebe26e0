package gov.xianan.reform.subsidies.mapping;

import java.util.EnumMap;
import java.util.List;

import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.subsidies.ApplicationEvent;
import gov.xianan.reform.subsidies.FundAdjustment;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.SubsidyAttachment;
import gov.xianan.reform.subsidies.SubsidyFund;
import gov.xianan.reform.subsidies.SubsidyProgramme;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ApplicationResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.AttachmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.BudgetAdjustmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.DutiesResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.EnterpriseRef;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.EventResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.FundRef;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.FundResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ProgrammeRef;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ProgrammeResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.TraineeResponse;

/** Entities to API records; entities never leave the API. */
public final class SubsidyMapper {

    private SubsidyMapper() {
    }

    public static FundResponse toResponse(SubsidyFund f) {
        return new FundResponse(f.id, f.year, f.source, f.source.label(), f.name, f.budget, f.committed, f.disbursed,
                f.openingDisbursed, f.remaining(), f.departmentCode, f.demo, f.version);
    }

    public static FundRef toRef(SubsidyFund f) {
        return new FundRef(f.id, f.name, f.year, f.source, f.departmentCode);
    }

    public static BudgetAdjustmentResponse toResponse(FundAdjustment a) {
        return new BudgetAdjustmentResponse(a.id, a.fund.id, a.actor, gov.xianan.reform.common.audit.ActorNames.of(a.actor, a.actorName),
                a.department, gov.xianan.reform.common.audit.ActorNames.department(a.department), a.clientId, a.adjustedAt, a.oldBudget, a.newBudget,
                a.reason);
    }

    public static ProgrammeResponse toResponse(SubsidyProgramme p) {
        EnumMap<SkillLevel, java.math.BigDecimal> levels = new EnumMap<>(SkillLevel.class);
        levels.putAll(p.levelAmounts);
        return new ProgrammeResponse(p.id, p.kind, p.kind.label(), p.name, toRef(p.fund), p.year, p.amountPerTrainee, levels,
                p.migrantUpliftPercent, p.description, p.fund.departmentCode, p.demo, p.version);
    }

    public static ApplicationResponse toResponse(SubsidyApplication a, List<AttachmentResponse> attachments, DutiesResponse duties) {
        SubsidyProgramme p = a.programme;
        List<TraineeResponse> trainees = a.trainees.stream()
                .map(t -> new TraineeResponse(t.worker.id, t.worker.name, t.skillLevel, t.migrant, t.amount)).toList();
        return new ApplicationResponse(a.id, new EnterpriseRef(a.enterprise.id, a.enterprise.name, a.enterprise.industryCode),
                new ProgrammeRef(p.id, p.name, p.kind, p.kind.label(), p.year, p.fund.id, p.fund.departmentCode),
                a.trainingStart, a.trainingEnd, a.amount, a.notes, a.state, a.state.label(), trainees, a.createdBy,
                gov.xianan.reform.common.audit.ActorNames.of(a.createdBy, a.createdByName), a.clientId,
                a.serviceAccount, a.reviewedBy, gov.xianan.reform.common.audit.ActorNames.of(a.reviewedBy, a.reviewedByName), a.committedAmount, a.disbursedAmount, a.voucherNo, a.disbursedOn,
                attachments, duties, a.createdAt, a.updatedAt, a.demo, a.version);
    }

    public static AttachmentResponse toResponse(SubsidyAttachment a) {
        return new AttachmentResponse(a.id, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy, a.uploadedAt);
    }

    public static EventResponse toResponse(ApplicationEvent e) {
        return new EventResponse(e.id, e.action, e.fromState, e.toState, e.actor,
                gov.xianan.reform.common.audit.ActorNames.of(e.actor, e.actorName), e.department,
                gov.xianan.reform.common.audit.ActorNames.department(e.department), e.clientId, e.occurredAt, e.reason,
                e.voucherNo, e.amount);
    }
}
