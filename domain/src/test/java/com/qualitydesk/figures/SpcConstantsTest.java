package com.qualitydesk.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The derived constants agree with the printed tables (Montgomery, Appendix VI; ASTM E2587) to their
 * three or four decimals: the derivation is the one the tables were made with.
 */
class SpcConstantsTest {

    private static final double PRINTED = 0.0015;

    @Test
    void meanAndRangeChartFactorsMatchTheTable_CS09() {
        assertEquals(1.880, SpcConstants.a2(2), PRINTED);
        assertEquals(0.577, SpcConstants.a2(5), PRINTED);
        assertEquals(0.308, SpcConstants.a2(10), PRINTED);
        assertEquals(0, SpcConstants.rangeLower(6), 0);
        assertEquals(0.076, SpcConstants.rangeLower(7), PRINTED);
        assertEquals(3.267, SpcConstants.rangeUpper(2), PRINTED);
        assertEquals(2.114, SpcConstants.rangeUpper(5), PRINTED);
        assertEquals(1.777, SpcConstants.rangeUpper(10), PRINTED);
    }

    @Test
    void standardDeviationChartFactorsMatchTheTable_CS09() {
        assertEquals(0.7979, SpcConstants.c4(2), 0.00005);
        assertEquals(0.9400, SpcConstants.c4(5), 0.00005);
        assertEquals(0.9754, SpcConstants.c4(11), 0.00005);
        assertEquals(0.9896, SpcConstants.c4(25), 0.00005);
        assertEquals(1.427, SpcConstants.a3(5), PRINTED);
        assertEquals(0.975, SpcConstants.a3(10), PRINTED);
        assertEquals(0, SpcConstants.b3(5), 0);
        assertEquals(0.030, SpcConstants.b3(6), PRINTED);
        assertEquals(1.970, SpcConstants.b4(6), PRINTED);
        assertEquals(0.321, SpcConstants.b3(11), PRINTED);
        assertEquals(1.679, SpcConstants.b4(11), PRINTED);
    }

    @Test
    void aSubgroupSizeOutsideTheTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SpcConstants.d2(1));
        assertThrows(IllegalArgumentException.class, () -> SpcConstants.d2(26));
    }
}
