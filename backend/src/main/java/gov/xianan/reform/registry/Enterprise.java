package gov.xianan.reform.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;


import org.hibernate.envers.Audited;

import gov.xianan.reform.common.audit.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An enterprise employing industrial workers, identified by its unified social credit code. */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "enterprise")
@Audited
public class Enterprise extends TrackedEntity implements ChangeTracked {

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

    @Override
    public String changeType() {
        return "enterprise";
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
        m.put("creditCode", creditCode);
        m.put("name", name);
        m.put("industryCode", industryCode);
        m.put("ownership", ownership);
        m.put("size", size);
        m.put("inDevZone", inDevZone);
        m.put("hasUnion", hasUnion);
        m.put("hasPartyOrg", hasPartyOrg);
        m.put("address", address);
        m.put("contactPerson", contactPerson);
        m.put("contactPhone", contactPhone);
        return m;
    }
}
