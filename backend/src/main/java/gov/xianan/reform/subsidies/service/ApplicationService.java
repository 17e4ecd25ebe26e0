package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.subsidies.ApplicationEvent;
import gov.xianan.reform.subsidies.ApplicationEvent.Action;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.ApplicationTrainee;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.SubsidyFund;
import gov.xianan.reform.subsidies.SubsidyProgramme;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ApplicationRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ApplicationResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.AttachmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.EventResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyMapper;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Parts;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Subsidy applications as records: the list, one application, its timeline, entering and changing
 * a draft, and the application behind an evidence file. The steps of the workflow (submit, review,
 * return, approve, reject, disburse) are {@link ApplicationWorkflowService}'s. A change checks, in
 * this order: the record exists (404), it is in the caller's scope (403, logged), the version is
 * current (409), it is still a draft (409), and the trainees' rules (422, one payment per worker 409).
 */
@ApplicationScoped
public class ApplicationService {

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "createdAt", "createdAt", "updatedAt", "updatedAt",
            "amount", "amount", "trainingStart", "trainingStart", "state", "state");

    @Inject
    SubsidyScope scope;

    @Inject
    ApplicationSupport support;

    @Inject
    EntityManager em;

    /** The answer to a create: the application, and whether it was new (201) or an idempotent replay (200). */
    public record Created(ApplicationResponse application, boolean created) {
    }

    // ---- reading ---------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<ApplicationResponse> list(PageQuery page, String state, Long programmeId, Long enterpriseId, Integer year) {
        Violations v = new Violations();
        ApplicationState s = v.parseEnum(ApplicationState.class, "state", state);
        v.throwIfAny();
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        where.add("1 = 1");
        if (!scope.readsAll()) {
            String department = scope.department().orElse(null);
            if (!SubsidyFund.anyOf(department)) {
                throw scope.denied("subsidy_application", null, "list applications without a subsidy fund of the own department");
            }
            where.add("a.programme.fund.departmentCode = :department");
            params.put("department", department);
            if (scope.user().isServiceAccount()) {
                where.add("a.createdBy = :me");
                params.put("me", scope.username());
            }
        }
        if (s != null) {
            where.add("a.state = :state");
            params.put("state", s);
        }
        if (programmeId != null) {
            where.add("a.programme.id = :programme");
            params.put("programme", programmeId);
        }
        if (enterpriseId != null) {
            where.add("a.enterprise.id = :enterprise");
            params.put("enterprise", enterpriseId);
        }
        if (year != null) {
            where.add("a.programme.year = :year");
            params.put("year", year);
        }
        Sort sort = page.toSort(SORTABLE, Sort.descending("id"));
        PanacheQuery<SubsidyApplication> q = SubsidyApplication.find("from SubsidyApplication a where " + where, sort, params);
        long total = q.count();
        List<SubsidyApplication> rows = q.page(page.pageNumber(), page.pageSize()).list();
        List<Long> ids = rows.stream().map(a -> a.id).toList();
        Map<Long, List<AttachmentResponse>> attachments = support.attachments(ids);
        Map<Long, Parts> parts = support.parts(rows, attachments);
        List<ApplicationResponse> items = rows.stream()
                .map(a -> SubsidyMapper.toResponse(a, attachments.getOrDefault(a.id, List.of()), ApplicationSupport.duties(parts.get(a.id)))).toList();
        return new PageResponse<>(items, total, page.pageNumber(), page.pageSize());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationResponse get(long id) {
        SubsidyApplication a = support.load(id);
        scope.requireRead(a);
        return support.response(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventResponse> history(long id) {
        SubsidyApplication a = support.load(id);
        scope.requireRead(a);
        return ApplicationEvent.<ApplicationEvent>list("applicationId", Sort.ascending("occurredAt").and("id"), id).stream()
                .map(SubsidyMapper::toResponse).toList();
    }

    // ---- entering --------------------------------------------------------------------------

    /**
     * Enters a draft. With an Idempotency-Key, the same caller through the same client gets the
     * application the key first created (200), also when two identical POSTs race: the loser's
     * insert hits the unique index, its transaction rolls back, and it answers the winner's row.
     */
    public Created create(@Valid ApplicationRequest r, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > 100) {
            throw ProblemException.invalid("Idempotency-Key", "Idempotency-Key 不能超过 100 个字符");
        }
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(() -> createNow(r, null));
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> earlier(key).map(a -> replay(a, r)).orElseGet(() -> createNow(r, key)));
        } catch (KeyTaken e) {
            return QuarkusTransaction.requiringNew().call(() -> earlier(key).map(a -> replay(a, r))
                    .orElseThrow(() -> ProblemException.conflict("相同 Idempotency-Key 的请求正在处理,请稍后重试")));
        }
    }

    /** A concurrent POST with the same Idempotency-Key inserted first. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }

    private Optional<SubsidyApplication> earlier(String key) {
        Actor actor = Actor.current();
        return SubsidyApplication.<SubsidyApplication>find("coalesce(clientId, '') = ?1 and createdBy = ?2 and idempotencyKey = ?3",
                actor.clientId() == null ? "" : actor.clientId(), actor.username(), key).firstResultOptional();
    }

    /** The earlier answer, if the retry asks for the same thing; a key reused for another request is a client error. */
    private Created replay(SubsidyApplication a, ApplicationRequest r) {
        boolean same = a.programme.id.equals(r.programmeId()) && a.enterprise.id.equals(r.enterpriseId())
                && a.trainingStart.equals(r.trainingStart()) && a.trainingEnd.equals(r.trainingEnd())
                && new HashSet<>(a.trainees.stream().map(t -> t.worker.id).toList()).equals(new HashSet<>(r.trainees()));
        if (!same && a.state == ApplicationState.DRAFT && a.version == 0) {
            throw new ProblemException(409, "/problems/idempotency-key-reused",
                    "该 Idempotency-Key 已用于另一份内容不同的申请(申请 " + a.id + "),请为新申请使用新的键");
        }
        return new Created(support.response(a), false);
    }

    private Created createNow(ApplicationRequest r, String key) {
        Actor actor = Actor.current();
        Violations v = new Violations();
        SubsidyProgramme programme = SubsidyProgramme.findById(r.programmeId());
        if (programme == null) {
            v.add("programmeId", "补贴项目不存在: " + r.programmeId());
        }
        Enterprise enterprise = Enterprise.findById(r.enterpriseId());
        if (enterprise == null) {
            v.add("enterpriseId", "企业不存在: " + r.enterpriseId());
        }
        v.throwIfAny();
        if (!scope.owns(programme.fund)) {
            throw scope.denied("subsidy_programme", programme.id, "apply under a programme of department " + programme.fund.departmentCode);
        }
        SubsidyApplication a = new SubsidyApplication();
        a.programme = programme;
        a.enterprise = enterprise;
        a.state = ApplicationState.DRAFT;
        a.createdBy = actor.username();
        a.createdByName = actor.name();
        a.clientId = actor.clientId();
        a.serviceAccount = scope.user().isServiceAccount();
        a.idempotencyKey = key;
        apply(a, r);
        try {
            a.persistAndFlush();
        } catch (PersistenceException e) {
            if (ApplicationSupport.isConstraint(e, "subsidy_application_idempotency_idx")) {
                throw new KeyTaken();
            }
            throw e;
        }
        support.event(a, Action.CREATE, null, ApplicationState.DRAFT, null, null, a.amount);
        return new Created(support.response(a), true);
    }

    @Transactional
    public ApplicationResponse update(long id, @Valid ApplicationRequest r) {
        SubsidyApplication a = support.load(id);
        scope.requireManage(a);
        if (r.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        ApplicationStates.requireVersion(a.version, r.version());
        ApplicationStates.requireFrom(a.state, Action.UPDATE);
        if (!r.programmeId().equals(a.programme.id)) {
            SubsidyProgramme p = SubsidyProgramme.findById(r.programmeId());
            if (p == null) {
                throw ProblemException.invalid("programmeId", "补贴项目不存在: " + r.programmeId());
            }
            if (!scope.owns(p.fund)) {
                throw scope.denied("subsidy_programme", p.id, "apply under a programme of department " + p.fund.departmentCode);
            }
            a.programme = p;
        }
        if (!r.enterpriseId().equals(a.enterprise.id)) {
            Enterprise e = Enterprise.findById(r.enterpriseId());
            if (e == null) {
                throw ProblemException.invalid("enterpriseId", "企业不存在: " + r.enterpriseId());
            }
            a.enterprise = e;
        }
        apply(a, r);
        a.persistAndFlush();
        support.event(a, Action.UPDATE, ApplicationState.DRAFT, ApplicationState.DRAFT, null, null, a.amount);
        return support.response(a);
    }

    /** Checks the trainees, computes their amounts and replaces the application's trainee list in place. */
    private void apply(SubsidyApplication a, ApplicationRequest r) {
        Violations v = new Violations();
        if (r.trainingEnd().isBefore(r.trainingStart())) {
            v.add("trainingEnd", "培训结束日期不能早于开始日期");
        }
        List<Worker> workers = support.eligibleTrainees(a.programme, a.enterprise, r.trainees(), r.trainingStart(), r.trainingEnd(), v);
        v.throwIfAny();
        support.requireNoClaims(a, workers);
        a.trainingStart = r.trainingStart();
        a.trainingEnd = r.trainingEnd();
        a.notes = r.notes() == null || r.notes().isBlank() ? null : r.notes().strip();
        Map<Long, ApplicationTrainee> existing = new LinkedHashMap<>();
        a.trainees.forEach(t -> existing.put(t.worker.id, t));
        List<ApplicationTrainee> next = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Worker w : workers) {
            ApplicationTrainee t = existing.remove(w.id);
            if (t == null) {
                t = new ApplicationTrainee();
                t.application = a;
                t.worker = w;
            }
            t.skillLevel = w.skillLevel;
            t.migrant = w.agriculturalHukou;
            t.amount = AmountRule.amount(a.programme, w);
            total = total.add(t.amount);
            next.add(t);
        }
        a.trainees.removeIf(t -> existing.containsKey(t.worker.id));
        for (ApplicationTrainee t : next) {
            if (!a.trainees.contains(t)) {
                a.trainees.add(t);
            }
        }
        a.amount = total;
    }

    /**
     * For evidence uploads: the application, in the caller's scope, locked (SELECT … FOR UPDATE) so
     * that a submission cannot slip between the state check and the new file: the evidence is frozen
     * from submission. Runs inside the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubsidyApplication lockedForEvidence(long id) {
        SubsidyApplication a = support.load(id);
        scope.requireManage(a);
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubsidyApplication readable(long id) {
        SubsidyApplication a = support.load(id);
        scope.requireRead(a);
        return a;
    }

}
