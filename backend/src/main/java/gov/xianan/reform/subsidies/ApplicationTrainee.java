package gov.xianan.reform.subsidies;

import java.math.BigDecimal;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.Worker;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A trainee of an application, with the skill level and migrant status the amount was computed from. */
@Entity
@Table(name = "subsidy_application_trainee")
@Audited
public class ApplicationTrainee extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public SubsidyApplication application;

    @Audited(targetAuditMode = RelationTargetAuditMode.AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    public Worker worker;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level", nullable = false)
    public SkillLevel skillLevel;

    @Column(nullable = false)
    public boolean migrant;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;
}
