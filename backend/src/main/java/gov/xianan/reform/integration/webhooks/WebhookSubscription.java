package gov.xianan.reform.integration.webhooks;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A client's webhook subscription: where to send which events, signed with its secret, on behalf of its owner. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    public enum Status {
        ACTIVE, PAUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "varchar(40)[]")
    public String[] eventTypes;

    /** The signing secret, encrypted when a key is configured ({@link WebhookSecrets}). */
    @Column(nullable = false)
    public String secret;

    @Column(name = "secret_encrypted", nullable = false)
    public boolean secretEncrypted;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "owner_username", nullable = false)
    public String ownerUsername;

    /** The owner by name at the time (a service account by its client's name). */
    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_department")
    public String ownerDepartment;

    @Column(name = "owner_client_id")
    public String ownerClientId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "owner_roles", nullable = false, columnDefinition = "varchar(40)[]")
    public String[] ownerRoles;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "failing_since")
    public Instant failingSince;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
