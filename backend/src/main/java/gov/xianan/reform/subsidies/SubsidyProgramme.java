package gov.xianan.reform.subsidies;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.hibernate.envers.Audited;

import gov.xianan.reform.common.audit.TrackedEntity;
import gov.xianan.reform.registry.SkillLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/**
 * A subsidy programme (以工代训, 岗前培训 …) of a year, drawing on one fund, with its rule for the
 * amount per trainee: a base amount, optionally an amount per skill level held, optionally an
 * uplift for migrant workers. Its owner is the fund's department.
 */
@Entity
@Table(name = "subsidy_programme")
@Audited
public class SubsidyProgramme extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeKind kind;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id")
    public SubsidyFund fund;

    @Column(nullable = false)
    public int year;

    /** Amount per trainee when no skill-level amount applies. */
    @Column(name = "amount_per_trainee", nullable = false, precision = 14, scale = 2)
    public BigDecimal amountPerTrainee;

    /** Extra percent for migrant workers (农民工); null: none. */
    @Column(name = "migrant_uplift_percent", precision = 5, scale = 2)
    public BigDecimal migrantUpliftPercent;

    public String description;

    /** Amounts by the skill level the trainee holds; a level not listed gets the base amount. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "subsidy_programme_level_amount", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "skill_level")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    public Map<SkillLevel, BigDecimal> levelAmounts = new EnumMap<>(SkillLevel.class);
}
