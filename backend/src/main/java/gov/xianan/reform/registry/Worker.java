package gov.xianan.reform.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

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
@EntityListeners(ChangeListener.class)
@Table(name = "worker")
@Audited
public class Worker extends TrackedEntity implements ChangeTracked {

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

    /** When the worker joined the party (入党日期, set by a party-member development record); null if unknown. */
    @Column(name = "party_joined_on")
    public LocalDate partyJoinedOn;

    public String phone;

    /** Current employer; the employment history is in {@link Employment}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @Override
    public String changeType() {
        return "worker";
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
        m.put("idNumber", idNumber);
        m.put("name", name);
        m.put("gender", gender);
        m.put("birthDate", birthDate);
        m.put("education", education);
        m.put("monthlyWage", monthlyWage);
        m.put("skillLevel", skillLevel);
        m.put("occupation", occupation);
        m.put("agriculturalHukou", agriculturalHukou);
        m.put("fromOutside", fromOutside);
        m.put("unionMember", unionMember);
        m.put("partyMember", partyMember);
        m.put("phone", phone);
        m.put("enterpriseId", enterprise == null ? null : enterprise.id);
        return m;
    }
}
