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
        /** A list was exported to a file. */
        EXPORT,
        /** A step refused by separation of duties (职责分离): own application, own review, a service account deciding. */
        DUTY_DENIED
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Action action, String entityType, Object entityId, String outcome, String detail) {
        Actor actor = Actor.current();
        AuditEvent e = new AuditEvent();
        e.occurredAt = Instant.now();
        e.actor = actor.username();
        e.department = actor.department();
        e.clientId = actor.clientId();
        e.action = action.name();
        e.entityType = entityType;
        e.entityId = entityId == null ? null : entityId.toString();
        e.outcome = outcome;
        e.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        e.persist();
    }
}
