package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Customer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractCoverageTest {

    private static final Customer CUSTOMER = new Customer("C001", "客户", "Customer");
    private static final LocalDate SHIPPED = LocalDate.of(2026, 3, 10);

    private static Contract contract(String number, LocalDate start, LocalDate end, Integer months) {
        var c = new Contract(number, CUSTOMER, start, end);
        c.setWarrantyMonths(months);
        return c;
    }

    @Test
    void requestWithinWarrantyOfLotShippedUnderContract_isCovered_AS08() {
        var contract = contract("K-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 12);
        var covering = ContractCoverage.coveringContract(List.of(contract), SHIPPED, LocalDate.of(2027, 3, 10));
        assertEquals("K-1", covering.orElseThrow().getNumber());
    }

    @Test
    void requestAfterWarrantyRanOut_isNotCovered_AS08() {
        var contract = contract("K-1", LocalDate.of(2026, 1, 1), null, 12);
        assertTrue(ContractCoverage.coveringContract(List.of(contract), SHIPPED, LocalDate.of(2027, 3, 11))
                .isEmpty());
    }

    @Test
    void lotShippedBeforeOrAfterTheContractRan_isNotCovered_AS08() {
        var ended = contract("K-1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 24);
        var later = contract("K-2", LocalDate.of(2026, 4, 1), null, 24);
        assertTrue(ContractCoverage.coveringContract(List.of(ended, later), SHIPPED, LocalDate.of(2026, 5, 1))
                .isEmpty());
    }

    @Test
    void noContractOrContractWithoutWarranty_isNotCovered_AS08() {
        assertTrue(
                ContractCoverage.coveringContract(List.of(), SHIPPED, SHIPPED).isEmpty());
        var noService = contract("K-1", LocalDate.of(2026, 1, 1), null, null);
        var zero = contract("K-2", LocalDate.of(2026, 1, 1), null, 0);
        assertFalse(noService.coversService(SHIPPED, SHIPPED));
        assertTrue(ContractCoverage.coveringContract(List.of(noService, zero), SHIPPED, SHIPPED)
                .isEmpty());
    }

    @Test
    void ofSeveralCoveringContracts_theLongestRunningIsNamed_AS08() {
        var a = contract("K-1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), 12);
        var b = contract("K-2", LocalDate.of(2026, 1, 1), null, 12);
        assertEquals(
                "K-2",
                ContractCoverage.coveringContract(List.of(a, b), SHIPPED, LocalDate.of(2026, 5, 1))
                        .orElseThrow()
                        .getNumber());
    }
}
