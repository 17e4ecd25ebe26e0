package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.subsidies.SubsidyProgramme;

/**
 * The programme's rule for one trainee: the amount for the skill level the worker holds (or the
 * base amount when the programme names none for it), raised by the migrant uplift for a worker
 * with agricultural hukou (农民工) where the programme has one. Rounded to the fen.
 */
public final class AmountRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AmountRule() {
    }

    public static BigDecimal amount(SubsidyProgramme p, Worker w) {
        return amount(p.amountPerTrainee, p.levelAmounts, p.migrantUpliftPercent, w.skillLevel, w.agriculturalHukou);
    }

    /**
     * The rule on plain values: the amount for the level (else the base amount), raised by the
     * uplift percent for a migrant worker when the uplift is positive, rounded half up to the fen.
     */
    public static BigDecimal amount(BigDecimal amountPerTrainee, Map<SkillLevel, BigDecimal> levelAmounts, BigDecimal migrantUpliftPercent,
            SkillLevel level, boolean migrant) {
        BigDecimal base = levelAmounts.getOrDefault(level, amountPerTrainee);
        if (migrant && migrantUpliftPercent != null && migrantUpliftPercent.signum() > 0) {
            base = base.multiply(HUNDRED.add(migrantUpliftPercent)).divide(HUNDRED);
        }
        return base.setScale(2, RoundingMode.HALF_UP);
    }
}
