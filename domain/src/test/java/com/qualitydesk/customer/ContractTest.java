package com.qualitydesk.customer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final LocalDate Q4_START = LocalDate.of(2026, 10, 1);
    private static final LocalDate Q4_END = LocalDate.of(2026, 12, 31);
    private final Customer customer = new Customer("C1", "客户", null);

    @Test
    void aContractEndingOnTheFirstDayOfTheQuarterMakesTheCustomerEligible_CS02() {
        var c = new Contract("HT-1", customer, LocalDate.of(2025, 1, 1), Q4_START);
        assertTrue(c.overlaps(Q4_START, Q4_END));
    }

    @Test
    void aContractThatEndedBeforeTheQuarterDoesNot_CS02() {
        var c = new Contract("HT-2", customer, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 30));
        assertFalse(c.overlaps(Q4_START, Q4_END));
    }

    @Test
    void anOpenEndedContractRunsOn_CS02() {
        var c = new Contract("HT-3", customer, LocalDate.of(2020, 1, 1), null);
        assertTrue(c.overlaps(Q4_START, Q4_END));
    }

    @Test
    void anEndBeforeTheStartIsInvalid() {
        assertFalse(new Contract("HT-4", customer, Q4_END, Q4_START).isPeriodValid());
        assertTrue(new Contract("HT-5", customer, Q4_START, Q4_START).isPeriodValid());
    }

    @Test
    void aCustomerIsShownInTheReadersLanguageFallingBackToTheOtherName_CC01() {
        var both = new Customer("C2", "华兴汽车", "Huaxing Auto");
        var chineseOnly = new Customer("C3", "东方电气", null);
        org.junit.jupiter.api.Assertions.assertEquals("华兴汽车", both.displayName("zh_CN"));
        org.junit.jupiter.api.Assertions.assertEquals("Huaxing Auto", both.displayName("en"));
        org.junit.jupiter.api.Assertions.assertEquals("东方电气", chineseOnly.displayName("en"));
    }

    @Test
    void aDeliveryShippedAfterThePromisedDateIsLate_CS09() {
        var d = new Delivery(customer, new Product("P1", "Pump", "Pumps", true), "L1", 10, LocalDate.of(2026, 11, 3));
        d.setPromisedDate(LocalDate.of(2026, 11, 2));
        assertTrue(d.isLate());
        d.setPromisedDate(LocalDate.of(2026, 11, 3));
        assertFalse(d.isLate());
    }
}
