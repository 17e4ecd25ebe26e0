package gov.xianan.reform.registry;

import java.time.Instant;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

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

/** An enterprise employing industrial workers, identified by its unified social credit code. */
@Entity
@Table(name = "enterprise")
@Audited
public class Enterprise extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 统一社会信用代码 (GB 32100-2015), 18 characters, checksum validated. */
    @Column(name = "credit_code", nullable = false, unique = true)
    public String creditCode;

    @Column(nullable = false)
    public String name;

    /** Code of one of the 14 industries (reference table {@code industry}). */
    @Column(name = "industry_code", nullable = false)
    public String industryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Ownership ownership;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnterpriseSize size;

    @Column(name = "in_dev_zone", nullable = false)
    public boolean inDevZone;

    @Column(name = "has_union", nullable = false)
    public boolean hasUnion;

    @Column(name = "has_party_org", nullable = false)
    public boolean hasPartyOrg;

    public String address;

    @Column(name = "contact_person")
    public String contactPerson;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** Generated demo data, never real records. */
    @NotAudited
    @Column(nullable = false)
    public boolean demo;

    @Version
    public long version;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @NotAudited
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
