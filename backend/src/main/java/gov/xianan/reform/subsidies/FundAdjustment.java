package gov.xianan.reform.subsidies;

import java.math.BigDecimal;
import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A change of a fund's budget: who, when, from what to what, and why. Never changed afterwards. */
@Entity
@Table(name = "subsidy_fund_adjustment")
public class FundAdjustment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "fund_id")
    public SubsidyFund fund;

    @Column(nullable = false)
    public String actor;

    /** Who, by name at the time of the change. */
    @Column(name = "actor_name")
    public String actorName;

    public String department;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "adjusted_at", nullable = false)
    public Instant adjustedAt;

    @Column(name = "old_budget", nullable = false, precision = 14, scale = 2)
    public BigDecimal oldBudget;

    @Column(name = "new_budget", nullable = false, precision = 14, scale = 2)
    public BigDecimal newBudget;

    @Column(nullable = false)
    public String reason;
}
