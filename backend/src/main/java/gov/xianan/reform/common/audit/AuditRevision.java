package gov.xianan.reform.common.audit;

import java.time.Instant;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One Envers revision: every transaction that changes audited data writes one, stamped with who
 * made the change (actor), their department and the OAuth client they came through.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    public Long id;

    @RevisionTimestamp
    public long timestamp;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public String actor;

    /** The actor's name at the time of the change (张明华, 区人社局人事系统). */
    @Column(name = "actor_name")
    public String actorName;

    public String department;

    @Column(name = "client_id")
    public String clientId;
}
