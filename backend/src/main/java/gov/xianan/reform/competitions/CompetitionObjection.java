package gov.xianan.reform.competitions;

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

/** An objection (异议) recorded during publication, resolved by the organiser before closing. */
@Entity
@Table(name = "competition_objection")
@Audited
public class CompetitionObjection extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    public Competition competition;

    /** The participant the objection is about, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    public CompetitionParticipant participant;

    /** Who raised it (a name, as given). */
    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(nullable = false)
    public String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObjectionStatus status = ObjectionStatus.OPEN;

    public String resolution;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
