package com.qualitydesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnalysisReportTest {

    private static final Instant DRAFTED = Instant.parse("2026-10-20T02:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-10-22T06:00:00Z");

    private static AnalysisReport draft() {
        return AnalysisReport.draft(
                7, "2026 Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30), "{\"a\":1}", "sales", DRAFTED);
    }

    @Test
    void anIssuedReportRefusesEveryChange_CS10() {
        var report = draft();
        report.writeConclusions("Delivery slipped in August.");
        report.issue("sales", ISSUED);

        assertTrue(report.isIssued());
        assertEquals("2026-Q3 v1", report.reference());
        assertEquals(
                "analysis.report.issued",
                assertThrows(RuleViolation.class, () -> report.writeConclusions("changed"))
                        .getMessageKey());
        assertThrows(RuleViolation.class, () -> report.takeFigures("{}", ISSUED));
        assertThrows(RuleViolation.class, () -> report.issue("sales", ISSUED));
        assertEquals("Delivery slipped in August.", report.getConclusions());
        assertEquals(report.fingerprint(), report.getSha256());
    }

    @Test
    void aReportIsIssuedOnlyWithConclusions_CS10() {
        var report = draft();
        report.writeConclusions("   ");
        assertEquals(
                "analysis.report.conclusions.required",
                assertThrows(RuleViolation.class, () -> report.issue("sales", ISSUED))
                        .getMessageKey());
    }

    @Test
    void aCorrectionIsTheNextVersionWithAReasonAndLeavesTheIssuedOneAsItWas_CS10() {
        var first = draft();
        first.writeConclusions("First reading.");
        first.issue("sales", ISSUED);
        String sha = first.getSha256();

        assertEquals(
                "analysis.report.reason.required",
                assertThrows(RuleViolation.class, () -> first.nextVersion(" ", "{}", "sales", ISSUED))
                        .getMessageKey());
        var second = first.nextVersion("Late paper replies entered", "{\"a\":2}", "sales", ISSUED);

        assertEquals(2, second.getReportVersion());
        assertEquals(ReportStatus.DRAFT, second.getStatus());
        assertEquals("First reading.", second.getConclusions());
        assertEquals("Late paper replies entered", second.getReason());
        assertNull(second.getSha256());
        second.writeConclusions("Second reading.");
        assertEquals("First reading.", first.getConclusions());
        assertEquals(sha, first.fingerprint());
        assertNotEquals(first.fingerprint(), second.fingerprint());
    }

    @Test
    void onlyAnIssuedReportHasANextVersion_CS10() {
        assertEquals(
                "analysis.report.notIssued",
                assertThrows(RuleViolation.class, () -> draft().nextVersion("why", "{}", "sales", ISSUED))
                        .getMessageKey());
    }
}
