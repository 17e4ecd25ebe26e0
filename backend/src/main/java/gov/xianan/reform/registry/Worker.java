package gov.xianan.reform.registry;

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

/** An industrial worker: one person, one record, keyed by the resident ID number. */
@Entity
@Table(name = "worker")
@Audited
public class Worker extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** 公民身份号码 (GB 11643-1999), 18 characters with checksum; unique. */
    @Column(name = "id_number", nullable = false, unique = true)
    public String idNumber;

    @Column(nullable = false)
    public String name;

    /** Derived from the ID number. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    /** Derived from the ID number. */
    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Education education;

    /** Monthly wage in yuan. */
    @Column(name = "monthly_wage", nullable = false, precision = 10, scale = 2)
    public BigDecimal monthlyWage;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level", nullable = false)
    public SkillLevel skillLevel;

    public String occupation;

    /** Agricultural hukou: the worker counts as a migrant worker (农民工). */
    @Column(name = "agricultural_hukou", nullable = false)
    public boolean agriculturalHukou;

    /** From outside the district (外来). */
    @Column(name = "from_outside", nullable = false)
    public boolean fromOutside;

    @Column(name = "union_member", nullable = false)
    public boolean unionMember;

    @Column(name = "party_member", nullable = false)
    public boolean partyMember;

    public String phone;

    /** Current employer; the employment history is in {@link Employment}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;
}
