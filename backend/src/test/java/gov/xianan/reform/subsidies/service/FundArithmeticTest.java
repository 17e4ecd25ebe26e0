package gov.xianan.reform.subsidies.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.error.Problem.FieldError;
import gov.xianan.reform.subsidies.service.FundArithmetic.Figures;

/** A fund's money and the rules of a payment, without Quarkus. */
class FundArithmeticTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static final Figures FUND = new Figures(d("10000.00"), d("3000.00"), d("2000.00"));

    @Test
    void whatRemainsIsTheBudgetLessCommittedAndPaid() {
        assertThat(FUND.remaining()).isEqualByComparingTo("5000.00");
        assertThat(FUND.hasRoomFor(d("5000.00"))).isTrue();
        assertThat(FUND.hasRoomFor(d("5000.01"))).isFalse();
    }

    @Test
    void theBudgetMayNotGoBelowWhatIsCommittedOrPaid() {
        assertThat(FUND.floor()).isEqualByComparingTo("5000.00");
        assertThat(FUND.allowsBudget(d("5000.00"))).isTrue();
        assertThat(FUND.allowsBudget(d("4999.99"))).isFalse();
    }

    @Test
    void anApprovalCommitsItsAmount() {
        Figures after = FUND.commit(d("1200.00"));
        assertThat(after.committed()).isEqualByComparingTo("4200.00");
        assertThat(after.disbursed()).isEqualByComparingTo("2000.00");
        assertThat(after.remaining()).isEqualByComparingTo("3800.00");
    }

    @Test
    void aPaymentMovesTheCommittedAmountAndReleasesWhatIsNotPaid() {
        Figures after = FUND.commit(d("1200.00")).pay(d("1200.00"), d("1000.00"));
        assertThat(after.committed()).isEqualByComparingTo("3000.00");
        assertThat(after.disbursed()).isEqualByComparingTo("3000.00");
        // 200 not paid is free again
        assertThat(after.remaining()).isEqualByComparingTo("4000.00");
        assertThat(after.budget()).isEqualByComparingTo("10000.00");
    }

    @Test
    void aPaymentIsAtMostTheApprovedAmountNotInTheFutureNorBeforeTheTraining() {
        LocalDate today = LocalDate.of(2020, 7, 15);
        LocalDate start = LocalDate.of(2020, 3, 1);
        assertThat(FundArithmetic.disbursementErrors(d("1200.00"), d("1200.00"), today, today, start)).isEmpty();
        assertThat(FundArithmetic.disbursementErrors(d("1200.00"), d("1200.00"), start, today, start)).isEmpty();
        assertThat(FundArithmetic.disbursementErrors(d("1200.01"), d("1200.00"), today.plusDays(1), today, start))
                .extracting(FieldError::field).containsExactly("amount", "disbursedOn");
        assertThat(FundArithmetic.disbursementErrors(d("1.00"), d("1200.00"), start.minusDays(1), today, start))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("disbursedOn");
                    assertThat(e.message()).contains("2020-03-01");
                });
    }
}
