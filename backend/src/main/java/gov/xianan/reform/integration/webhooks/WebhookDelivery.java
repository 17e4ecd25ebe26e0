package gov.xianan.reform.integration.webhooks;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One feed event for one subscription, and how sending it went. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** The receiver answered 2xx. */
        DELIVERED,
        /** Given up on: kept for a replay. */
        FAILED,
        /** Its subscription is paused; resuming sends it. */
        PAUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subscription_id", nullable = false)
    public Long subscriptionId;

    @Column(name = "change_event_id", nullable = false)
    public Long changeEventId;

    /** The event's feed cursor: also its id for the receiver's de-duplication. */
    @Column(name = "event_cursor", nullable = false)
    public String eventCursor;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** The body sent (the event as the feed shows it to the owner). */
    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
