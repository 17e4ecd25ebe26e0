package gov.xianan.reform.common.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The policy's pure rules: reference dates, minimum population, percents. */
class DisclosurePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 3, 17);

    @Test
    void aProtectedAnswerIsForTheLastMonthEndOnOrBeforeTheDateAsked() {
        assertThat(DisclosurePolicy.referenceDate(LocalDate.of(2020, 6, 15), TODAY)).isEqualTo(LocalDate.of(2020, 5, 31));
        assertThat(DisclosurePolicy.referenceDate(LocalDate.of(2020, 5, 31), TODAY)).isEqualTo(LocalDate.of(2020, 5, 31));
        assertThat(DisclosurePolicy.referenceDate(LocalDate.of(2020, 2, 29), TODAY)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(DisclosurePolicy.referenceDate(LocalDate.of(2020, 3, 1), TODAY)).isEqualTo(LocalDate.of(2020, 2, 29));
    }

    @Test
    void dayBeforeAndDayAfterGetTheSameAnswerSoTheyCannotBeSubtracted() {
        assertThat(DisclosurePolicy.referenceDate(LocalDate.of(2020, 6, 10), TODAY))
                .isEqualTo(DisclosurePolicy.referenceDate(LocalDate.of(2020, 6, 11), TODAY));
    }

    @Test
    void theRunningMonthIsNeverAnsweredNorTheFuture() {
        assertThat(DisclosurePolicy.referenceDate(null, TODAY)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(DisclosurePolicy.referenceDate(TODAY, TODAY)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(DisclosurePolicy.referenceDate(LocalDate.of(2030, 1, 1), TODAY)).isEqualTo(LocalDate.of(2021, 2, 28));
        // a month end that is today is not over yet
        assertThat(DisclosurePolicy.referenceDate(null, LocalDate.of(2021, 1, 31))).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void populationsOfOneToNineAreNotAnswered() {
        assertThat(DisclosurePolicy.answerable(0)).isTrue();
        assertThat(DisclosurePolicy.answerable(1)).isFalse();
        assertThat(DisclosurePolicy.answerable(DisclosurePolicy.MIN_POPULATION - 1)).isFalse();
        assertThat(DisclosurePolicy.answerable(DisclosurePolicy.MIN_POPULATION)).isTrue();
    }

    @Test
    void aPercentIsShownOnlyWhenBothItsCountsAre() {
        assertThat(DisclosurePolicy.percent(null, 50L)).isNull();
        assertThat(DisclosurePolicy.percent(3L, null)).isNull();
        assertThat(DisclosurePolicy.percent(3L, 0L)).isNull();
        assertThat(DisclosurePolicy.percent(31L, 62L)).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(DisclosurePolicy.percent(1L, 3L)).isEqualByComparingTo(new BigDecimal("33.3"));
    }
}
