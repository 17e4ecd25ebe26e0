package gov.xianan.reform.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An honour: individual (劳动模范, 技术能手, 工匠 …) for one worker, or collective (工人先锋号) for a
 * named team of an enterprise with its members.
 */
@Entity
@Table(name = "honour")
@Audited
public class Honour extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HonourKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HonourCategory category;

    /** The title as awarded, e.g. 全国劳动模范. */
    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardLevel level;

    @Column(nullable = false)
    public int year;

    @Column(name = "awarded_on")
    public LocalDate awardedOn;

    /** Who awarded it, e.g. 中华全国总工会. */
    @Column(nullable = false)
    public String issuer;

    /** The honoured worker (individual honours). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id")
    public Worker worker;

    /** The team's enterprise (collective honours). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @Column(name = "team_name")
    public String teamName;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "honour_member", joinColumns = @JoinColumn(name = "honour_id"), inverseJoinColumns = @JoinColumn(name = "worker_id"))
    public Set<Worker> members = new LinkedHashSet<>();

    /** 事迹: what the worker or team did, as the citation reads (long text). */
    @Column(columnDefinition = "text")
    public String citation;

    /** Where the honour came from when not entered by hand, e.g. {@code competition:12}. */
    public String source;

    @NotAudited
    @Column(nullable = false)
    public boolean demo;

    @Version
    public long version;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }
}
