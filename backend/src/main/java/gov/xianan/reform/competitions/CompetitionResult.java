package gov.xianan.reform.competitions;

import java.math.BigDecimal;
import java.time.LocalDate;

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

/** A result an enterprise reports in a labour competition (节约标准煤 12.5 吨, 合理化建议 30 条 …). */
@Entity
@Table(name = "competition_result")
@Audited
public class CompetitionResult extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    public Competition competition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    public CompetitionParticipant participant;

    @Column(nullable = false)
    public String measure;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal value;

    @Column(nullable = false)
    public String unit;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    public String note;
}
