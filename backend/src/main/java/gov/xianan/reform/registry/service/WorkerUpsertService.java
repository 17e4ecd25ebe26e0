package gov.xianan.reform.registry.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.db.AdvisoryLocks;
import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.mapping.RegistryMapper;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerRequest;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerResponse;
import gov.xianan.reform.registry.mapping.WorkerUpsertDtos;
import gov.xianan.reform.registry.mapping.WorkerUpsertDtos.BatchResponse;
import gov.xianan.reform.registry.mapping.WorkerUpsertDtos.Mode;
import gov.xianan.reform.registry.mapping.WorkerUpsertDtos.Outcome;
import gov.xianan.reform.registry.mapping.WorkerUpsertDtos.RowResult;
import gov.xianan.reform.registry.mapping.WorkerUpsertDtos.Single;
import gov.xianan.reform.registry.scope.RegistryAccess;
import gov.xianan.reform.registry.validation.IdNumbers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Upserts by ID number for systems that keep their own HR records (the HR bureau's system) and for
 * the lead unit's registry editors: one person, one record, so the ID number decides whether a row
 * creates a worker or updates the stored one. Every rule is {@link WorkerService}'s
 * ({@link WorkerService#register}, {@link WorkerService#change}); this class adds the key, the lock,
 * the outcome and the batch.
 *
 * <p>Idempotent: data equal to what is stored writes nothing and keeps the version (UNCHANGED). No
 * version is needed from the caller, and no concurrent change is lost: each person is locked for the
 * transaction (an advisory lock on the ID number, so two creates of one new person queue as well,
 * then the row itself {@code FOR UPDATE}) before it is read. A batch takes its locks in ID-number
 * order, so two batches never wait on each other in a circle.
 *
 * <p>Audit: the Envers revision of every write carries actor, department and client; besides, every
 * row answered is an {@code UPSERT} event with the outcome and the ID number masked, and a refused
 * ALL_OR_NOTHING batch is one event with its counts. Error texts name fields and rules, never the
 * stored record's data.
 */
@ApplicationScoped
public class WorkerUpsertService {

    /** Problem type of a batch over {@link WorkerUpsertDtos#MAX_BATCH_ROWS} rows. */
    public static final String BATCH_TOO_LARGE = "/problems/batch-too-large";

    @Inject
    WorkerService workers;

    @Inject
    RegistryAccess access;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    EntityManager em;

    @Inject
    Industries industries;

    /**
     * Creates or updates the worker with this ID number. The body's own idNumber may be left out; when
     * given it must be the same number. 403 (logged) unless {@link RegistryAccess#canUpsert()}; a
     * refused row is the problem of its first rule (400 validation, 403 scope, 409 stale version).
     */
    public Single upsert(String idNumber, WorkerRequest body) {
        access.requireUpsert();
        if (body == null) {
            throw ProblemException.invalid("body", "请求体不能为空");
        }
        String key = IdNumbers.normalize(idNumber);
        if (body.idNumber() != null && !body.idNumber().isBlank() && !IdNumbers.normalize(body.idNumber()).equals(key)) {
            throw ProblemException.invalid("idNumber", "请求体中的身份证号与路径中的身份证号不一致");
        }
        WorkerRequest request = withIdNumber(body, key);
        List<Problem.FieldError> invalid = violations(request);
        if (!invalid.isEmpty()) {
            throw new ProblemException(400, "/problems/validation",
                    String.join("; ", invalid.stream().map(e -> e.field() + ": " + e.message()).toList()), invalid);
        }
        Written w = QuarkusTransaction.requiringNew().call(() -> {
            lock(List.of(key));
            return write(request);
        });
        record(w.workerId(), key, w.outcome(), null);
        return new Single(w.outcome(), w.response());
    }

    /**
     * Up to {@link WorkerUpsertDtos#MAX_BATCH_ROWS} rows, a result for each. ALL_OR_NOTHING writes in
     * one transaction that is rolled back when any row is rejected; PER_ROW writes every good row in
     * a transaction of its own, so that a bad row never takes a good one down with it.
     */
    public BatchResponse batch(List<WorkerRequest> rows, Mode mode) {
        access.requireUpsert();
        if (rows == null || rows.isEmpty()) {
            throw ProblemException.invalid("workers", "至少需要一行");
        }
        if (rows.size() > WorkerUpsertDtos.MAX_BATCH_ROWS) {
            throw new ProblemException(413, BATCH_TOO_LARGE, "每批最多 " + WorkerUpsertDtos.MAX_BATCH_ROWS + " 行,本批 " + rows.size()
                    + " 行;请分批提交", List.of(new Problem.FieldError("workers", "最多 " + WorkerUpsertDtos.MAX_BATCH_ROWS + " 行")));
        }
        boolean unmasked = workers.unmasked();
        RowResult[] results = new RowResult[rows.size()];
        // rows that cannot be written whatever is stored: Bean Validation, a bad or repeated ID number
        Map<Integer, String> keys = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            WorkerRequest r = rows.get(i);
            String key = r == null ? null : IdNumbers.normalize(r.idNumber());
            List<Problem.FieldError> errors = r == null ? List.of(new Problem.FieldError("workers[" + i + "]", "不能为空")) : violations(r);
            if (errors.isEmpty() && IdNumbers.problem(key).isPresent()) {
                errors = List.of(new Problem.FieldError("idNumber", IdNumbers.problem(key).get()));
            }
            if (errors.isEmpty() && !seen.add(key)) {
                errors = List.of(new Problem.FieldError("idNumber", "同一身份证号在本批中出现多次,每人只能有一行"));
            }
            if (errors.isEmpty()) {
                keys.put(i, key);
            } else {
                results[i] = rejected(i, key, unmasked, errors);
            }
        }
        if (mode == Mode.ALL_OR_NOTHING) {
            if (!allOrNothing(rows, keys, results, unmasked)) {
                BatchResponse refused = summary(mode, List.of(results));
                return new BatchResponse(mode, false, refused.created(), refused.updated(), refused.unchanged(), refused.rejected(),
                        refused.results());
            }
        } else {
            for (Map.Entry<Integer, String> e : keys.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                int i = e.getKey();
                try {
                    Written w = QuarkusTransaction.requiringNew().call(() -> {
                        lock(List.of(e.getValue()));
                        return write(withIdNumber(rows.get(i), e.getValue()));
                    });
                    results[i] = new RowResult(i, shown(e.getValue(), unmasked), w.outcome(), w.workerId(), w.version(), List.of());
                    record(w.workerId(), e.getValue(), w.outcome(), "batch row " + i);
                } catch (ProblemException p) {
                    results[i] = rejected(i, e.getValue(), unmasked, errorsOf(p));
                }
            }
        }
        return summary(mode, List.of(results));
    }

    /** Writes the good rows in one transaction, or nothing when any row is rejected; answers whether it wrote. */
    private boolean allOrNothing(List<WorkerRequest> rows, Map<Integer, String> keys, RowResult[] results, boolean unmasked) {
        boolean anyRejected = results.length > keys.size();
        List<Written> written = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                lock(keys.values());
                for (Map.Entry<Integer, String> e : keys.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                    int i = e.getKey();
                    try {
                        Written w = write(withIdNumber(rows.get(i), e.getValue()));
                        written.add(w);
                        results[i] = new RowResult(i, shown(e.getValue(), unmasked), w.outcome(), w.workerId(), w.version(), List.of());
                    } catch (ProblemException p) {
                        // every check of a row runs before it changes anything, so the transaction stays usable for the next rows
                        results[i] = rejected(i, e.getValue(), unmasked, errorsOf(p));
                    }
                }
                if (anyRejected || written.size() < keys.size()) {
                    throw new RollBack(); // nothing of the batch is written
                }
            });
        } catch (RollBack expected) {
            // the per-row results say why
        }
        if (written.size() < keys.size() || anyRejected) {
            long bad = List.of(results).stream().filter(r -> r.outcome() == Outcome.REJECTED).count();
            audit.record(AuditLog.Action.UPSERT, "worker", null, "REFUSED",
                    "ALL_OR_NOTHING batch of " + results.length + " rows refused: " + bad + " rejected, nothing written");
            for (int i = 0; i < results.length; i++) {
                RowResult r = results[i];
                if (r.outcome() != Outcome.REJECTED) {
                    // rolled back: a created row's id came from an insert that is gone, and no version moved
                    results[i] = new RowResult(r.index(), r.idNumber(), r.outcome(), r.outcome() == Outcome.CREATED ? null : r.workerId(),
                            null, List.of());
                }
            }
            return false;
        }
        for (Written w : written) {
            record(w.workerId(), w.idNumber(), w.outcome(), "ALL_OR_NOTHING batch");
        }
        return true;
    }

    /** One row in the current transaction, its ID number locked: create, update or nothing. */
    private Written write(WorkerRequest request) {
        String key = request.idNumber();
        Worker existing = em.createQuery("select w from Worker w where w.idNumber = :id", Worker.class).setParameter("id", key)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream().findFirst().orElse(null);
        Enterprise target = request.enterpriseId() == null ? null : Enterprise.findById(request.enterpriseId());
        access.upsertRefusal(existing, target, IdNumbers.mask(key)).ifPresent(why -> {
            throw new ProblemException(403, "/problems/registry-scope", why, List.of(new Problem.FieldError("enterpriseId", why)));
        });
        Worker w;
        Outcome outcome;
        if (existing == null) {
            w = workers.register(request);
            outcome = Outcome.CREATED;
        } else {
            if (request.version() != null && request.version() != existing.version) {
                throw new ProblemException(409, "/problems/stale-version", "该工人信息已被修改(版本号不符);不带 version 即按最新记录更新",
                        List.of(new Problem.FieldError("version", "版本号不符")));
            }
            w = existing;
            outcome = workers.change(w, request) ? Outcome.UPDATED : Outcome.UNCHANGED;
        }
        em.flush();
        WorkerResponse response = RegistryMapper.toResponse(w, workers.unmasked(), industries.names());
        return new Written(key, outcome, w.id, w.version, response);
    }

    /** Ends an ALL_OR_NOTHING batch's transaction by rolling it back. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super("ALL_OR_NOTHING batch rolled back", null, false, false);
        }
    }

    private record Written(String idNumber, Outcome outcome, Long workerId, Long version, WorkerResponse response) {
    }

    /** Transaction-scoped advisory locks on the ID numbers, taken in one order by every caller. */
    private void lock(java.util.Collection<String> idNumbers) {
        if (idNumbers.isEmpty()) {
            return;
        }
        for (String id : idNumbers.stream().sorted().toList()) {
            AdvisoryLocks.lock(em, AdvisoryLocks.Space.WORKER_UPSERT, id);
        }
    }

    private void record(Long workerId, String idNumber, Outcome outcome, String via) {
        audit.record(AuditLog.Action.UPSERT, "worker", workerId, outcome.name(),
                "upsert by ID number " + IdNumbers.mask(idNumber) + ": " + outcome + (via == null ? "" : " (" + via + ")"));
    }

    private List<Problem.FieldError> violations(WorkerRequest r) {
        return validator.validate(r).stream()
                .map((ConstraintViolation<WorkerRequest> v) -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message)).toList();
    }

    private static List<Problem.FieldError> errorsOf(ProblemException p) {
        return p.errors() == null || p.errors().isEmpty() ? List.of(new Problem.FieldError("", p.getMessage())) : p.errors();
    }

    private static RowResult rejected(int index, String idNumber, boolean unmasked, List<Problem.FieldError> errors) {
        return new RowResult(index, shown(idNumber, unmasked), Outcome.REJECTED, null, null, errors);
    }

    private static String shown(String idNumber, boolean unmasked) {
        return idNumber == null || idNumber.isBlank() ? null : unmasked ? idNumber : IdNumbers.mask(idNumber);
    }

    private static BatchResponse summary(Mode mode, List<RowResult> results) {
        int[] n = new int[Outcome.values().length];
        results.forEach(r -> n[r.outcome().ordinal()]++);
        return new BatchResponse(mode, n[Outcome.CREATED.ordinal()] + n[Outcome.UPDATED.ordinal()] > 0, n[Outcome.CREATED.ordinal()],
                n[Outcome.UPDATED.ordinal()], n[Outcome.UNCHANGED.ordinal()], n[Outcome.REJECTED.ordinal()], results);
    }

    private static WorkerRequest withIdNumber(WorkerRequest r, String idNumber) {
        return new WorkerRequest(idNumber, r.name(), r.gender(), r.birthDate(), r.education(), r.monthlyWage(), r.skillLevel(), r.occupation(),
                r.agriculturalHukou(), r.fromOutside(), r.unionMember(), r.partyMember(), r.phone(), r.enterpriseId(), r.employedSince(),
                r.version());
    }
}
