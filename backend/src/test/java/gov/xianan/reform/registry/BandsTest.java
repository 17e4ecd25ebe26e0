package gov.xianan.reform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import gov.xianan.reform.registry.Bands.AgeBand;
import gov.xianan.reform.registry.Bands.WageBand;

/** The seed's wage and age bands, without Quarkus: lower bounds inclusive, upper bounds exclusive. */
class BandsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            0,       UNDER_2000
            1999.99, UNDER_2000
            2000,    FROM_2000_TO_3000
            2999.99, FROM_2000_TO_3000
            3000.00, FROM_3000_TO_5000
            4999.99, FROM_3000_TO_5000
            5000,    OVER_5000
            88000,   OVER_5000
            """)
    void wages(BigDecimal wage, WageBand band) {
        assertThat(WageBand.of(wage)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            16, UNDER_30
            29, UNDER_30
            30, FROM_30_TO_40
            39, FROM_30_TO_40
            40, FROM_40_TO_50
            49, FROM_40_TO_50
            50, OVER_50
            70, OVER_50
            """)
    void ages(int age, AgeBand band) {
        assertThat(AgeBand.of(age)).isEqualTo(band);
    }

    @Test
    void theBandsHaveTheSeedsLabels() {
        assertThat(WageBand.values()).extracting(b -> b.label).containsExactly("2000元以下", "2000—3000元", "3000—5000元", "5000元以上");
        assertThat(AgeBand.values()).extracting(b -> b.label).containsExactly("30岁以下", "30—40岁", "40—50岁", "50岁以上");
    }

    @Test
    void anAgeBandIsARangeOfBirthDatesOnTheReferenceDay() {
        LocalDate asOf = LocalDate.of(2020, 12, 31);
        // 30—40: born after 1980-12-31 and on or before 1990-12-31
        assertThat(AgeBand.FROM_30_TO_40.bornOnOrBefore(asOf)).isEqualTo(LocalDate.of(1990, 12, 31));
        assertThat(AgeBand.FROM_30_TO_40.bornAfter(asOf)).isEqualTo(LocalDate.of(1980, 12, 31));
        assertThat(AgeBand.UNDER_30.bornOnOrBefore(asOf)).isNull();
        assertThat(AgeBand.OVER_50.bornAfter(asOf)).isNull();
        // one born on the day the band starts is in it: 30 years old that day
        LocalDate born = AgeBand.FROM_30_TO_40.bornOnOrBefore(asOf);
        assertThat(AgeBand.of(java.time.Period.between(born, asOf).getYears())).isEqualTo(AgeBand.FROM_30_TO_40);
        assertThat(AgeBand.of(java.time.Period.between(born.plusDays(1), asOf).getYears())).isEqualTo(AgeBand.UNDER_30);
    }

    @Test
    void theLowestAndHighestBandsAreOpenEnded() {
        assertThat(AgeBand.of(Integer.MIN_VALUE)).isEqualTo(AgeBand.UNDER_30);
        assertThat(AgeBand.of(Integer.MAX_VALUE)).isEqualTo(AgeBand.OVER_50);
        assertThat(WageBand.of(new BigDecimal("-0.01"))).isEqualTo(WageBand.UNDER_2000);
        assertThat(WageBand.of(new BigDecimal("1e12"))).isEqualTo(WageBand.OVER_5000);
        assertThat(AgeBand.UNDER_30.min).isNull();
        assertThat(WageBand.OVER_5000.maxExclusive).isNull();
    }
}
