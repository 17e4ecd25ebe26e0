package gov.xianan.reform.competitions;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

import java.math.BigDecimal;

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

import gov.xianan.reform.registry.Honour;
import gov.xianan.reform.registry.SkillLevel;

/**
 * An award fixed at publication by rank band. At closing it becomes an honour in the registry
 * ({@link #honour}) and, where granted, a skill raise ({@link #skillRaisedTo}); both are remembered
 * here so that they happen once.
 */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "competition_award")
@Audited
public class CompetitionAward extends TrackedEntity implements ChangeTracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    public Competition competition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public CompetitionParticipant participant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardGrade grade;

    @Column(nullable = false)
    public int rank;

    @Column(name = "final_score", precision = 7, scale = 2)
    public BigDecimal finalScore;

    /** Grants the 技术能手 title. */
    @Column(name = "technical_expert", nullable = false)
    public boolean technicalExpert;

    /** Grants a skill raise by one step. */
    @Column(name = "skill_raise", nullable = false)
    public boolean skillRaise;

    /** Withdrawn after an upheld objection: never written to the registry. */
    @Column(nullable = false)
    public boolean revoked;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "honour_id")
    public Honour honour;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_raised_from")
    public SkillLevel skillRaisedFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_raised_to")
    public SkillLevel skillRaisedTo;

    @Override
    public String changeType() {
        return "competition-award";
    }

    @Override
    public Object changeId() {
        return id;
    }

    @Override
    public Long changeVersion() {
        return version;
    }

    @Override
    public Map<String, Object> changeData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("competitionId", competition.id);
        m.put("participantId", participant.id);
        m.put("grade", grade);
        m.put("rank", rank);
        m.put("finalScore", finalScore);
        m.put("technicalExpert", technicalExpert);
        m.put("skillRaise", skillRaise);
        m.put("revoked", revoked);
        return m;
    }
}
