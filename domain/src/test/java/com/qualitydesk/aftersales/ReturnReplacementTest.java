package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.Product;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** AS-07: the lot, the quantity, the replacement and the states of a return or replacement. */
class ReturnReplacementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 10, 12);
    private static final Instant NOW = Instant.parse("2026-10-12T06:00:00Z");

    private final Customer huaxing = new Customer("C1001", "华兴", "Huaxing");
    private final Customer dongfang = new Customer("C1002", "东方", "Dongfang");
    private final Product valve = new Product("V-200", "Valve", "Valves", true);
    private final Product pump = new Product("P-450", "Pump", "Pumps", true);
    private final Delivery lot = new Delivery(huaxing, valve, "L1", 40, TODAY.minusDays(30));

    private ReturnReplacement of(ReturnKind kind, int quantity) {
        var r = new ReturnReplacement();
        r.setCustomer(huaxing);
        r.setDelivery(lot);
        r.setKind(kind);
        r.setQuantity(quantity);
        r.setReason("Coil hums");
        r.setReturnedOn(TODAY);
        r.setRegisteredAt(NOW);
        r.setRegisteredBy("sales");
        return r;
    }

    private static String refusal(Executable step) {
        return assertThrows(RuleViolation.class, step).getMessageKey();
    }

    @Test
    void theQuantityIsCheckedAgainstWhatIsLeftOfTheLot_AS07() {
        assertDoesNotThrow(() -> of(ReturnKind.RETURN, 40).checkQuantity(new ReturnableQuantity(40, 0)));
        assertEquals("returnReplacement.quantity.tooMany", refusal(() -> of(ReturnKind.RETURN, 41)
                .checkQuantity(new ReturnableQuantity(40, 0))));
        assertEquals("returnReplacement.quantity.tooMany", refusal(() -> of(ReturnKind.REPLACEMENT, 5)
                .checkQuantity(new ReturnableQuantity(40, 36))));
        assertEquals("returnReplacement.quantity.positive", refusal(() -> of(ReturnKind.RETURN, 0)
                .checkQuantity(new ReturnableQuantity(40, 0))));
    }

    @Test
    void theLotIsTheCustomersAndTheGoodsCameBackByToday_AS07() {
        var r = of(ReturnKind.RETURN, 3);
        assertDoesNotThrow(r::checkLot);
        r.setCustomer(dongfang);
        assertEquals("returnReplacement.lot.notCustomers", refusal(r::checkLot));

        var tomorrow = of(ReturnKind.RETURN, 3);
        tomorrow.setReturnedOn(TODAY.plusDays(1));
        assertEquals("returnReplacement.returnedOn.future", refusal(() -> tomorrow.checkReturnedOn(TODAY)));
        assertDoesNotThrow(() -> of(ReturnKind.RETURN, 3).checkReturnedOn(TODAY));
    }

    @Test
    void freightThatCostsSomethingNeedsWhoBearsIt_CF13() {
        var r = of(ReturnKind.RETURN, 3);
        assertDoesNotThrow(r::checkFreight);
        assertFalse(r.hasFreight());
        r.setFreightAmount(new BigDecimal("120.00"));
        assertTrue(r.hasFreight());
        assertEquals("returnReplacement.freight.bearer.required", refusal(r::checkFreight));
        r.setFreightBorneBy(CostBearer.COMPANY);
        assertDoesNotThrow(r::checkFreight);
        r.setFreightAmount(new BigDecimal("-1.00"));
        assertEquals("returnReplacement.freight.negative", refusal(r::checkFreight));
    }

    @Test
    void aReplacementClosesOnlyWithTheDeliveryThatReplacedTheGoods_AS07() {
        var r = of(ReturnKind.RETURN_AND_REPLACEMENT, 3);
        assertEquals("returnReplacement.close.noReplacement", refusal(() -> r.close(NOW, "sales")));
        assertTrue(r.isOpen());

        var replacement = new Delivery(huaxing, valve, "L1-R", 3, TODAY);
        r.nameReplacement(replacement);
        r.close(NOW, "sales");
        assertEquals(ReturnStatus.CLOSED, r.getStatus());
        assertEquals("sales", r.getClosedBy());
        assertSame(replacement, r.getReplacement());

        // closed is closed: no second close, no other replacement, no more costs
        assertEquals("returnReplacement.closed", refusal(() -> r.close(NOW, "quality")));
        assertEquals("returnReplacement.closed", refusal(() -> r.nameReplacement(replacement)));
        assertEquals("returnReplacement.closed", refusal(() -> r.checkCost(CostKind.RETURN)));
    }

    @Test
    void aReturnWithoutReplacementClosesAsItIs_AS07() {
        var r = of(ReturnKind.RETURN, 3);
        assertEquals(
                "returnReplacement.replacement.notForReturn",
                refusal(() -> r.nameReplacement(new Delivery(huaxing, valve, "L1-R", 3, TODAY))));
        r.close(NOW, "quality");
        assertEquals(ReturnStatus.CLOSED, r.getStatus());
        assertNull(r.getReplacement());
    }

    @Test
    void theReplacementIsAnotherLotOfTheSameProductForTheSameCustomer_AS07() {
        var r = of(ReturnKind.REPLACEMENT, 3);
        assertEquals("returnReplacement.replacement.sameLot", refusal(() -> r.nameReplacement(lot)));
        assertEquals(
                "returnReplacement.replacement.otherCustomerOrProduct",
                refusal(() -> r.nameReplacement(new Delivery(dongfang, valve, "L9", 3, TODAY))));
        assertEquals(
                "returnReplacement.replacement.otherCustomerOrProduct",
                refusal(() -> r.nameReplacement(new Delivery(huaxing, pump, "L9", 3, TODAY))));
        assertEquals("returnReplacement.replacement.required", refusal(() -> r.nameReplacement(null)));
        assertNull(r.getReplacement(), "nothing refused was named");
    }

    @Test
    void theLedgerTakesOnlyTheGoodsAndTheFreightOfAReturn_CF13() {
        var r = of(ReturnKind.RETURN, 3);
        for (CostKind kind : ReturnReplacement.COST_KINDS) {
            assertDoesNotThrow(() -> r.checkCost(kind));
        }
        assertEquals("returnReplacement.cost.kind", refusal(() -> r.checkCost(CostKind.COMPENSATION)));
        assertEquals("returnReplacement.cost.kind", refusal(() -> r.checkCost(CostKind.ON_SITE_SERVICE)));
    }

    @Test
    void theSameLotDayAndQuantityWithinAMinuteIsTheSameSubmit_AS07() {
        var first = of(ReturnKind.RETURN, 3);
        var again = of(ReturnKind.RETURN, 3);
        assertTrue(again.repeats(first, NOW.plusSeconds(5)));
        assertTrue(again.repeats(first, NOW.plus(ReturnReplacement.REPEAT_WINDOW)));
        assertFalse(
                again.repeats(first, NOW.plus(ReturnReplacement.REPEAT_WINDOW).plusSeconds(1)), "later: a new return");

        var otherQuantity = of(ReturnKind.RETURN, 4);
        assertFalse(otherQuantity.repeats(first, NOW.plusSeconds(5)));
        var otherDay = of(ReturnKind.RETURN, 3);
        otherDay.setReturnedOn(TODAY.minusDays(1));
        assertFalse(otherDay.repeats(first, NOW.plusSeconds(5)));
        var otherLot = of(ReturnKind.RETURN, 3);
        otherLot.setDelivery(new Delivery(huaxing, valve, "L2", 40, TODAY));
        assertFalse(otherLot.repeats(first, NOW.plusSeconds(5)));
        assertFalse(first.repeats(first, NOW), "a record does not repeat itself");
    }
}
