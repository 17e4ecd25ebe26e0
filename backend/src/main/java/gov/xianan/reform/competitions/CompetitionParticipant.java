package gov.xianan.reform.competitions;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.envers.Audited;

import gov.xianan.reform.common.audit.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.Worker;

/**
 * A registration: a worker (contests, drills; the enterprise is the employer at registration) or an
 * enterprise (labour competitions), reviewed by the organiser. Final score and rank are fixed at
 * publication.
 */
@Entity
@Table(name = "competition_participant")
@Audited
public class CompetitionParticipant extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    public Competition competition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id")
    public Worker worker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @Column(name = "team_name")
    public String teamName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ParticipantStatus status = ParticipantStatus.PENDING;

    /** Why the organiser refused (or a note on acceptance). */
    public String reason;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "final_score", precision = 7, scale = 2)
    public BigDecimal finalScore;

    @Column(name = "rank")
    public Integer rank;

    public String displayName() {
        if (worker != null) {
            return worker.name;
        }
        return teamName != null ? enterprise.name + " " + teamName : enterprise.name;
    }

    /** Registrations that hold a place: all but the refused ones. */
    public static long registered(Competition c) {
        return count("competition.id = ?1 and status <> ?2", c.id, ParticipantStatus.REFUSED);
    }
}
