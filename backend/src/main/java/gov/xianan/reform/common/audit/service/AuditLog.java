package gov.xianan.reform.common.audit.service;

import java.time.Instant;

import gov.xianan.reform.common.audit.AuditEvent;
import gov.xianan.reform.common.audit.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Writes audit events. Each event commits on its own, so a refused request (whose own transaction
 * rolls back) still leaves its trace.
 */
@ApplicationScoped
public class AuditLog {

    /** What happened, as a stable code the admin can filter by. */
    public enum Action {
        /** Unmasked ID number or phone shown to a pii-reader. */
        PII_READ,
        /** A caller tried to reach a record outside their department's scope. */
        SCOPE_DENIED,
        /** A list was exported to a file (until issue 11: one event after the stream, unmasked exports only; kept for old rows). */
        EXPORT,
        /** An export began: caller, format, masked or not, the filters with ID numbers masked. Written before the first byte. */
        EXPORT_STARTED,
        /** An export was written to the end; the detail has the row count and the start event's number. */
        EXPORT_FINISHED,
        /** An export stopped part-way (the client cut the download, or writing failed); the detail has the rows written so far. */
        EXPORT_ABORTED,
        /** A person was looked up through the minimal worker lookup: who searched for whom, how many matched. */
        LOOKUP,
        /** A step refused by separation of duties (职责分离): own application, own review, a service account deciding. */
        DUTY_DENIED,
        /**
         * A worker upserted by ID number (a system syncing its HR records, or the batch): the outcome
         * (CREATED, UPDATED, UNCHANGED) and the ID number masked; a refused ALL_OR_NOTHING batch is one
         * event with outcome REFUSED and its counts.
         */
        UPSERT
    }

    /** Writes one event in its own transaction and answers its number (exports refer to their start event by it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Long record(Action action, String entityType, Object entityId, String outcome, String detail) {
        Actor actor = Actor.current();
        AuditEvent e = new AuditEvent();
        e.occurredAt = Instant.now();
        e.actor = actor.username();
        e.actorName = actor.name();
        e.department = actor.department();
        e.clientId = actor.clientId();
        e.action = action.name();
        e.entityType = entityType;
        e.entityId = entityId == null ? null : entityId.toString();
        e.outcome = outcome;
        e.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        e.persist(); // identity column: the id is known once persisted
        return e.id;
    }
}
