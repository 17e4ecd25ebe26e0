package gov.xianan.reform.subsidies;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step in an application's timeline: who did what, when, from which state to which, and why. */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "subsidy_application_event")
public class ApplicationEvent extends PanacheEntityBase implements ChangeTracked {

    /** The steps of the workflow. */
    public enum Action {
        CREATE, UPDATE, SUBMIT, REVIEW, RETURN, APPROVE, REJECT, DISBURSE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public ApplicationState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    public ApplicationState toState;

    @Column(nullable = false)
    public String actor;

    /** The name at the time of the act (张明华; a system by its name). */
    @jakarta.persistence.Column(name = "actor_name")
    public String actorName;

    public String department;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    public String reason;

    @Column(name = "voucher_no")
    public String voucherNo;

    @Column(precision = 14, scale = 2)
    public BigDecimal amount;

    @Override
    public String changeType() {
        return "subsidy-application-transition";
    }

    @Override
    public Object changeId() {
        return id;
    }

    @Override
    public Map<String, Object> changeData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("applicationId", applicationId);
        m.put("action", action);
        m.put("fromState", fromState);
        m.put("toState", toState);
        m.put("actor", actor);
        m.put("reason", reason);
        m.put("voucherNo", voucherNo);
        m.put("amount", amount);
        return m;
    }
}
