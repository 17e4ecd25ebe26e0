package gov.xianan.reform.common.audit;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * What every business record carries besides its own fields: the optimistic-lock version, when it
 * was created and last changed, and whether it is generated demo data. None of these is part of
 * the Envers history (who changed what is there already).
 */
@MappedSuperclass
public abstract class TrackedEntity extends PanacheEntityBase {

    /** Generated demo data, never a real record. */
    @Column(nullable = false)
    public boolean demo;

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
