package com.qualitydesk.feedback;

import static com.qualitydesk.feedback.Cases.MONDAY_10;
import static com.qualitydesk.feedback.Cases.registered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The feedback permission policy: who takes which step, in which state of the case. */
class FeedbackStepTest {

    private static final Set<Department> SALES = Set.of(Department.SALES);
    private static final Set<Department> QUALITY = Set.of(Department.QUALITY);
    private static final Set<Department> GM = Set.of(Department.GENERAL_MANAGER);

    @Test
    void onlySalesRegistersAndOnlyAReceivedItem_CF03() {
        var received = Cases.received(Department.FINANCE, MONDAY_10);
        assertTrue(FeedbackStep.REGISTER.allows(SALES, received));
        assertFalse(FeedbackStep.REGISTER.allows(QUALITY, received));
        assertFalse(FeedbackStep.REGISTER.allows(SALES, registered(Severity.MAJOR)));
    }

    @Test
    void theGeneralManagerInstructsOnAMajorOpenCaseOnly_CF08() {
        assertTrue(FeedbackStep.INSTRUCT.allows(GM, registered(Severity.MAJOR)));
        assertFalse(FeedbackStep.INSTRUCT.allows(QUALITY, registered(Severity.MAJOR)));
        var small = registered(Severity.SMALL_BATCH);
        assertFalse(FeedbackStep.INSTRUCT.allows(GM, small));
        assertEquals(
                "feedback.gm.onlyMajor",
                assertThrows(RuleViolation.class, () -> FeedbackStep.INSTRUCT.require(GM, small))
                        .getMessageKey());
        assertEquals(
                "feedback.step.otherDepartment",
                assertThrows(RuleViolation.class, () -> FeedbackStep.INSTRUCT.require(SALES, small))
                        .getMessageKey());
    }

    @Test
    void aClosedCaseOffersNoStepButCanStillBeRead() {
        var f = registered(Severity.GENERAL_QUESTION);
        LocalDate today = LocalDate.of(2026, 11, 17);
        f.draftReply("Dear customer", "en");
        assertTrue(FeedbackStep.REPLY.allows(SALES, f));
        f.recordReplySent(today, FeedbackChannel.EMAIL, "s", today);
        assertFalse(FeedbackStep.REPLY.allows(SALES, f));
        f.close(java.util.List.of(), MONDAY_10, "s");
        for (var step : FeedbackStep.values()) {
            if (step.name().startsWith("READ_")) {
                assertTrue(step.allows(step.departments(), f), step.name());
            } else {
                assertFalse(step.allows(step.departments(), f), step.name());
            }
        }
    }

    @Test
    void aSheetIsAnsweredByItsUnitOrRecordedByQuality_CF04() {
        var f = registered(Severity.SMALL_BATCH);
        var sheet = new InformationSheet();
        sheet.setDepartment(Department.PRODUCTION);
        assertTrue(FeedbackStep.mayAnswer(Set.of(Department.PRODUCTION), f, sheet));
        assertTrue(FeedbackStep.mayAnswer(QUALITY, f, sheet));
        assertFalse(FeedbackStep.mayAnswer(SALES, f, sheet));
    }

    @Test
    void productionRecordsContainmentOnlyAfterTheTransfer_CF06() {
        var f = registered(Severity.SMALL_BATCH);
        var production = Set.of(Department.PRODUCTION);
        assertFalse(FeedbackStep.RECORD_CONTAINMENT.allows(production, f));
        assertTrue(FeedbackStep.TRANSFER_TO_PRODUCTION.allows(QUALITY, f));
        f.transferToProduction(true, MONDAY_10);
        assertTrue(FeedbackStep.RECORD_CONTAINMENT.allows(production, f));
        assertFalse(FeedbackStep.TRANSFER_TO_PRODUCTION.allows(QUALITY, f));
    }
}
