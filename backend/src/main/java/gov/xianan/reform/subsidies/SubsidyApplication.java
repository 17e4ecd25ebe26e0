package gov.xianan.reform.subsidies;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import gov.xianan.reform.common.audit.TrackedEntity;
import gov.xianan.reform.registry.Enterprise;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An enterprise's application under a programme for named trainees from the registry. The amount
 * is the sum the programme's rule gives the trainees; nobody types it in.
 */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "subsidy_application")
@Audited
public class SubsidyApplication extends TrackedEntity implements ChangeTracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Audited(targetAuditMode = RelationTargetAuditMode.AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id")
    public SubsidyProgramme programme;

    @Column(name = "training_start", nullable = false)
    public LocalDate trainingStart;

    @Column(name = "training_end", nullable = false)
    public LocalDate trainingEnd;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    public String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationState state;

    /** Who entered it (a person, or service-account-hr-system). */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The name at the time of the act (张明华; a system by its name). */
    @org.hibernate.envers.NotAudited
    @jakarta.persistence.Column(name = "created_by_name")
    public String createdByName;

    /** The OAuth client it came through (spa, hr-system …). */
    @Column(name = "client_id")
    public String clientId;

    /** Submitted by another government system through a service account. */
    @Column(name = "service_account", nullable = false)
    public boolean serviceAccount;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** Who reviewed it last: never the one who approves it. */
    @Column(name = "reviewed_by")
    public String reviewedBy;

    /** The name at the time of the act (张明华; a system by its name). */
    @org.hibernate.envers.NotAudited
    @jakarta.persistence.Column(name = "reviewed_by_name")
    public String reviewedByName;

    /** Committed against the fund on approval. */
    @Column(name = "committed_amount", precision = 14, scale = 2)
    public BigDecimal committedAmount;

    @Column(name = "disbursed_amount", precision = 14, scale = 2)
    public BigDecimal disbursedAmount;

    @Column(name = "voucher_no")
    public String voucherNo;

    @Column(name = "disbursed_on")
    public LocalDate disbursedOn;

    @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<ApplicationTrainee> trainees = new ArrayList<>();

    @Override
    public String changeType() {
        return "subsidy-application";
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
        m.put("enterpriseId", enterprise.id);
        m.put("programmeId", programme.id);
        m.put("trainingStart", trainingStart);
        m.put("trainingEnd", trainingEnd);
        m.put("amount", amount);
        m.put("state", state);
        m.put("createdBy", createdBy);
        m.put("reviewedBy", reviewedBy);
        m.put("committedAmount", committedAmount);
        m.put("disbursedAmount", disbursedAmount);
        m.put("voucherNo", voucherNo);
        m.put("disbursedOn", disbursedOn);
        return m;
    }
}
