package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.subsidies.ApplicationEvent.Action;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.ApplicationTrainee;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.SubsidyFund;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ApplicationResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.AttachmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.DisbursementRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.TransitionRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyMapper;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Parts;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Step;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * The workflow of a subsidy application: submit, review, return, approve, reject, disburse. Every
 * step checks, in this order: the record exists (404), it is in the caller's scope (403, logged),
 * the version is current (409), the step is legal from the current state ({@link ApplicationStates},
 * 409), and the step's own rules (separation of duties 403, fund room 409, one payment per worker,
 * programme kind and year 409). A refused step changes nothing.
 */
@ApplicationScoped
public class ApplicationWorkflowService {

    @Inject
    SubsidyScope scope;

    @Inject
    ApplicationSupport support;

    @Inject
    EntityManager em;

    @Transactional
    public ApplicationResponse submit(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.SUBMIT, r.version());
        SubsidyApplication a = l.application();
        // the registry may have changed since the draft: check again
        Violations v = new Violations();
        List<Worker> workers = support.eligibleTrainees(a.programme, a.enterprise, a.trainees.stream().map(t -> t.worker.id).toList(),
                a.trainingStart, a.trainingEnd, v);
        if (!v.isEmpty()) {
            throw new ProblemException(409, "/problems/ineligible-trainees", "部分学员已不符合条件,请修改后再提交", v.errors());
        }
        support.requireNoClaims(a, workers);
        return move(l, Action.SUBMIT, null, null, null);
    }

    @Transactional
    public ApplicationResponse review(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.REVIEW, r.version());
        SubsidyApplication a = l.application();
        a.reviewedBy = scope.username();
        a.reviewedByName = Actor.current().name();
        return move(l, Action.REVIEW, r.reason(), null, null);
    }

    @Transactional
    public ApplicationResponse sendBack(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.RETURN, r.version());
        SubsidyApplication a = l.application();
        requireReason(r);
        a.reviewedBy = null;
        a.reviewedByName = null;
        return move(l, Action.RETURN, r.reason(), null, null);
    }

    @Transactional
    public ApplicationResponse reject(long id, @Valid TransitionRequest r) {
        Loaded l = step(id, Action.REJECT, r.version());
        requireReason(r);
        return move(l, Action.REJECT, r.reason(), null, null);
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
        support.requireNoClaims(a, a.trainees.stream().map(t -> t.worker).toList());
        SubsidyFund fund = lockedFund(a);
        FundArithmetic.Figures figures = fund.figures();
        if (!figures.hasRoomFor(a.amount)) {
            throw new ProblemException(409, "/problems/fund-exhausted", "资金“" + fund.name + "”余额不足:可用 " + figures.remaining().toPlainString()
                    + " 元,本申请需 " + a.amount.toPlainString() + " 元");
        }
        fund.committed = figures.commit(a.amount).committed();
        a.committedAmount = a.amount;
        for (ApplicationTrainee t : a.trainees) {
            try {
                em.createNativeQuery("insert into subsidy_claim (worker_id, programme_kind, programme_year, application_id, status) "
                        + "values (:worker, :kind, :year, :application, 'COMMITTED')")
                        .setParameter("worker", t.worker.id).setParameter("kind", a.programme.kind.name())
                        .setParameter("year", a.programme.year).setParameter("application", a.id)
                        .executeUpdate();
            } catch (PersistenceException e) {
                if (ApplicationSupport.isConstraint(e, "subsidy_claim_once_idx")) {
                    throw new ProblemException(409, "/problems/duplicate-claim", t.worker.name + "(工人 " + t.worker.id + ")" + a.programme.year
                            + "年已享受" + a.programme.kind.label() + "补贴,同一项目类别每年只能享受一次",
                            List.of(new Problem.FieldError("trainees[" + a.trainees.indexOf(t) + "]", "已在其他申请中享受同类补贴")));
                }
                throw e;
            }
        }
        return move(l, Action.APPROVE, r.reason(), null, a.amount);
    }

    /** Moves the committed amount to disbursed; whatever is not paid is released back to the fund. */
    @Transactional
    public ApplicationResponse disburse(long id, @Valid DisbursementRequest r) {
        Loaded l = step(id, Action.DISBURSE, r.version());
        SubsidyApplication a = l.application();
        Violations v = new Violations();
        FundArithmetic.disbursementErrors(r.amount(), a.committedAmount, r.disbursedOn(), LocalDate.now(ClockProducer.ZONE), a.trainingStart)
                .forEach(e -> v.add(e.field(), e.message()));
        v.throwIfAny();
        SubsidyFund fund = lockedFund(a);
        BigDecimal paid = r.amount().setScale(2);
        FundArithmetic.Figures after = fund.figures().pay(a.committedAmount, paid);
        fund.committed = after.committed();
        fund.disbursed = after.disbursed();
        a.disbursedAmount = paid;
        a.voucherNo = r.voucherNo().strip();
        a.disbursedOn = r.disbursedOn();
        em.createNativeQuery("update subsidy_claim set status = 'PAID' where application_id = :application and status = 'COMMITTED'")
                .setParameter("application", a.id).executeUpdate();
        return move(l, Action.DISBURSE, null, a.voucherNo, paid);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The application's fund, re-read under a row lock (SELECT … FOR UPDATE): the figures are then current and stay so until commit. */
    private SubsidyFund lockedFund(SubsidyApplication a) {
        SubsidyFund fund = (SubsidyFund) org.hibernate.Hibernate.unproxy(a.programme.fund);
        em.refresh(fund, LockModeType.PESSIMISTIC_WRITE);
        return fund;
    }

    /** An application loaded for a step, with its evidence and who had a hand in it (read once, before any lock). */
    private record Loaded(SubsidyApplication application, List<AttachmentResponse> attachments, Parts parts) {
    }

    /** Scope, version, the legality of the step and separation of duties, in that order. */
    private Loaded step(long id, Action action, Long version) {
        SubsidyApplication a = support.load(id);
        scope.requireManage(a);
        ApplicationStates.requireVersion(a.version, version);
        ApplicationStates.requireFrom(a.state, action);
        Map<Long, List<AttachmentResponse>> attachments = support.attachments(List.of(a.id));
        Parts parts = support.parts(List.of(a), attachments).get(a.id);
        requireDuty(a, ApplicationStates.duty(action), parts);
        return new Loaded(a, attachments.getOrDefault(a.id, List.of()), parts);
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

    /** Takes the step and answers the application; no further reads, since approvals wait on the fund's lock meanwhile. */
    private ApplicationResponse move(Loaded l, Action action, String reason, String voucher, BigDecimal amount) {
        SubsidyApplication a = l.application();
        ApplicationState from = a.state;
        ApplicationState to = ApplicationStates.target(action);
        a.state = to;
        a.persistAndFlush();
        support.event(a, action, from, to, reason, voucher, amount);
        Parts p = l.parts();
        String me = scope.username();
        Parts now = switch (action) {
            case SUBMIT -> new Parts(p.enteredBy(), plus(p.submittedBy(), me), p.reviewedBy());
            case REVIEW -> new Parts(p.enteredBy(), p.submittedBy(), plus(p.reviewedBy(), me));
            default -> p;
        };
        return SubsidyMapper.toResponse(a, l.attachments(), ApplicationSupport.duties(now));
    }

    private static Set<String> plus(Set<String> names, String name) {
        Set<String> more = new LinkedHashSet<>(names);
        more.add(name);
        return more;
    }
}
