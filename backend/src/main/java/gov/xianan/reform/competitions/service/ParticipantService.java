package gov.xianan.reform.competitions.service;

import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionField;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.competitions.CompetitionResult;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.competitions.ParticipantStatus;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.BatchRegistrationRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.BatchRegistrationResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ParticipantRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ParticipantResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.RegistrationResult;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ResultRequest;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ResultResponse;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.ReviewRequest;
import gov.xianan.reform.competitions.mapping.CompetitionMapper;
import gov.xianan.reform.registry.Employment;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.EnterpriseSize;
import gov.xianan.reform.registry.Ownership;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.mapping.RegistryLabels;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Registration with eligibility checked against the registry, the organiser's review, and the
 * results enterprises report in labour competitions. Every refusal carries a reason a user can read.
 */
@ApplicationScoped
public class ParticipantService {

    @Inject
    CompetitionScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ParticipantResponse> list(long competitionId, String status) {
        Competition c = scope.readable(competitionId);
        List<CompetitionParticipant> rows = CompetitionParticipant.list("competition.id", Sort.ascending("registeredAt", "id"), c.id);
        boolean insider = scope.organises(c) || scope.readsAll() || scope.ownDepartment(c) || scope.judges(c);
        return rows.stream()
                // outsiders reading a published result see who took part, not the refused registrations
                .filter(p -> insider || p.status == ParticipantStatus.ACCEPTED)
                .filter(p -> status == null || status.isBlank() || p.status.name().equals(status.strip()))
                .map(CompetitionMapper::toResponse).toList();
    }

    /** Registers one worker or enterprise; an ineligible one is a 409 whose detail gives the reasons, and nothing is stored. */
    @Transactional
    public ParticipantResponse register(long competitionId, @Valid ParticipantRequest r) {
        Competition c = openForRegistration(competitionId);
        List<String> reasons = new ArrayList<>();
        CompetitionParticipant p;
        if (c.forEnterprises()) {
            if (r.enterpriseId() == null || r.workerId() != null) {
                throw ProblemException.invalid("enterpriseId", "劳动竞赛以企业为单位报名:请填写 enterpriseId");
            }
            p = checkEnterprise(c, r.enterpriseId(), reasons, 0);
        } else {
            if (r.workerId() == null) {
                throw ProblemException.invalid("workerId", "技能竞赛和岗位练兵以工人为单位报名:请填写 workerId");
            }
            p = checkWorker(c, r.workerId(), null, reasons, 0);
        }
        if (!reasons.isEmpty()) {
            throw new ProblemException(409, "/problems/ineligible", "不符合报名条件:" + String.join(";", reasons),
                    reasons.stream().map(m -> new Problem.FieldError(c.forEnterprises() ? "enterpriseId" : "workerId", m)).toList());
        }
        if (r.teamName() != null && !r.teamName().isBlank()) {
            p.teamName = r.teamName().strip();
        }
        p.persistAndFlush();
        return CompetitionMapper.toResponse(p);
    }

    /**
     * Registers a list of workers (from one enterprise, when given): each is checked on its own, the eligible
     * ones stored — or, on a dry run, only checked (so a screen can show each worker's eligibility first).
     */
    @Transactional
    public BatchRegistrationResponse registerAll(long competitionId, @Valid BatchRegistrationRequest r, boolean dryRun) {
        Competition c = openForRegistration(competitionId);
        if (c.forEnterprises()) {
            throw ProblemException.invalid("workerIds", "劳动竞赛以企业为单位报名,不能按名单报名工人");
        }
        Enterprise from = null;
        if (r.enterpriseId() != null && (from = Enterprise.findById(r.enterpriseId())) == null) {
            throw ProblemException.invalid("enterpriseId", "企业不存在: " + r.enterpriseId());
        }
        List<RegistrationResult> results = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int added = 0;
        for (Long workerId : r.workerIds()) {
            List<String> reasons = new ArrayList<>();
            if (!seen.add(workerId)) {
                reasons.add("名单中重复");
                results.add(new RegistrationResult(workerId, null, false, null, reasons));
                continue;
            }
            CompetitionParticipant p = checkWorker(c, workerId, from, reasons, added);
            Worker w = Worker.findById(workerId);
            if (reasons.isEmpty()) {
                if (!dryRun) {
                    p.persist();
                }
                added++;
                results.add(new RegistrationResult(workerId, w.name, true, dryRun ? null : p.id, List.of()));
            } else {
                results.add(new RegistrationResult(workerId, w == null ? null : w.name, false, null, reasons));
            }
        }
        return new BatchRegistrationResponse(added, results.size() - added, results);
    }

