package com.qualitydesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IM-03: the review guards its own course, and a signed review refuses every change. */
class ManagementReviewTest {

    private static final Instant AT = Instant.parse("2026-12-18T02:00:00Z");

    static ReviewPack pack(String marker) {
        var sections = new ArrayList<ReviewPack.Section>();
        for (ReviewInput input : ReviewInput.values()) {
            sections.add(new ReviewPack.Section(
                    input, List.of(ReviewPack.label("column.item")), List.of(List.of(ReviewPack.text(marker)))));
        }
        return ReviewPack.of(sections);
    }

    private static ManagementReview review() {
        return new ManagementReview(2026, LocalDate.of(2026, 12, 10), "sales", AT);
    }

    @Test
    void minutesNeedAnAssembledPack_IM03() {
        var review = review();
        var refused = assertThrows(RuleViolation.class, () -> review.recordMinutes("met", "sales", AT));
        assertEquals("review.minutes.noPack", refused.getMessageKey());
    }

    @Test
    void packMayBeAssembledAgainUntilTheMinutesAreRecorded_IM03() {
        var review = review();
        review.assemble(pack("first"), "sales", AT);
        String first = review.getPackHash();
        review.enter(ReviewInput.AUDITS, "two internal audits");
        review.assemble(pack("second"), "sales", AT);
        assertTrue(!first.equals(review.getPackHash()), "a new pack has a new hash");
        review.recordMinutes("met", "sales", AT);
        assertEquals(ReviewState.MINUTES_RECORDED, review.getState());
        var refused = assertThrows(RuleViolation.class, () -> review.assemble(pack("third"), "sales", AT));
        assertEquals("review.inputs.closed", refused.getMessageKey());
        assertThrows(RuleViolation.class, () -> review.summarise("late summary"));
    }

    @Test
    void signatureNeedsTheMinutesAndMeansApproved_IM03() {
        var review = review();
        review.assemble(pack("x"), "sales", AT);
        assertEquals(
                "review.sign.noMinutes",
                assertThrows(RuleViolation.class, () -> review.sign("gm", "赵军", AT))
                        .getMessageKey());
        review.recordMinutes("met", "sales", AT);
        review.sign("gm", "赵军 Zhao Jun", AT);
        assertEquals(ReviewState.SIGNED, review.getState());
        assertEquals(ManagementReview.APPROVED, review.getSignatureMeaning());
        assertEquals("赵军 Zhao Jun", review.getSignerName());
    }

    @Test
    void signedReviewRefusesEveryChange_IM03() {
        var review = review();
        review.assemble(pack("x"), "sales", AT);
        review.recordMinutes("met", "sales", AT);
        review.sign("gm", "赵军", AT);
        String hash = review.getPackHash();
        for (Runnable change : List.<Runnable>of(
                () -> review.summarise("changed"),
                () -> review.enter(ReviewInput.RISKS, "changed"),
                () -> review.assemble(pack("changed"), "sales", AT),
                () -> review.recordMinutes("changed", "sales", AT),
                () -> review.sign("gm", "again", AT))) {
            var refused = assertThrows(RuleViolation.class, change::run);
            assertEquals("review.signed", refused.getMessageKey());
        }
        assertEquals(hash, review.getPackHash());
        assertNull(review.getRisks());
    }

    @Test
    void countedInputsCannotBeTypedIn_IM03() {
        var review = review();
        var refused = assertThrows(RuleViolation.class, () -> review.enter(ReviewInput.OBJECTIVES, "all met"));
        assertEquals("review.input.counted", refused.getMessageKey());
    }
}
