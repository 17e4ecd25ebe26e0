package gov.xianan.reform.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.registry.validation.IdNumbers;

/**
 * The demo generator's ID numbers on a busy birth day, without Quarkus: a registry of millions puts
 * more than 500 workers of one gender on one day, which the 3-digit sequence of one area cannot hold
 * (the 10M generation failed on "4212021989122610119", 19 characters). They continue in the next
 * area of 咸宁, with the birth date kept.
 */
class DemoIdNumbersTest {

    static final LocalDate DAY = LocalDate.of(1989, 12, 26);

    @Test
    void thousandsBornOnOneDayGetDistinctValidNumbersWithTheirBirthDateAndGender() {
        Map<LocalDate, int[]> perDay = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3_500; i++) {
            for (boolean female : new boolean[] { true, false }) {
                String first17 = DemoDataGenerator.first17(perDay, DAY, female);
                String idNumber = first17 + IdNumbers.checkCharacter(first17);
                assertThat(idNumber).hasSize(18).startsWith("4212").contains("19891226");
                assertThat(IdNumbers.isValid(idNumber)).as(idNumber).isTrue();
                // the sequence's last digit: odd for men, even for women
                assertThat((first17.charAt(16) - '0') % 2).isEqualTo(female ? 0 : 1);
                assertThat(seen.add(idNumber)).as("unique: " + idNumber).isTrue();
            }
        }
        assertThat(seen).hasSize(7_000);
    }

    @Test
    void theFirst500OfAGenderAreNumberedInXiananAndTheNextInTheNextArea() {
        Map<LocalDate, int[]> perDay = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            assertThat(DemoDataGenerator.first17(perDay, DAY, false)).startsWith("42120219891226");
        }
        assertThat(DemoDataGenerator.first17(perDay, DAY, false)).isEqualTo("42122119891226001");
        // the other gender's count is its own
        assertThat(DemoDataGenerator.first17(perDay, DAY, true)).isEqualTo("42120219891226000");
        // another day starts again in 咸安
        assertThat(DemoDataGenerator.first17(perDay, DAY.plusDays(1), false)).isEqualTo("42120219891227001");
    }

    @Test
    void aDayBeyondEveryAreaIsAClearFailureNotAWrongNumber() {
        Map<LocalDate, int[]> perDay = new HashMap<>();
        for (int i = 0; i < 3_500; i++) {
            DemoDataGenerator.first17(perDay, DAY, true);
        }
        assertThatThrownBy(() -> DemoDataGenerator.first17(perDay, DAY, true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1989-12-26");
    }
}
