package gov.xianan.reform.common.indicators;

import java.math.BigDecimal;

/**
 * A live figure of the platform that a reform task can track instead of hand-reported progress
 * ("party members in the registry", "subsidy money disbursed in a year"). Each feature contributes
 * its own as {@code @ApplicationScoped} beans; the tasks feature finds them all through CDI, so a
 * new indicator needs no change anywhere else.
 */
public interface Indicator {

    /** Stable code a task stores, {@code <feature>.<name>}, e.g. {@code registry.party-members}. */
    String code();

    /** Chinese name shown to users. */
    String label();

    /** English name for the English UI. */
    String labelEn();

    /** Unit of the value, in Chinese (人, 项, 元, 场). */
    String unit();

    /**
     * Whether the value is counted within a calendar year (honours awarded in the year) or is a
     * stock, the current figure whatever the year (party members in the registry).
     */
    boolean perYear();

    /** The value for the given year: within it when {@link #perYear()}, otherwise the current figure. */
    BigDecimal value(int year);
}
