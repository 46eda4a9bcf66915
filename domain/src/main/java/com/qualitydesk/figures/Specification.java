package com.qualitydesk.figures;

import com.qualitydesk.shared.RuleViolation;

/**
 * A characteristic's specification limits (CS-09): a lower, an upper or both; the target is shown,
 * not used by the indices. One-sided limits give CPU or CPL alone, and no Cp.
 */
public record Specification(Double lower, Double upper, Double target) {

    public Specification {
        if (lower == null && upper == null) {
            throw new RuleViolation("figures.spec.noLimit");
        }
        if (lower != null && upper != null && lower >= upper) {
            throw new RuleViolation("figures.spec.order", lower, upper);
        }
        if (target != null && ((lower != null && target < lower) || (upper != null && target > upper))) {
            throw new RuleViolation("figures.spec.target", target);
        }
    }

    public boolean isTwoSided() {
        return lower != null && upper != null;
    }
}
