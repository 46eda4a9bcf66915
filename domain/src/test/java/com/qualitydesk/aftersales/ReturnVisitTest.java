package com.qualitydesk.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** AS-06: the states of a return visit and who goes on it. */
class ReturnVisitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    private ReturnVisit planned() {
        return new ReturnVisit(new Customer("C1", "华兴", "Huaxing"), TODAY.minusDays(1), Set.of("quality", "sales"));
    }

    private static ReturnVisitReport report(LocalDate done, String findings, Set<Department> to) {
        return new ReturnVisitReport(done, findings, "Satisfied with delivery", "Faster samples", to);
    }

    @Test
    void aPlannedVisitIsRecordedOnceAndThenNeitherChangedNorRecordedAgain_AS06() {
        var visit = planned();
        visit.record(
                report(
                        TODAY,
                        "Valves run well",
                        EnumSet.of(Department.QUALITY, Department.SALES, Department.TECHNICAL)),
                "quality",
                NOW,
                TODAY);
        assertEquals(ReturnVisitStatus.DONE, visit.getStatus());
        assertEquals("quality", visit.getRecordedBy());
        assertEquals(EnumSet.of(Department.QUALITY, Department.SALES, Department.TECHNICAL), visit.getSentTo());

        var again = assertThrows(
                RuleViolation.class,
                () -> visit.record(report(TODAY, "again", ReturnVisit.CONCERNED), "sales", NOW, TODAY));
        assertEquals("returnVisit.notPlanned", again.getMessageKey());
        assertEquals("Valves run well", visit.getFindings());
        assertThrows(RuleViolation.class, () -> visit.replan(TODAY, Set.of("sales"), null));
        assertThrows(RuleViolation.class, visit::cancel);
    }

    @Test
    void aCancelledVisitIsNotRecorded_AS06() {
        var visit = planned();
        visit.cancel();
        assertEquals(ReturnVisitStatus.CANCELLED, visit.getStatus());
        assertThrows(
                RuleViolation.class, () -> visit.record(report(TODAY, "x", ReturnVisit.CONCERNED), "gm", NOW, TODAY));
    }

    @Test
    void theRecordNeedsAPastDateFindingsAndQualityAndSalesAsReaders_AS06() {
        var visit = planned();
        assertEquals(
                "returnVisit.doneDate.future",
                assertThrows(
                                RuleViolation.class,
                                () -> visit.record(
                                        report(TODAY.plusDays(1), "x", ReturnVisit.CONCERNED), "gm", NOW, TODAY))
                        .getMessageKey());
        assertEquals(
                "returnVisit.findings.required",
                assertThrows(
                                RuleViolation.class,
                                () -> visit.record(report(TODAY, " ", ReturnVisit.CONCERNED), "gm", NOW, TODAY))
                        .getMessageKey());
        assertEquals(
                "returnVisit.sendTo.required",
                assertThrows(
                                RuleViolation.class,
                                () -> visit.record(
                                        report(TODAY, "x", EnumSet.of(Department.QUALITY)), "gm", NOW, TODAY))
                        .getMessageKey());
        assertEquals(
                "returnVisit.doneDate.required",
                assertThrows(
                                RuleViolation.class,
                                () -> visit.record(report(null, "x", ReturnVisit.CONCERNED), "gm", NOW, TODAY))
                        .getMessageKey());
        assertTrue(visit.isPlanned());
    }

    @Test
    void onlyAVisitorOrTheGeneralManagerRecordsTheVisit_AS06() {
        var visit = planned();
        assertTrue(visit.mayRecord("quality", EnumSet.of(Department.QUALITY)));
        assertTrue(visit.mayRecord("gm", EnumSet.of(Department.GENERAL_MANAGER)));
        assertFalse(visit.mayRecord("quality2", EnumSet.of(Department.QUALITY)));
        assertFalse(visit.mayRecord("office", EnumSet.of(Department.OFFICE)));
    }

    @Test
    void theVisitorsAreQualityAndSalesPeopleWithAtLeastOneOfEach_AS06() {
        Map<String, Set<Department>> team = new LinkedHashMap<>();
        team.put("quality", EnumSet.of(Department.QUALITY));
        team.put("sales", EnumSet.of(Department.SALES));
        ReturnVisit.checkVisitors(team);

        team.put("office", EnumSet.of(Department.OFFICE));
        var foreign = assertThrows(RuleViolation.class, () -> ReturnVisit.checkVisitors(team));
        assertEquals("returnVisit.visitor.department", foreign.getMessageKey());
        assertEquals("office", foreign.getArguments()[0]);

        var onlyQuality = Map.<String, Set<Department>>of("quality", EnumSet.of(Department.QUALITY));
        assertEquals(
                "returnVisit.visitors.required",
                assertThrows(RuleViolation.class, () -> ReturnVisit.checkVisitors(onlyQuality))
                        .getMessageKey());
        assertEquals(
                "returnVisit.visitors.required",
                assertThrows(RuleViolation.class, () -> ReturnVisit.checkVisitors(Map.of()))
                        .getMessageKey());
    }

    @Test
    void replanningChangesDateAndVisitorsWhilePlanned_AS06() {
        var visit = planned();
        visit.replan(TODAY.plusDays(10), Set.of("quality", " sales2 ", ""), "Year-end visit");
        assertEquals(TODAY.plusDays(10), visit.getPlannedDate());
        assertEquals(Set.of("quality", "sales2"), visit.getVisitors());
    }
}
