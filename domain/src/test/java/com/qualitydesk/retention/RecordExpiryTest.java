package com.qualitydesk.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** CC-03: an expiry needs two people, a reason, and decides once; a legal hold needs its reasons. */
class RecordExpiryTest {

    private static final Instant PROPOSED = Instant.parse("2026-05-04T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-05-05T03:00:00Z");
    private static final Set<Department> ADMIN = EnumSet.of(Department.ADMIN);
    private static final Set<Department> QUALITY = EnumSet.of(Department.QUALITY);

    private static ExpiringRecord record(long id) {
        return new ExpiringRecord(
                RecordKind.CUSTOMER_COMMUNICATION,
                id,
                "PO-" + id,
                "ORDER",
                "C1001",
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2025, 2, 28));
    }

    private static RecordExpiry proposed() {
        return RecordExpiry.propose(List.of(record(1), record(2)), "  Yearly clean-up  ", "admin", ADMIN, PROPOSED);
    }

    private static String refusal(Executable call) {
        return assertThrows(RuleViolation.class, call).getMessageKey();
    }

    @Test
    void administrationProposesWithAReasonAndEveryRecordOnce_CC03() {
        var expiry = proposed();
        assertEquals(ExpiryStatus.PROPOSED, expiry.getStatus());
        assertEquals("Yearly clean-up", expiry.getReason());
        assertEquals("PO-1, PO-2", expiry.references());
        assertTrue(expiry.getRecords().stream().allMatch(r -> r.getExpiry() == expiry));

        assertEquals(
                "retention.expiry.reason.required",
                refusal(() -> RecordExpiry.propose(List.of(record(1)), "   ", "admin", ADMIN, PROPOSED)));
        assertEquals(
                "retention.expiry.reason.required",
                refusal(() -> RecordExpiry.propose(List.of(record(1)), null, "admin", ADMIN, PROPOSED)));
        assertEquals(
                "retention.reason.tooLong",
                refusal(() -> RecordExpiry.propose(List.of(record(1)), "x".repeat(1001), "admin", ADMIN, PROPOSED)));
        assertEquals(
                "retention.expiry.records.required",
                refusal(() -> RecordExpiry.propose(List.of(), "why", "admin", ADMIN, PROPOSED)));
        assertEquals(
                "retention.expiry.records.twice",
                refusal(() -> RecordExpiry.propose(List.of(record(1), record(1)), "why", "admin", ADMIN, PROPOSED)));
        var many = new ArrayList<ExpiringRecord>();
        for (long i = 0; i <= RecordExpiry.MAX_RECORDS; i++) {
            many.add(record(i));
        }
        assertEquals(
                "retention.expiry.records.tooMany",
                refusal(() -> RecordExpiry.propose(many, "why", "admin", ADMIN, PROPOSED)));
        assertEquals(
                "retention.step.PROPOSE",
                refusal(() -> RecordExpiry.propose(List.of(record(1)), "why", "quality", QUALITY, PROPOSED)));
    }

    @Test
    void anotherPersonOfQualityConfirms_CC03() {
        var expiry = proposed();
        expiry.confirm("quality", QUALITY, LATER);
        assertEquals(ExpiryStatus.CONFIRMED, expiry.getStatus());
        assertEquals("quality", expiry.getDecidedBy());
        assertEquals(LATER, expiry.getDecidedAt());
        assertFalse(expiry.isPending());
    }

    @Test
    void theProposerNeverConfirmsNotEvenWhenAlsoInQuality_CC03() {
        var expiry = RecordExpiry.propose(
                List.of(record(1)), "why", "li", EnumSet.of(Department.ADMIN, Department.QUALITY), PROPOSED);
        assertEquals(
                "retention.expiry.samePerson",
                refusal(() -> expiry.confirm("li", EnumSet.of(Department.ADMIN, Department.QUALITY), LATER)));
        assertEquals(ExpiryStatus.PROPOSED, expiry.getStatus());
    }

    @Test
    void onlyQualityConfirmsOrRejects_CC03() {
        var expiry = proposed();
        assertEquals("retention.step.CONFIRM", refusal(() -> expiry.confirm("root", ADMIN, LATER)));
        assertEquals(
                "retention.step.CONFIRM", refusal(() -> expiry.confirm("sales", EnumSet.of(Department.SALES), LATER)));
        assertEquals("retention.step.CONFIRM", refusal(() -> expiry.reject("root", ADMIN, "no", LATER)));
        assertEquals(ExpiryStatus.PROPOSED, expiry.getStatus());
    }

    @Test
    void aRejectionSaysWhyAndFreesTheRecordsForAnotherProposal_CC03() {
        var expiry = proposed();
        assertEquals(
                "retention.expiry.rejectReason.required", refusal(() -> expiry.reject("quality", QUALITY, " ", LATER)));
        expiry.reject("quality", QUALITY, "Customer dispute pending", LATER);
        assertEquals(ExpiryStatus.REJECTED, expiry.getStatus());
        assertEquals("Customer dispute pending", expiry.getDecisionNote());
        assertEquals("retention.expiry.decided.REJECTED", refusal(() -> expiry.confirm("quality", QUALITY, LATER)));
        // the records are no longer pending: the database's unique key lets them be proposed anew
        var again = RecordExpiry.propose(List.of(record(1)), "second try", "admin", ADMIN, LATER);
        assertTrue(again.isPending());
    }

    @Test
    void onlyTheProposerWithdrawsAndOnlyWhileItWaits_CC03() {
        var expiry = proposed();
        assertEquals("retention.expiry.withdraw.notProposer", refusal(() -> expiry.withdraw("other", LATER)));
        expiry.withdraw("admin", LATER);
        assertEquals(ExpiryStatus.WITHDRAWN, expiry.getStatus());
        assertEquals("retention.expiry.decided.WITHDRAWN", refusal(() -> expiry.withdraw("admin", LATER)));
        assertEquals("retention.expiry.decided.WITHDRAWN", refusal(() -> expiry.confirm("quality", QUALITY, LATER)));
    }

    @Test
    void aTombstoneKeepsTheRecordsDatesThePeopleAndTheReason_CC03() {
        var expiry = proposed();
        assertThrows(IllegalStateException.class, () -> new ExpiryTombstone(expiry, record(1), new RetentionPeriod(1)));
        expiry.confirm("quality", QUALITY, LATER);
        var tombstone = new ExpiryTombstone(expiry, expiry.getRecords().get(0), new RetentionPeriod(1));
        assertEquals("PO-1", tombstone.getReference());
        assertEquals(RecordKind.CUSTOMER_COMMUNICATION, tombstone.getKind());
        assertEquals(LocalDate.of(2025, 2, 28), tombstone.getKeptThrough());
        assertEquals("admin", tombstone.getProposedBy());
        assertEquals("quality", tombstone.getConfirmedBy());
        assertEquals(LATER, tombstone.getExpiredAt());
        assertEquals("Yearly clean-up", tombstone.getReason());
        assertTrue(
                tombstone.line().contains("2024-02-29 – 2025-02-28 · admin / quality: Yearly clean-up"),
                tombstone.line());
    }

    @Test
    void aLegalHoldIsPlacedAndLiftedWithReasons_CC03() {
        assertEquals(
                "retention.hold.reason.required",
                refusal(() -> new LegalHold(RecordKind.SERVICE_RECORD, 7, "OS-7", "C1001", " ", "quality", PROPOSED)));
        var hold = new LegalHold(RecordKind.SERVICE_RECORD, 7, "OS-7", "C1001", "Warranty claim", "quality", PROPOSED);
        assertTrue(hold.isActive());
        assertEquals("SERVICE_RECORD:7", LegalHold.key(RecordKind.SERVICE_RECORD, 7));
        assertEquals("retention.hold.liftReason.required", refusal(() -> hold.lift("", "admin", LATER)));
        hold.lift("Claim settled", "admin", LATER);
        assertFalse(hold.isActive());
        assertEquals("admin", hold.getLiftedBy());
        assertEquals("retention.hold.alreadyLifted", refusal(() -> hold.lift("again", "admin", LATER)));
        assertNull(hold.auditSnapshot().get("heldRecord"));
    }
}
