package gov.xianan.reform.common.audit;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fact for the audit log that is not a row change: an unmasked personal-data read, a refused
 * cross-department access, an export. Row changes are in the Envers tables.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false)
    public String actor;

    /** The actor's name at the time of the act. */
    @Column(name = "actor_name")
    public String actorName;

    public String department;

    @Column(name = "client_id")
    public String clientId;

    @Column(nullable = false)
    public String action;

    @Column(name = "entity_type")
    public String entityType;

    @Column(name = "entity_id")
    public String entityId;

    @Column(nullable = false)
    public String outcome;

    public String detail;
}
