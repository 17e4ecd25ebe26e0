package gov.xianan.reform.subsidies.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import gov.xianan.reform.registry.SkillLevel;

/**
 * A trainee's amount, without Quarkus. The programme pays 800 by default and 1500 for an
 * intermediate worker, with the uplift percent given per row for a migrant worker.
 */
class AmountRuleTest {

    static final BigDecimal BASE = new BigDecimal("800");
    static final Map<SkillLevel, BigDecimal> LEVELS = Map.of(SkillLevel.INTERMEDIATE, new BigDecimal("1500"));

    @ParameterizedTest(name = "{0}, migrant {1}, uplift {2}% → {3}")
    @CsvSource(textBlock = """
            # level,      migrant, uplift, amount
            NONE,         false,   25,     800.00
            INTERMEDIATE, false,   25,     1500.00
            NONE,         true,    25,     1000.00
            INTERMEDIATE, true,    25,     1875.00
            SENIOR,       true,    ,       800.00
            SENIOR,       true,    0,      800.00
            SENIOR,       true,    -10,    800.00
            NONE,         true,    12.5,   900.00
            NONE,         true,    33.333, 1066.66
            NONE,         true,    33.334, 1066.67
            """)
    void theLevelAmountOrTheBaseRaisedForMigrantsRoundedToTheFen(SkillLevel level, boolean migrant, BigDecimal uplift, String expected) {
        BigDecimal amount = AmountRule.amount(BASE, LEVELS, uplift, level, migrant);
        assertThat(amount).isEqualByComparingTo(expected);
        assertThat(amount.scale()).isEqualTo(2);
    }
}
