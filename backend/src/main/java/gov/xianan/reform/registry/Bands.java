package gov.xianan.reform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The seed's bands for wage and age, shared by list filters and statistics so that a dashboard
 * figure and the filtered list behind it always agree. Lower bounds are inclusive.
 */
public final class Bands {

    private Bands() {
    }

    /** 月工资: 2000元以下, 2000—3000元, 3000—5000元, 5000元以上. */
    public enum WageBand {
        UNDER_2000("2000元以下", null, 2000),
        FROM_2000_TO_3000("2000—3000元", 2000, 3000),
        FROM_3000_TO_5000("3000—5000元", 3000, 5000),
        OVER_5000("5000元以上", 5000, null);

        public final String label;
        public final Integer min;
        public final Integer maxExclusive;

        WageBand(String label, Integer min, Integer maxExclusive) {
            this.label = label;
            this.min = min;
            this.maxExclusive = maxExclusive;
        }

        public static WageBand of(BigDecimal wage) {
            for (WageBand b : values()) {
                if ((b.min == null || wage.compareTo(BigDecimal.valueOf(b.min)) >= 0)
                        && (b.maxExclusive == null || wage.compareTo(BigDecimal.valueOf(b.maxExclusive)) < 0)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("wage " + wage);
        }
    }

    /** 年龄: 30岁以下, 30—40岁, 40—50岁, 50岁以上 (age in whole years at the reference date). */
    public enum AgeBand {
        UNDER_30("30岁以下", null, 30),
        FROM_30_TO_40("30—40岁", 30, 40),
        FROM_40_TO_50("40—50岁", 40, 50),
        OVER_50("50岁以上", 50, null);

        public final String label;
        public final Integer min;
        public final Integer maxExclusive;

        AgeBand(String label, Integer min, Integer maxExclusive) {
            this.label = label;
            this.min = min;
            this.maxExclusive = maxExclusive;
        }

        /** Born on or before this date: at least {@code min} years old on {@code asOf}. */
        public LocalDate bornOnOrBefore(LocalDate asOf) {
            return min == null ? null : asOf.minusYears(min);
        }

        /** Born after this date: younger than {@code maxExclusive} years on {@code asOf}. */
        public LocalDate bornAfter(LocalDate asOf) {
            return maxExclusive == null ? null : asOf.minusYears(maxExclusive);
        }

        public static AgeBand of(int age) {
            for (AgeBand b : values()) {
                if ((b.min == null || age >= b.min) && (b.maxExclusive == null || age < b.maxExclusive)) {
                    return b;
                }
            }
            throw new IllegalArgumentException("age " + age);
        }
    }
}
