package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CS-09: the traffic light of Cpk against the procedure's thresholds (1.33 and 1.00 by default). */
class CapabilityStatusTest {

    @Test
    void theLightFollowsTheThresholds() {
        assertEquals(CapabilityStatus.CAPABLE, CapabilityStatus.of(1.33, 1.33, 1.0));
        assertEquals(CapabilityStatus.MARGINAL, CapabilityStatus.of(1.329, 1.33, 1.0));
        assertEquals(CapabilityStatus.MARGINAL, CapabilityStatus.of(1.0, 1.33, 1.0));
        assertEquals(CapabilityStatus.NOT_CAPABLE, CapabilityStatus.of(0.99, 1.33, 1.0));
        assertEquals(CapabilityStatus.NOT_CAPABLE, CapabilityStatus.of(-0.4, 1.33, 1.0), "a mean outside the limits");
    }

    @Test
    void noCpkIsNoDataNeverALight() {
        assertEquals(CapabilityStatus.NO_DATA, CapabilityStatus.of(null, 1.33, 1.0));
        assertEquals(CapabilityStatus.NO_DATA, CapabilityStatus.of(Double.NaN, 1.33, 1.0));
        assertEquals(CapabilityStatus.NO_DATA, CapabilityStatus.of(Double.POSITIVE_INFINITY, 1.33, 1.0));
    }
}
