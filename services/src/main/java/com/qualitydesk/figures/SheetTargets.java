package com.qualitydesk.figures;

import java.math.BigDecimal;

/**
 * What the sheets' figures are measured against (CS-09, IM-04), as the procedure parameters stand:
 * the pass-rate objective in percent and the Cpk thresholds of the capability light.
 */
public record SheetTargets(BigDecimal passRateObjective, double cpkCapable, double cpkMarginal) {

    /** The light of a Cpk against the thresholds; none is no data. */
    public CapabilityStatus capability(BigDecimal cpk) {
        return CapabilityStatus.of(cpk == null ? null : cpk.doubleValue(), cpkCapable, cpkMarginal);
    }

    /** Whether a pass rate reaches the objective; none is neither. */
    public boolean meetsObjective(BigDecimal passRate) {
        return passRate != null && passRate.compareTo(passRateObjective) >= 0;
    }
}
