package gov.xianan.reform.subsidies;

import java.math.BigDecimal;

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

/**
 * Money for training subsidies of one year from one source, owned by a department. Committed
 * (approved, not yet paid) plus disbursed never exceeds the budget: approvals change these figures
 * only under a row lock, and a CHECK in the database refuses anything else.
 */
@Entity
@Table(name = "subsidy_fund")
@Audited
public class SubsidyFund extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FundSource source;

    /** e.g. 2019年就业补助资金. */
    @Column(nullable = false)
    public String name;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal budget;

    /** Approved and not yet paid. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal committed = BigDecimal.ZERO.setScale(2);

    /** Paid: the opening total plus every recorded disbursement. */
    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal disbursed = BigDecimal.ZERO.setScale(2);

    /** Paid before the platform, taken over as one total. */
    @Column(name = "opening_disbursed", nullable = false, precision = 14, scale = 2)
    public BigDecimal openingDisbursed = BigDecimal.ZERO.setScale(2);

    /** Code of the department that owns the fund and manages its applications. */
    @Column(name = "department_code", nullable = false)
    public String departmentCode;

    public BigDecimal remaining() {
        return figures().remaining();
    }

    public gov.xianan.reform.subsidies.service.FundArithmetic.Figures figures() {
        return new gov.xianan.reform.subsidies.service.FundArithmetic.Figures(budget, committed, disbursed);
    }

    /** Whether the department owns a subsidy fund (and so manages subsidy applications). */
    public static boolean anyOf(String departmentCode) {
        return departmentCode != null && count("departmentCode", departmentCode) > 0;
    }
}
