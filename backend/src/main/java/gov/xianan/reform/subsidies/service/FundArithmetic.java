package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.error.Problem;

/**
 * A fund's money, free of persistence: what remains (budget − committed − disbursed), the lowest
 * budget allowed (committed + disbursed), an approval committing its amount, a payment moving the
 * committed amount to disbursed and releasing what is not paid, and the rules of a payment.
 */
public final class FundArithmetic {

    private FundArithmetic() {
    }

    /** A fund's figures. */
    public record Figures(BigDecimal budget, BigDecimal committed, BigDecimal disbursed) {

        /** What can still be committed. */
        public BigDecimal remaining() {
            return budget.subtract(committed).subtract(disbursed);
        }

        /** The budget may not go below what is committed or paid. */
        public BigDecimal floor() {
            return committed.add(disbursed);
        }

        public boolean allowsBudget(BigDecimal newBudget) {
            return newBudget.compareTo(floor()) >= 0;
        }

        public boolean hasRoomFor(BigDecimal amount) {
            return remaining().compareTo(amount) >= 0;
        }

        /** An approval: the amount is committed. */
        public Figures commit(BigDecimal amount) {
            return new Figures(budget, committed.add(amount), disbursed);
        }

        /** A payment of an approval: its committed amount leaves the commitments, what is paid is disbursed, the rest is free again. */
        public Figures pay(BigDecimal committedAmount, BigDecimal paid) {
            return new Figures(budget, committed.subtract(committedAmount), disbursed.add(paid));
        }
    }

    /**
     * The field errors of a payment: not more than was approved, not in the future, not before the
     * training started. Empty when it may be recorded.
     */
    public static List<Problem.FieldError> disbursementErrors(BigDecimal amount, BigDecimal committedAmount, LocalDate disbursedOn,
            LocalDate today, LocalDate trainingStart) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (amount.compareTo(committedAmount) > 0) {
            errors.add(new Problem.FieldError("amount", "发放金额不能超过已批准金额 " + committedAmount.toPlainString() + " 元"));
        }
        if (disbursedOn.isAfter(today)) {
            errors.add(new Problem.FieldError("disbursedOn", "发放日期不能晚于今天"));
        }
        if (disbursedOn.isBefore(trainingStart)) {
            errors.add(new Problem.FieldError("disbursedOn", "发放日期不能早于培训开始日期 " + trainingStart));
        }
        return errors;
    }
}
