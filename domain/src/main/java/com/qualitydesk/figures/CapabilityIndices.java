package com.qualitydesk.figures;

/**
 * Capability indices from one sigma (CS-09): with the within-subgroup sigma they are Cp, Cpk, CPU,
 * CPL; with the overall standard deviation Pp, Ppk, PPU, PPL. An index a one-sided specification
 * does not define, or that no spread allows, is null ("no data"), never NaN or infinite.
 */
public record CapabilityIndices(Double potential, Double actual, Double upper, Double lower) {

    static final CapabilityIndices NONE = new CapabilityIndices(null, null, null, null);

    public static CapabilityIndices of(Specification spec, double mean, Double sigma) {
        if (sigma == null || !(sigma > 0) || Double.isInfinite(sigma)) {
            return NONE;
        }
        Double upper = spec.upper() == null ? null : (spec.upper() - mean) / (3 * sigma);
        Double lower = spec.lower() == null ? null : (mean - spec.lower()) / (3 * sigma);
        Double potential = spec.isTwoSided() ? (spec.upper() - spec.lower()) / (6 * sigma) : null;
        Double actual = upper == null ? lower : lower == null ? upper : Math.min(upper, lower);
        return new CapabilityIndices(potential, actual, upper, lower);
    }
}
