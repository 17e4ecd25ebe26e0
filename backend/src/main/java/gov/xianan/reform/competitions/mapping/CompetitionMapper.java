package gov.xianan.reform.competitions.mapping;

import java.util.List;

import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionAward;
import gov.xianan.reform.competitions.CompetitionJudge;
import gov.xianan.reform.competitions.CompetitionObjection;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.competitions.CompetitionResult;
import gov.xianan.reform.competitions.CompetitionScoringItem;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.AwardResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.DepartmentRef;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.JudgeResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ObjectionResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ParticipantResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.Ref;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ResultResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ScoringItemResponse;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Worker;

/** Entities to response records; entities never leave the API. */
public final class CompetitionMapper {

    private CompetitionMapper() {
    }

    public static CompetitionResponse toResponse(Competition c, List<CompetitionScoringItem> items, long registered) {
        return new CompetitionResponse(c.id, c.kind, c.name, c.year, new DepartmentRef(c.department.code, c.department.name), c.field, c.occupation,
                c.level, c.startDate, c.endDate, c.stage, c.stage.label(), c.stage.next(), c.places, registered, c.minSkillLevel, c.maxSkillLevel,
                c.minAge, c.maxAge, c.publicationDays, c.publishedOn, c.publicationEndsOn(), c.closedOn, c.firstPrizes, c.secondPrizes,
                c.thirdPrizes, c.excellencePrizes, c.technicalExpertUpTo, c.skillRaiseUpTo, c.description,
                items.stream().map(CompetitionMapper::toResponse).toList(), c.stage.atLeast(CompetitionStage.SCORING), c.demo, c.version);
    }

    /** The fields a user sees in the history of a competition. */
    public static java.util.Map<String, Object> snapshot(Competition c) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("kind", c.kind);
        m.put("name", c.name);
        m.put("year", c.year);
        m.put("field", c.field);
        m.put("occupation", c.occupation);
        m.put("level", c.level);
        m.put("startDate", c.startDate);
        m.put("endDate", c.endDate);
        m.put("stage", c.stage);
        m.put("places", c.places);
        m.put("minSkillLevel", c.minSkillLevel);
        m.put("maxSkillLevel", c.maxSkillLevel);
        m.put("minAge", c.minAge);
        m.put("maxAge", c.maxAge);
        m.put("publicationDays", c.publicationDays);
        m.put("firstPrizes", c.firstPrizes);
        m.put("secondPrizes", c.secondPrizes);
        m.put("thirdPrizes", c.thirdPrizes);
        m.put("excellencePrizes", c.excellencePrizes);
        m.put("technicalExpertUpTo", c.technicalExpertUpTo);
        m.put("skillRaiseUpTo", c.skillRaiseUpTo);
        m.put("description", c.description);
        m.put("publishedOn", c.publishedOn);
        m.put("closedOn", c.closedOn);
        return m;
    }

    public static ScoringItemResponse toResponse(CompetitionScoringItem i) {
        return new ScoringItemResponse(i.id, i.name, i.weight, i.sortOrder);
    }

    public static Ref ref(Worker w) {
        return w == null ? null : new Ref(w.id, w.name);
    }

    public static Ref ref(Enterprise e) {
        return e == null ? null : new Ref(e.id, e.name);
    }

    public static ParticipantResponse toResponse(CompetitionParticipant p) {
        return new ParticipantResponse(p.id, ref(p.worker), p.worker == null ? null : p.worker.skillLevel, ref(p.enterprise), p.teamName,
                p.displayName(), p.status, p.reason, p.registeredAt, p.registeredBy, p.reviewedAt, p.reviewedBy, p.finalScore, p.rank, p.version);
    }

    public static JudgeResponse toResponse(CompetitionJudge j) {
        return new JudgeResponse(j.id, j.name, ref(j.enterprise), j.affiliation, j.username, j.version);
    }

    public static AwardResponse toResponse(CompetitionAward a) {
        CompetitionParticipant p = a.participant;
        return new AwardResponse(a.id, p.id, p.displayName(), ref(p.worker), ref(p.enterprise), a.grade, a.grade.label(), a.rank, a.finalScore,
                a.technicalExpert, a.skillRaise, a.revoked, a.honour == null ? null : a.honour.id, a.skillRaisedFrom, a.skillRaisedTo);
    }

    public static ObjectionResponse toResponse(CompetitionObjection o) {
        return new ObjectionResponse(o.id, o.participant == null ? null : o.participant.id, o.participant == null ? null : o.participant.displayName(),
                o.raisedBy, o.content, o.status, o.resolution, o.resolvedBy, o.resolvedAt, o.recordedBy, o.createdAt, o.version);
    }

    public static ResultResponse toResponse(CompetitionResult r) {
        return new ResultResponse(r.id, r.participant.id, r.participant.displayName(), r.measure, r.value, r.unit, r.reportedOn, r.note);
    }
}
