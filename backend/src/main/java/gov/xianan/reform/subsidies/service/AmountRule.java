package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
        BigDecimal base = p.levelAmounts.getOrDefault(w.skillLevel, p.amountPerTrainee);
        if (w.agriculturalHukou && p.migrantUpliftPercent != null && p.migrantUpliftPercent.signum() > 0) {
            base = base.multiply(HUNDRED.add(p.migrantUpliftPercent)).divide(HUNDRED);
        }
        return base.setScale(2, RoundingMode.HALF_UP);
    }
}