    @Transactional
    public ParticipantResponse review(long competitionId, long participantId, @Valid ReviewRequest r) {
        Competition c = scope.managed(competitionId);
        if (c.stage.atLeast(CompetitionStage.SCORING)) {
            throw ProblemException.conflict("评分已开始,不能再审核报名");
        }
        CompetitionParticipant p = participant(c, participantId);
        gov.xianan.reform.common.api.Versions.require(r.version(), p.version, "该报名已被他人修改");
        if (r.decision() == ParticipantStatus.PENDING) {
            throw ProblemException.invalid("decision", "审核结果只能是 ACCEPTED(通过)或 REFUSED(不通过)");
        }
        if (r.decision() == ParticipantStatus.REFUSED && (r.reason() == null || r.reason().isBlank())) {
            throw ProblemException.invalid("reason", "不通过时必须填写原因");
        }
        p.status = r.decision();
        p.reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        p.reviewedAt = Instant.now();
        p.reviewedBy = scope.username();
        p.persistAndFlush();
        return CompetitionMapper.toResponse(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResultResponse> results(long competitionId) {
        Competition c = scope.readable(competitionId);
        return CompetitionResult.<CompetitionResult>list("competition.id", Sort.ascending("participant.id", "id"), c.id).stream()
                .map(CompetitionMapper::toResponse).toList();
    }

    @Transactional
    public ResultResponse report(long competitionId, @Valid ResultRequest r) {
        Competition c = scope.managed(competitionId);
        if (!c.forEnterprises()) {
            throw ProblemException.conflict("只有劳动竞赛登记企业成果");
        }
        if (c.stage.atLeast(CompetitionStage.PUBLICATION)) {
            throw ProblemException.conflict("竞赛已进入「" + c.stage.label() + "」阶段,不能再登记成果");
        }
        CompetitionParticipant p = CompetitionParticipant.findById(r.participantId());
        if (p == null || !p.competition.id.equals(c.id)) {
            throw ProblemException.invalid("participantId", "该企业未参加本竞赛: " + r.participantId());
        }
        if (p.status == ParticipantStatus.REFUSED) {
            throw ProblemException.conflict("该企业的报名未通过审核,不能登记成果");
        }
        CompetitionResult x = new CompetitionResult();
        x.competition = c;
        x.participant = p;
        x.measure = r.measure().strip();
        x.value = r.value();
        x.unit = r.unit().strip();
        x.reportedOn = r.reportedOn();
        x.note = r.note();
        x.demo = c.demo;
        x.persistAndFlush();
        return CompetitionMapper.toResponse(x);
    }

    static CompetitionParticipant participant(Competition c, long participantId) {
        CompetitionParticipant p = CompetitionParticipant.findById(participantId);
        if (p == null || !p.competition.id.equals(c.id)) {
            throw ProblemException.notFound("本竞赛没有该参赛者: " + participantId);
        }
        return p;
    }

    private Competition openForRegistration(long competitionId) {
        // locked: two registrations at once cannot both take the last place
        Competition c = scope.managed(competitionId, true);
        if (c.stage != CompetitionStage.REGISTRATION) {
            throw ProblemException.conflict("报名已截止:竞赛处于「" + c.stage.label() + "」阶段");
        }
        return c;
    }

    /**
     * The eligibility rules for a worker, in the order a user checks them: in the registry, employed
     * by an enterprise of the district (and by the listing enterprise, for lists), skill level and age
     * on the start date within range, not registered already, places left.
     */
    CompetitionParticipant checkWorker(Competition c, long workerId, Enterprise listedBy, List<String> reasons, int addedInThisRequest) {
        Worker w = Worker.findById(workerId);
        if (w == null) {
            reasons.add("工人未在名册中登记(编号 " + workerId + ")");
            return null;
        }
        Employment job = Employment.openOf(w).orElse(null);
        if (w.enterprise == null || job == null) {
            reasons.add(w.name + " 目前未在区内企业就业");
        } else if (listedBy != null && !listedBy.id.equals(w.enterprise.id)) {
            reasons.add(w.name + " 不在" + listedBy.name + "就业(现单位 " + w.enterprise.name + ")");
        }
        if (c.minSkillLevel != null && w.skillLevel.compareTo(c.minSkillLevel) < 0) {
            reasons.add("技能等级为" + RegistryLabels.SKILL.get(w.skillLevel) + ",低于本赛要求的最低等级" + RegistryLabels.SKILL.get(c.minSkillLevel));
        }
        if (c.maxSkillLevel != null && w.skillLevel.compareTo(c.maxSkillLevel) > 0) {
            reasons.add("技能等级为" + RegistryLabels.SKILL.get(w.skillLevel) + ",高于本赛允许的最高等级" + RegistryLabels.SKILL.get(c.maxSkillLevel));
        }
        // the refusal names the rule, never the worker's age: an age (with the masked ID number) gives the birth date away
        int age = Period.between(w.birthDate, c.startDate).getYears();
        if ((c.minAge != null && age < c.minAge) || (c.maxAge != null && age > c.maxAge)) {
            reasons.add(w.name + " 不符合本赛年龄要求(" + ageRule(c) + ")");
        }
        if (CompetitionParticipant.count("competition.id = ?1 and worker.id = ?2", c.id, w.id) > 0) {
            reasons.add(w.name + " 已报名本竞赛");
        }
        placesLeft(c, addedInThisRequest, reasons);
        CompetitionParticipant p = new CompetitionParticipant();
        p.competition = c;
        p.worker = w;
        p.enterprise = w.enterprise;
        return fill(c, p);
    }

    /** The age rule as users read it: 比赛开始日年满 18–45 岁, 年满 18 岁, 不超过 45 岁. */
    static String ageRule(Competition c) {
        if (c.minAge != null && c.maxAge != null) {
            return "比赛开始日年龄 " + c.minAge + "–" + c.maxAge + " 岁";
        }
        return c.minAge != null ? "比赛开始日年满 " + c.minAge + " 岁" : "比赛开始日不超过 " + c.maxAge + " 岁";
    }

    CompetitionParticipant checkEnterprise(Competition c, long enterpriseId, List<String> reasons, int addedInThisRequest) {
        Enterprise e = Enterprise.findById(enterpriseId);
        if (e == null) {
            reasons.add("企业未在名册中登记(编号 " + enterpriseId + ")");
            return null;
        }
        if (c.field == CompetitionField.NON_PUBLIC && e.ownership != Ownership.NON_PUBLIC) {
            reasons.add(e.name + " 不是非公企业,本竞赛面向非公企业");
        }
        if (c.field == CompetitionField.SMALL_MICRO && e.size != EnterpriseSize.SMALL && e.size != EnterpriseSize.MICRO) {
            reasons.add(e.name + " 不是小微企业,本竞赛面向小微企业");
        }
        if (CompetitionParticipant.count("competition.id = ?1 and enterprise.id = ?2 and worker is null", c.id, e.id) > 0) {
            reasons.add(e.name + " 已报名本竞赛");
        }
        placesLeft(c, addedInThisRequest, reasons);
        CompetitionParticipant p = new CompetitionParticipant();
        p.competition = c;
        p.enterprise = e;
        return fill(c, p);
    }

    private void placesLeft(Competition c, int addedInThisRequest, List<String> reasons) {
        long taken = CompetitionParticipant.registered(c) + addedInThisRequest;
        if (taken >= c.places) {
            reasons.add("名额已满(共 " + c.places + " 个)");
        }
    }

    private CompetitionParticipant fill(Competition c, CompetitionParticipant p) {
        p.status = ParticipantStatus.PENDING;
        p.registeredAt = Instant.now();
        p.registeredBy = scope.username();
        p.demo = c.demo;
        return p;
    }
}
