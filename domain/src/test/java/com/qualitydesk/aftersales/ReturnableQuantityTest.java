package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.qualitydesk.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** AS-07: a return takes more than nothing and at most what is left of the lot. */
class ReturnableQuantityTest {

    private static String refusal(ReturnableQuantity returnable, Integer quantity) {
        return assertThrows(RuleViolation.class, () -> returnable.check(quantity))
                .getMessageKey();
    }

    @Test
    void theWholeLotMayComeBackButNotOnePieceMore_AS07() {
        var lot = new ReturnableQuantity(40, 0);
        assertEquals(40, lot.remaining());
        assertDoesNotThrow(() -> lot.check(1));
        assertDoesNotThrow(() -> lot.check(40));
        RuleViolation tooMany = assertThrows(RuleViolation.class, () -> lot.check(41));
        assertEquals("returnReplacement.quantity.tooMany", tooMany.getMessageKey());
        assertArrayEquals(new Object[] {41, 40, 40}, tooMany.getArguments(), "asked, left, delivered");
    }

    @Test
    void earlierReturnsOfTheLotTakeTheirShare_AS07() {
        var lot = new ReturnableQuantity(40, 25);
        assertEquals(15, lot.remaining());
        assertDoesNotThrow(() -> lot.check(15));
        assertEquals("returnReplacement.quantity.tooMany", refusal(lot, 16));
        var allTaken = new ReturnableQuantity(40, 40);
        assertEquals(0, allTaken.remaining());
        assertEquals("returnReplacement.quantity.tooMany", refusal(allTaken, 1));
    }

    @Test
    void aQuantityOfNothingOrLessOrNoneAtAllIsRefused_AS07() {
        var lot = new ReturnableQuantity(40, 0);
        assertEquals("returnReplacement.quantity.positive", refusal(lot, 0));
        assertEquals("returnReplacement.quantity.positive", refusal(lot, -3));
        assertEquals("returnReplacement.quantity.required", refusal(lot, null));
    }

    @Test
    void moreTakenThanDeliveredLeavesNothing_AS07() {
        // a lot corrected downwards by a later import after its returns were registered
        var corrected = new ReturnableQuantity(10, 12);
        assertEquals(0, corrected.remaining());
        assertEquals("returnReplacement.quantity.tooMany", refusal(corrected, 1));
    }
}
