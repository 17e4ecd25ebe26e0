package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.hibernate.exception.ConstraintViolationException;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.registry.Employment;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.subsidies.ApplicationEvent;
import gov.xianan.reform.subsidies.ApplicationEvent.Action;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.SubsidyProgramme;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ApplicationResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.AttachmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.DutiesResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyMapper;
import gov.xianan.reform.subsidies.service.SeparationOfDuties.Parts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * What the application's CRUD ({@link ApplicationService}) and its workflow
 * ({@link ApplicationWorkflowService}) share: loading, the answer with its evidence and who had a
 * hand in it, the timeline event, the trainees' eligibility and the one-claim-per-year rule.
 */
@ApplicationScoped
public class ApplicationSupport {

    @Inject
    EntityManager em;

    SubsidyApplication load(long id) {
        return SubsidyApplication.<SubsidyApplication>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("补贴申请不存在: " + id));
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
            if (!Employment.employedThroughout(w, enterprise, start, end)) {
                v.add(field, w.name + "(工人 " + w.id + ")在培训期间 " + start + " 至 " + end + " 不是" + enterprise.name + "的在职职工");
                continue;
            }
            workers.add(w);
        }
        return workers;
    }

    /** A worker already committed or paid under the same programme kind and year clashes, whatever the enterprise. */
    void requireNoClaims(SubsidyApplication a, List<Worker> workers) {
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

    /**
     * Who had a hand in each application: the creator, whoever changed the draft or attached
     * evidence (entered), whoever submitted, whoever reviewed; over every round, from the timeline.
     */
    Map<Long, Parts> parts(List<SubsidyApplication> apps, Map<Long, List<AttachmentResponse>> attachments) {
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

    static DutiesResponse duties(Parts p) {
        Parts parts = p == null ? Parts.NONE : p;
        return new DutiesResponse(List.copyOf(parts.enteredBy()), List.copyOf(parts.submittedBy()), List.copyOf(parts.reviewedBy()));
    }

    void event(SubsidyApplication a, Action action, ApplicationState from, ApplicationState to, String reason, String voucher,
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

    ApplicationResponse response(SubsidyApplication a) {
        Map<Long, List<AttachmentResponse>> attachments = attachments(List.of(a.id));
        return SubsidyMapper.toResponse(a, attachments.getOrDefault(a.id, List.of()), duties(parts(List.of(a), attachments).get(a.id)));
    }

    Map<Long, List<AttachmentResponse>> attachments(List<Long> applicationIds) {
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
}
