package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import org.hibernate.exception.ConstraintViolationException;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Employment;
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
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.DisbursementRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.DutiesResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.EventResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.TransitionRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyMapper;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Parts;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Step;
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
 * Subsidy applications and their workflow. Every step checks, in this order: the record exists
 * (404), it is in the caller's scope (403, logged), the version is current (409), the step is
 * legal from the current state (409), and the step's own rules (separation of duties 403, fund
 * room 409, one payment per worker, programme kind and year 409). A refused step changes nothing.
 */
@ApplicationScoped
public class ApplicationService {

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "createdAt", "createdAt", "updatedAt", "updatedAt",
            "amount", "amount", "trainingStart", "trainingStart", "state", "state");

    /** Which states each step leaves from, and where it goes. */
    private static final Map<Action, Set<ApplicationState>> FROM = Map.of(
            Action.SUBMIT, Set.of(ApplicationState.DRAFT),
            Action.REVIEW, Set.of(ApplicationState.SUBMITTED),
            Action.RETURN, Set.of(ApplicationState.SUBMITTED, ApplicationState.REVIEWED),
            Action.APPROVE, Set.of(ApplicationState.REVIEWED),
            Action.REJECT, Set.of(ApplicationState.SUBMITTED, ApplicationState.REVIEWED),
            Action.DISBURSE, Set.of(ApplicationState.APPROVED),
            Action.UPDATE, Set.of(ApplicationState.DRAFT));

    private static final Map<Action, String> VERB = Map.of(Action.SUBMIT, "提交", Action.REVIEW, "审核", Action.RETURN, "退回",
            Action.APPROVE, "批准", Action.REJECT, "驳回", Action.DISBURSE, "登记发放", Action.UPDATE, "修改");

    @Inject
    SubsidyScope scope;

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
            if (department == null || SubsidyFund.count("departmentCode", department) == 0) {
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
        Map<Long, List<AttachmentResponse>> attachments = attachments(ids);
        Map<Long, Parts> parts = parts(rows, attachments);
        List<ApplicationResponse> items = rows.stream()
                .map(a -> SubsidyMapper.toResponse(a, attachments.getOrDefault(a.id, List.of()), duties(parts.get(a.id)))).toList();
        return new PageResponse<>(items, total, page.pageNumber(), page.pageSize());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ApplicationResponse get(long id) {
        SubsidyApplication a = load(id);
        scope.requireRead(a);
        return response(a);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EventResponse> history(long id) {
        SubsidyApplication a = load(id);
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
        return new Created(response(a), false);
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
            if (isConstraint(e, "subsidy_application_idempotency_idx")) {
                throw new KeyTaken();
            }
            throw e;
        }
        event(a, Action.CREATE, null, ApplicationState.DRAFT, null, null, a.amount);
        return new Created(response(a), true);
    }

    @Transactional
    public ApplicationResponse update(long id, @Valid ApplicationRequest r) {
        SubsidyApplication a = load(id);
        scope.requireManage(a);
        if (r.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        checkVersion(a, r.version());
        checkFrom(a, Action.UPDATE);
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
        event(a, Action.UPDATE, ApplicationState.DRAFT, ApplicationState.DRAFT, null, null, a.amount);
        return response(a);
    }

    /** Checks the trainees, computes their amounts and replaces the application's trainee list in place. */
    private void apply(SubsidyApplication a, ApplicationRequest r) {
        Violations v = new Violations();
        if (r.trainingEnd().isBefore(r.trainingStart())) {
            v.add("trainingEnd", "培训结束日期不能早于开始日期");
        }
        List<Worker> workers = eligibleTrainees(a.programme, a.enterprise, r.trainees(), r.trainingStart(), r.trainingEnd(), v);
        v.throwIfAny();
        requireNoClaims(a, workers);
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
     * Each trainee must be a registered worker employed by the applying enterprise for the whole
     * training period; the reasons are field errors {@code trainees[i]}.
     */
    List<Worker> eligibleTrainees(SubsidyProgramme p, Enterprise enterprise, List<Long> ids, LocalDate start, LocalDate end, Violations v) {
        List<Worker> workers = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String field = "trainees[" + i + "]";
            if (!seen.add(id)) {
                v.add(field, "学员重复: 工人 " + id + " 已在名单中");
                continue;
            }
            Worker w = Worker.findById(id);
            if (w == null) {
                v.add(field, "工人不存在: " + id + "(学员须为工人名册中的登记工人)");
                continue;
            }
            if (end.isBefore(start)) {
                workers.add(w);
                continue;
            }
            long employed = Employment.count("worker.id = ?1 and enterprise.id = ?2 and startDate <= ?3 and (endDate is null or endDate >= ?4)",
                    w.id, enterprise.id, start, end);
            if (employed == 0) {
                v.add(field, w.name + "(工人 " + w.id + ")在培训期间 " + start + " 至 " + end + " 不是" + enterprise.name + "的在职职工");
                continue;
            }
            workers.add(w);
        }
        return workers;
    }

    /** A worker already committed or paid under the same programme kind and year clashes, whatever the enterprise. */
    private void requireNoClaims(SubsidyApplication a, List<Worker> workers) {
        if (workers.isEmpty()) {
            return;
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < workers.size(); i++) {
            index.put(workers.get(i).id, i);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> clashes = em.createNativeQuery("select c.worker_id, c.application_id, w.name from subsidy_claim c join worker w on w.id = c.worker_id "
                + "where c.worker_id in (:workers) and c.programme_kind = :kind and c.programme_year = :year "
                + "and c.status in ('COMMITTED', 'PAID') and (cast(:me as bigint) is null or c.application_id <> cast(:me as bigint)) order by c.worker_id")
                .setParameter("workers", index.keySet())
                .setParameter("kind", a.programme.kind.name())
                .setParameter("year", a.programme.year)
                .setParameter("me", a.id)
                .getResultList();
        if (clashes.isEmpty()) {
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        StringJoiner detail = new StringJoiner("; ");
        for (Object[] c : clashes) {
            long worker = ((Number) c[0]).longValue();
            long application = ((Number) c[1]).longValue();
            String text = c[2] + "(工人 " + worker + ")" + a.programme.year + "年已在申请 " + application + " 中享受" + a.programme.kind.label()
                    + "补贴,同一项目类别每年只能享受一次";
            errors.add(new Problem.FieldError("trainees[" + index.getOrDefault(worker, 0) + "]", text));
            detail.add(text);
        }
        throw new ProblemException(409, "/problems/duplicate-claim", detail.toString(), errors);
    }

    // ---- workflow --------------------------------------------------------------------------

    @Transactional
    public ApplicationResponse submit(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.SUBMIT, r.version());
        SubsidyApplication a = l.application();
        // the registry may have changed since the draft: check again
        Violations v = new Violations();
        List<Worker> workers = eligibleTrainees(a.programme, a.enterprise, a.trainees.stream().map(t -> t.worker.id).toList(),
                a.trainingStart, a.trainingEnd, v);
        if (!v.isEmpty()) {
            throw new ProblemException(409, "/problems/ineligible-trainees", "部分学员已不符合条件,请修改后再提交", v.errors());
        }
        requireNoClaims(a, workers);
        return move(l, Action.SUBMIT, ApplicationState.SUBMITTED, null, null, null);
    }

    @Transactional
    public ApplicationResponse review(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.REVIEW, r.version());
        SubsidyApplication a = l.application();
        a.reviewedBy = scope.username();
        a.reviewedByName = gov.xianan.reform.common.audit.Actor.current().name();
        return move(l, Action.REVIEW, ApplicationState.REVIEWED, r.reason(), null, null);
    }

    @Transactional
    public ApplicationResponse sendBack(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.RETURN, r.version());
        SubsidyApplication a = l.application();
        requireReason(r);
        a.reviewedBy = null;
        a.reviewedByName = null;
        return move(l, Action.RETURN, ApplicationState.DRAFT, r.reason(), null, null);
    }

    @Transactional
    public ApplicationResponse reject(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.REJECT, r.version());
        SubsidyApplication a = l.application();
        requireReason(r);
        return move(l, Action.REJECT, ApplicationState.REJECTED, r.reason(), null, null);
    }

    /**
     * Commits the amount against the fund under a row lock on the fund: concurrent approvals on one
     * fund queue up, each sees the figures the previous one left, and the CHECK on the table is the
     * last word. The claims make a second payment of a worker for the same kind and year impossible.
     */
    @Transactional
    public ApplicationResponse approve(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.APPROVE, r.version());
        SubsidyApplication a = l.application();
        requireNoClaims(a, a.trainees.stream().map(t -> t.worker).toList());
        SubsidyFund fund = lockedFund(a);
        if (fund.remaining().compareTo(a.amount) < 0) {
            throw new ProblemException(409, "/problems/fund-exhausted", "资金“" + fund.name + "”余额不足:可用 " + fund.remaining().toPlainString()
                    + " 元,本申请需 " + a.amount.toPlainString() + " 元");
        }
        fund.committed = fund.committed.add(a.amount);
        a.committedAmount = a.amount;
        for (ApplicationTrainee t : a.trainees) {
            try {
                em.createNativeQuery("insert into subsidy_claim (worker_id, programme_kind, programme_year, application_id, status) "
                        + "values (:worker, :kind, :year, :application, 'COMMITTED')")
                        .setParameter("worker", t.worker.id).setParameter("kind", a.programme.kind.name())
                        .setParameter("year", a.programme.year).setParameter("application", a.id)
                        .executeUpdate();
            } catch (PersistenceException e) {
                if (isConstraint(e, "subsidy_claim_once_idx")) {
                    throw new ProblemException(409, "/problems/duplicate-claim", t.worker.name + "(工人 " + t.worker.id + ")" + a.programme.year
                            + "年已享受" + a.programme.kind.label() + "补贴,同一项目类别每年只能享受一次",
                            List.of(new Problem.FieldError("trainees[" + a.trainees.indexOf(t) + "]", "已在其他申请中享受同类补贴")));
                }
                throw e;
            }
        }
        return move(l, Action.APPROVE, ApplicationState.APPROVED, r.reason(), null, a.amount);
    }

    /** Moves the committed amount to disbursed; whatever is not paid is released back to the fund. */
    @Transactional
    public ApplicationResponse disburse(long id, @Valid DisbursementRequest r) {
        Loaded l = step(id, Action.DISBURSE, r.version());
        SubsidyApplication a = l.application();
        Violations v = new Violations();
        if (r.amount().compareTo(a.committedAmount) > 0) {
            v.add("amount", "发放金额不能超过已批准金额 " + a.committedAmount.toPlainString() + " 元");
        }
        if (r.disbursedOn().isAfter(LocalDate.now(ClockProducer.ZONE))) {
            v.add("disbursedOn", "发放日期不能晚于今天");
        }
        if (r.disbursedOn().isBefore(a.trainingStart)) {
            v.add("disbursedOn", "发放日期不能早于培训开始日期 " + a.trainingStart);
        }
        v.throwIfAny();
        SubsidyFund fund = lockedFund(a);
        BigDecimal paid = r.amount().setScale(2);
        fund.committed = fund.committed.subtract(a.committedAmount);
        fund.disbursed = fund.disbursed.add(paid);
        a.disbursedAmount = paid;
        a.voucherNo = r.voucherNo().strip();
        a.disbursedOn = r.disbursedOn();
        em.createNativeQuery("update subsidy_claim set status = 'PAID' where application_id = :application and status = 'COMMITTED'")
                .setParameter("application", a.id).executeUpdate();
        return move(l, Action.DISBURSE, ApplicationState.DISBURSED, null, a.voucherNo, paid);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The application's fund, re-read under a row lock (SELECT … FOR UPDATE): the figures are then current and stay so until commit. */
    private SubsidyFund lockedFund(SubsidyApplication a) {
        SubsidyFund fund = (SubsidyFund) org.hibernate.Hibernate.unproxy(a.programme.fund);
        em.refresh(fund, LockModeType.PESSIMISTIC_WRITE);
        return fund;
    }

    private SubsidyApplication load(long id) {
        return SubsidyApplication.<SubsidyApplication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("补贴申请不存在: " + id));
    }

    /** An application loaded for a step, with its evidence and who had a hand in it (read once, before any lock). */
    private record Loaded(SubsidyApplication application, List<AttachmentResponse> attachments, Parts parts) {
    }

    private static final Map<Action, Step> DUTY = Map.of(Action.SUBMIT, Step.SUBMIT, Action.REVIEW, Step.REVIEW, Action.RETURN, Step.RETURN,
            Action.APPROVE, Step.APPROVE, Action.REJECT, Step.REJECT, Action.DISBURSE, Step.DISBURSE);

    /** Scope, version, the legality of the step and separation of duties, in that order. */
    private Loaded step(long id, Action action, Long version) {
        SubsidyApplication a = load(id);
        scope.requireManage(a);
        checkVersion(a, version);
        checkFrom(a, action);
        Map<Long, List<AttachmentResponse>> attachments = attachments(List.of(a.id));
        Parts parts = parts(List.of(a), attachments).get(a.id);
        requireDuty(a, DUTY.get(action), parts);
        return new Loaded(a, attachments.getOrDefault(a.id, List.of()), parts);
    }

    private static void checkVersion(SubsidyApplication a, Long version) {
        if (version == null || version != a.version) {
            throw ProblemException.staleVersion("该申请已被修改(当前版本 " + a.version + "),请刷新后重试");
        }
    }

    private static void checkFrom(SubsidyApplication a, Action action) {
        if (!FROM.get(action).contains(a.state)) {
            throw new ProblemException(409, "/problems/illegal-transition", "申请当前状态为“" + a.state.label() + "”,不能" + VERB.get(action)
                    + "(可" + VERB.get(action) + "的状态: " + FROM.get(action).stream().map(ApplicationState::label).sorted()
                            .collect(Collectors.joining("、")) + ")");
        }
    }

    private static void requireReason(TransitionRequest r) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.invalid("reason", "退回或驳回必须填写理由");
        }
    }

    /**
     * Separation of duties ({@link SeparationOfDuties}): who entered, submitted or reviewed the
     * application in any round, read from its timeline and evidence. A refusal is logged (DUTY_DENIED)
     * and answers 403 {@code /problems/separation-of-duties}.
     */
    private void requireDuty(SubsidyApplication a, Step step, Parts parts) {
        Optional<String> refusal = SeparationOfDuties.refusal(step, scope.caller(), parts);
        if (refusal.isPresent()) {
            throw scope.dutyDenied("subsidy_application", a.id, step, refusal.get());
        }
    }

    /**
     * Who had a hand in each application: the creator, whoever changed the draft or attached
     * evidence (entered), whoever submitted, whoever reviewed; over every round, from the timeline.
     */
    private Map<Long, Parts> parts(List<SubsidyApplication> apps, Map<Long, List<AttachmentResponse>> attachments) {
        Map<Long, Set<String>> entered = new HashMap<>();
        Map<Long, Set<String>> submitted = new HashMap<>();
        Map<Long, Set<String>> reviewed = new HashMap<>();
        for (SubsidyApplication a : apps) {
            entered.computeIfAbsent(a.id, k -> new LinkedHashSet<>()).add(a.createdBy);
        }
        if (!apps.isEmpty()) {
            List<Object[]> rows = em.createQuery("select e.applicationId, e.action, e.actor from ApplicationEvent e "
                    + "where e.applicationId in :ids and e.action in :actions order by e.occurredAt, e.id", Object[].class)
                    .setParameter("ids", apps.stream().map(a -> a.id).toList())
                    .setParameter("actions", List.of(Action.CREATE, Action.UPDATE, Action.SUBMIT, Action.REVIEW))
                    .getResultList();
            for (Object[] r : rows) {
                Map<Long, Set<String>> into = switch ((Action) r[1]) {
                    case SUBMIT -> submitted;
                    case REVIEW -> reviewed;
                    default -> entered;
                };
                into.computeIfAbsent((Long) r[0], k -> new LinkedHashSet<>()).add((String) r[2]);
            }
        }
        attachments.forEach((id, files) -> files.forEach(f -> entered.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(f.uploadedBy())));
        Map<Long, Parts> parts = new HashMap<>();
        for (SubsidyApplication a : apps) {
            parts.put(a.id, new Parts(entered.getOrDefault(a.id, Set.of()), submitted.getOrDefault(a.id, Set.of()),
                    reviewed.getOrDefault(a.id, Set.of())));
        }
        return parts;
    }

    private static DutiesResponse duties(Parts p) {
        Parts parts = p == null ? Parts.NONE : p;
        return new DutiesResponse(List.copyOf(parts.enteredBy()), List.copyOf(parts.submittedBy()), List.copyOf(parts.reviewedBy()));
    }

    /** Takes the step and answers the application; no further reads, since approvals wait on the fund's lock meanwhile. */
    private ApplicationResponse move(Loaded l, Action action, ApplicationState to, String reason, String voucher, BigDecimal amount) {
        SubsidyApplication a = l.application();
        ApplicationState from = a.state;
        a.state = to;
        a.persistAndFlush();
        event(a, action, from, to, reason, voucher, amount);
        Parts p = l.parts();
        String me = scope.username();
        Parts now = switch (action) {
            case SUBMIT -> new Parts(p.enteredBy(), plus(p.submittedBy(), me), p.reviewedBy());
            case REVIEW -> new Parts(p.enteredBy(), p.submittedBy(), plus(p.reviewedBy(), me));
            default -> p;
        };
        return SubsidyMapper.toResponse(a, l.attachments(), duties(now));
    }

    private static Set<String> plus(Set<String> names, String name) {
        Set<String> more = new LinkedHashSet<>(names);
        more.add(name);
        return more;
    }

    private void event(SubsidyApplication a, Action action, ApplicationState from, ApplicationState to, String reason, String voucher,
            BigDecimal amount) {
        Actor actor = Actor.current();
        ApplicationEvent e = new ApplicationEvent();
        e.applicationId = a.id;
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.actor = actor.username();
        e.actorName = actor.name();
        e.department = actor.department();
        e.clientId = actor.clientId();
        e.occurredAt = Instant.now();
        e.reason = reason == null || reason.isBlank() ? null : reason.strip();
        e.voucherNo = voucher;
        e.amount = amount;
        e.persist();
    }

    private ApplicationResponse response(SubsidyApplication a) {
        Map<Long, List<AttachmentResponse>> attachments = attachments(List.of(a.id));
        return SubsidyMapper.toResponse(a, attachments.getOrDefault(a.id, List.of()), duties(parts(List.of(a), attachments).get(a.id)));
    }

    private Map<Long, List<AttachmentResponse>> attachments(List<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select t.applicationId, t.id, t.fileName, t.contentType, t.sizeBytes, t.uploadedBy, t.uploadedAt "
                + "from SubsidyAttachment t where t.applicationId in :ids order by t.id", Object[].class)
                .setParameter("ids", applicationIds).getResultList();
        Map<Long, List<AttachmentResponse>> byApp = new HashMap<>();
        for (Object[] r : rows) {
            byApp.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new AttachmentResponse((Long) r[1], (String) r[2], (String) r[3],
                    (Long) r[4], (String) r[5], (Instant) r[6]));
        }
        return byApp;
    }

    static boolean isConstraint(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && name.equals(cve.getConstraintName())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(name)) {
                return true;
            }
        }
        return false;
    }


    /**
     * For evidence uploads: the application, in the caller's scope, locked (SELECT … FOR UPDATE) so
     * that a submission cannot slip between the state check and the new file: the evidence is frozen
     * from submission. Runs inside the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SubsidyApplication lockedForEvidence(long id) {
        SubsidyApplication a = load(id);
        scope.requireManage(a);
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubsidyApplication readable(long id) {
        SubsidyApplication a = load(id);
        scope.requireRead(a);
        return a;
    }

}
