package com.qualitydesk.figures;

import org.apache.commons.math3.special.Gamma;

/**
 * The control-chart constants of CS-09's capability figures, by subgroup size n.
 *
 * <p>d₂ and d₃ (mean and standard deviation of the relative range of n normal values) have no closed
 * form; they are the tabulated values, to four decimals, of ASTM E2587 and Montgomery, <i>Introduction to Statistical
 * Quality Control</i>, Appendix Table VI, as also printed in the NIST/SEMATECH e-Handbook of
 * Statistical Methods, §6.3.2. c₄ is computed from the gamma function, and every other constant is
 * derived from these three the way the tables themselves were: A₂ = 3/(d₂√n), D₃,₄ = 1 ∓ 3d₃/d₂,
 * A₃ = 3/(c₄√n), B₃,₄ = 1 ∓ 3√(1−c₄²)/c₄ (a lower factor below zero is zero).
 */
public final class SpcConstants {

    public static final int MIN_SUBGROUP = 2;
    public static final int MAX_SUBGROUP = 25;

    /** d₂ for n = 2 … 25. */
    private static final double[] D2 = {
        1.1284, 1.6926, 2.0588, 2.3259, 2.5344, 2.7044, 2.8472, 2.9700, 3.0775, 3.1729, 3.2585, 3.3360, 3.4068, 3.4718,
        3.5320, 3.5879, 3.6401, 3.6890, 3.7350, 3.7783, 3.8194, 3.8583, 3.8953, 3.9306
    };

    /** d₃ for n = 2 … 25. */
    private static final double[] D3_FACTOR = {
        0.8525, 0.8884, 0.8798, 0.8641, 0.8480, 0.8332, 0.8198, 0.8078, 0.7971, 0.7873, 0.7785, 0.7704, 0.7630, 0.7562,
        0.7499, 0.7441, 0.7386, 0.7335, 0.7287, 0.7242, 0.7199, 0.7159, 0.7121, 0.7084
    };

    private SpcConstants() {}

    public static double d2(int n) {
        return D2[index(n)];
    }

    public static double d3(int n) {
        return D3_FACTOR[index(n)];
    }

    /** c₄ = √(2/(n−1)) · Γ(n/2) / Γ((n−1)/2), the bias of the sample standard deviation. */
    public static double c4(int n) {
        index(n);
        return Math.sqrt(2.0 / (n - 1)) * Math.exp(Gamma.logGamma(n / 2.0) - Gamma.logGamma((n - 1) / 2.0));
    }

    /** X̄ chart limits from R̄: X̿ ± A₂R̄. */
    public static double a2(int n) {
        return 3 / (d2(n) * Math.sqrt(n));
    }

    /** R chart lower limit factor. */
    public static double rangeLower(int n) {
        return Math.max(0, 1 - 3 * d3(n) / d2(n));
    }

    /** R chart upper limit factor. */
    public static double rangeUpper(int n) {
        return 1 + 3 * d3(n) / d2(n);
    }

    /** X̄ chart limits from S̄: X̿ ± A₃S̄. */
    public static double a3(int n) {
        return 3 / (c4(n) * Math.sqrt(n));
    }

    /** S chart lower limit factor. */
    public static double b3(int n) {
        return Math.max(0, 1 - 3 * Math.sqrt(1 - c4(n) * c4(n)) / c4(n));
    }

    /** S chart upper limit factor. */
    public static double b4(int n) {
        return 1 + 3 * Math.sqrt(1 - c4(n) * c4(n)) / c4(n);
    }

    private static int index(int n) {
        if (n < MIN_SUBGROUP || n > MAX_SUBGROUP) {
            throw new IllegalArgumentException("subgroup size " + n + " outside " + MIN_SUBGROUP + "…" + MAX_SUBGROUP);
        }
        return n - MIN_SUBGROUP;
    }
}
