package com.qualitydesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParetoTest {

    private static Pareto.Count count(String label, int n) {
        return new Pareto.Count(label, BigDecimal.valueOf(n));
    }

    @Test
    void largestCauseComesFirstAndTiesGoByName_CS10() {
        var pareto = Pareto.of(List.of(count("delivery", 3), count("price", 7), count("documents", 3)), 10);

        assertEquals(
                List.of("price", "delivery", "documents"),
                pareto.bars().stream().map(Pareto.Bar::label).toList());
        assertEquals(new BigDecimal("53.85"), pareto.bars().get(0).share());
        assertEquals(new BigDecimal("76.92"), pareto.bars().get(1).cumulative());
        assertEquals(new BigDecimal("100.00"), pareto.bars().get(2).cumulative());
    }

    @Test
    void causesBeyondTheKeptOnesAreOneOtherBarAlwaysLast_CS10() {
        var pareto = Pareto.of(List.of(count("a", 1), count("b", 9), count("c", 5), count("d", 4), count("e", 1)), 3);

        assertEquals(4, pareto.bars().size());
        assertEquals(
                List.of("b", "c", "d", ""),
                pareto.bars().stream().map(Pareto.Bar::label).toList());
        Pareto.Bar other = pareto.bars().get(3);
        assertTrue(other.isOther());
        // the two causes of one each, smaller than the kept ones, folded together
        assertEquals(BigDecimal.valueOf(2), other.count());
        assertEquals(new BigDecimal("100.00"), other.cumulative());
    }

    @Test
    void theUnnamedPartOfTheWholeIsInTheOtherBar_CS09() {
        var pareto = Pareto.of(List.of(count("burr", 6)), BigDecimal.TEN, 5);

        assertEquals(2, pareto.bars().size());
        assertEquals(new BigDecimal("60.00"), pareto.bars().get(0).share());
        assertEquals(BigDecimal.valueOf(4), pareto.bars().get(1).count());
        assertTrue(pareto.bars().get(1).isOther());
    }

    @Test
    void zeroCountsAndAnEmptyWholeGiveNoBars() {
        assertTrue(Pareto.of(List.of(count("a", 0)), 5).isEmpty());
        var some = Pareto.of(List.of(count("a", 0), count("b", 2)), 5);
        assertFalse(some.isEmpty());
        assertEquals(1, some.bars().size());
    }
}
