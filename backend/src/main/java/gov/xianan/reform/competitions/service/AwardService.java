package gov.xianan.reform.competitions.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionAward;
import gov.xianan.reform.competitions.CompetitionObjection;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.competitions.ObjectionStatus;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.AwardResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ObjectionRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ObjectionResolution;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ObjectionResponse;
import gov.xianan.reform.competitions.mapping.CompetitionMapper;
import gov.xianan.reform.registry.Honour;
import gov.xianan.reform.registry.HonourCategory;
import gov.xianan.reform.registry.HonourKind;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.Worker;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Awards, the objections of the publication period, and the write of the awards into the registry
 * at closing: an honour per award (source {@code competition:<id>:<workerId>}, unique) and, where the
 * contest grants it, the worker's skill level one step up. Both are Envers revisions of the registry's
 * own entities, so the worker's record shows them.
 */
@ApplicationScoped
public class AwardService {

    @Inject
    CompetitionScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AwardResponse> awards(long competitionId) {
        Competition c = scope.readable(competitionId);
        return CompetitionAward.<CompetitionAward>list("competition.id", Sort.ascending("rank", "id"), c.id).stream()
                .map(CompetitionMapper::toResponse).toList();
    }

    /** Writes what is not written yet; running it again (or closing twice) writes nothing more. */
    public void writeToRegistry(Competition c, LocalDate on) {
        for (CompetitionAward a : CompetitionAward.<CompetitionAward>list("competition.id", Sort.ascending("rank", "id"), c.id)) {
            if (a.revoked) {
                continue;
            }
            CompetitionParticipant p = a.participant;
            if (a.honour == null) {
                String source = p.worker != null ? "competition:" + c.id + ":" + p.worker.id : "competition:" + c.id + ":e" + p.enterprise.id;
                Honour h = Honour.<Honour>find("source", source).firstResult();
                if (h == null) {
                    h = new Honour();
                    h.kind = p.worker != null ? HonourKind.INDIVIDUAL : HonourKind.COLLECTIVE;
                    h.category = a.technicalExpert ? HonourCategory.TECHNICAL_EXPERT : HonourCategory.OTHER;
                    String title = a.technicalExpert ? "技术能手(" + c.name + a.grade.label() + ")" : c.name + a.grade.label();
                    h.title = title.length() > 100 ? title.substring(0, 100) : title;
                    h.level = c.level;
                    h.year = c.year;
                    h.awardedOn = on.getYear() == c.year ? on : null;
                    h.issuer = c.department.name;
                    h.worker = p.worker;
                    h.enterprise = p.worker == null ? p.enterprise : null;
                    if (p.worker == null) {
                        String team = p.teamName != null ? p.teamName : c.name + "参赛队";
                        h.teamName = team.length() > 100 ? team.substring(0, 100) : team;
                    }
                    h.source = source;
                    h.demo = c.demo;
                    h.persist();
                }
                a.honour = h;
            }
            if (a.skillRaise && a.skillRaisedTo == null && p.worker != null) {
                Worker w = p.worker;
                SkillLevel from = w.skillLevel;
                SkillLevel to = from.ordinal() + 1 < SkillLevel.values().length ? SkillLevel.values()[from.ordinal() + 1] : from;
                w.skillLevel = to;
                a.skillRaisedFrom = from;
                a.skillRaisedTo = to; // equal when already at the top of the scale: nothing to raise
            }
        }
    }

    /** Re-runs the registry write of a closed competition (after a fix, say); idempotent. */
    @Transactional
    public List<AwardResponse> rewrite(long competitionId) {
        Competition c = scope.managed(competitionId);
        if (c.stage != CompetitionStage.CLOSED) {
            throw ProblemException.conflict("只有已结束的竞赛才写入名册,竞赛处于「" + c.stage.label() + "」阶段");
        }
        writeToRegistry(c, c.closedOn);
        CompetitionAward.getEntityManager().flush();
        return awards(competitionId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ObjectionResponse> objections(long competitionId) {
        Competition c = scope.readable(competitionId);
        return CompetitionObjection.<CompetitionObjection>list("competition.id", Sort.ascending("id"), c.id).stream()
                .map(CompetitionMapper::toResponse).toList();
    }

    /** Records an objection; only while the publication period runs. */
    @Transactional
    public ObjectionResponse object(long competitionId, @Valid ObjectionRequest r) {
        Competition c = scope.readable(competitionId);
        if (c.stage != CompetitionStage.PUBLICATION) {
            throw ProblemException.conflict("只能在公示期间登记异议,竞赛处于「" + c.stage.label() + "」阶段");
        }
        if (!LocalDate.now(ClockProducer.ZONE).isBefore(c.publicationEndsOn())) {
            throw ProblemException.conflict("公示期已于 " + c.publicationEndsOn().minusDays(1) + " 结束,不能再登记异议");
        }
        CompetitionObjection o = new CompetitionObjection();
        o.competition = c;
        if (r.participantId() != null) {
            CompetitionParticipant p = CompetitionParticipant.findById(r.participantId());
            if (p == null || !p.competition.id.equals(c.id)) {
                throw ProblemException.invalid("participantId", "本竞赛没有该参赛者: " + r.participantId());
            }
            o.participant = p;
        }
        o.raisedBy = r.raisedBy().strip();
        o.content = r.content().strip();
        o.status = ObjectionStatus.OPEN;
        o.recordedBy = scope.username();
        o.demo = c.demo;
        o.persistAndFlush();
        return CompetitionMapper.toResponse(o);
    }

    /** The organiser's decision; an upheld objection about a participant withdraws their award. */
    @Transactional
    public ObjectionResponse resolve(long competitionId, long objectionId, @Valid ObjectionResolution r) {
        Competition c = scope.managed(competitionId);
        CompetitionObjection o = CompetitionObjection.findById(objectionId);
        if (o == null || !o.competition.id.equals(c.id)) {
            throw ProblemException.notFound("本竞赛没有该异议: " + objectionId);
        }
        gov.xianan.reform.common.api.Versions.require(r.version(), o.version, "该异议已被他人处理");
        if (o.status != ObjectionStatus.OPEN) {
            throw ProblemException.conflict("该异议已处理");
        }
        if (c.stage != CompetitionStage.PUBLICATION) {
            throw ProblemException.conflict("只能在公示阶段处理异议");
        }
        o.status = r.upheld() ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED;
        o.resolution = r.resolution().strip();
        o.resolvedBy = scope.username();
        o.resolvedAt = Instant.now();
        if (r.upheld() && o.participant != null) {
            CompetitionAward.<CompetitionAward>find("participant.id", o.participant.id).firstResultOptional().ifPresent(a -> a.revoked = true);
        }
        o.persistAndFlush();
        return CompetitionMapper.toResponse(o);
    }
}
