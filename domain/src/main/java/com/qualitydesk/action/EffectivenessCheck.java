package com.qualitydesk.action;

import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * CF-10, effectiveness decided by the data. A recurrence is another registered feedback case,
 * registered within the verification window after the action was completed, with the same cause
 * category as the action's case and either
 *
 * <ul>
 *   <li>the same product, or
 *   <li>the same customer (the same customer with the same defect: the cause category is the one
 *       coded classification of the defect a case carries; same customer, product and cause would
 *       add nothing to the first criterion).
 * </ul>
 *
 * With one or more recurrences an action may be passed as effective only when the verifier writes
 * why they are not a recurrence.
 */
public final class EffectivenessCheck {

    /** The message key of the refusal when "effective" is chosen despite recurrences. */
    public static final String JUSTIFICATION_REQUIRED = "action.verification.recurrenceNeedsJustification";

    private EffectivenessCheck() {}

    /**
     * The verification window of a completed action: from its completion up to the end of the day
     * its verification falls due (completion plus {@code CF10_VERIFICATION_WINDOW_DAYS} working
     * days), both ends included. The stored due day decides, so a later change of the parameter
     * does not move the window of an action completed before.
     */
    public record Window(Instant from, Instant until) {

        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        /** The window of a completed action, or null while it is not completed. */
        public static Window of(CorrectiveAction action, ZoneId zone) {
            if (action.getCompletedAt() == null) {
                return null;
            }
            LocalDate lastDay = action.getVerificationDue() != null
                    ? action.getVerificationDue()
                    : LocalDate.ofInstant(action.getCompletedAt(), zone);
            Instant end = lastDay.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
            return new Window(
                    action.getCompletedAt(), end.isBefore(action.getCompletedAt()) ? action.getCompletedAt() : end);
        }

        public boolean contains(Instant moment) {
            return moment != null && !moment.isBefore(from) && !moment.isAfter(until);
        }
    }

    /** Whether the source case has what a recurrence is compared on: a cause category, and a product or a customer. */
    public static boolean comparable(Feedback source) {
        return source != null
                && source.getAnalysis().getCauseCategory() != null
                && (source.getProduct() != null || source.getCustomer() != null);
    }

    /** Whether {@code other} is a recurrence, within the window, of the problem of {@code source}. */
    public static boolean isRecurrence(Feedback source, Feedback other, Window window) {
        if (!comparable(source) || other == null || window == null || other == source) {
            return false;
        }
        if (other.getId() != null && other.getId().equals(source.getId())) {
            return false;
        }
        if (!other.isRegistered() || !window.contains(other.getRegisteredAt())) {
            return false;
        }
        if (source.getAnalysis().getCauseCategory() != other.getAnalysis().getCauseCategory()) {
            return false;
        }
        return same(source.getProduct(), other.getProduct()) || same(source.getCustomer(), other.getCustomer());
    }

    private static boolean same(EditableEntity a, EditableEntity b) {
        return a != null
                && b != null
                && (a == b || (a.getId() != null && a.getId().equals(b.getId())));
    }

    /**
     * The message key of the refusal, or null when the verification may be recorded: "effective"
     * with recurrences needs a written reason why they are not a recurrence.
     */
    public static String refusal(boolean effective, Recurrences found, String notARecurrence) {
        if (effective && found != null && found.any() && (notARecurrence == null || notARecurrence.isBlank())) {
            return JUSTIFICATION_REQUIRED;
        }
        return null;
    }

    /** Refuses what {@link #refusal} refuses, naming the count and the cases. */
    public static void require(boolean effective, Recurrences found, String notARecurrence) {
        String refusal = refusal(effective, found, notARecurrence);
        if (refusal != null) {
            throw new RuleViolation(refusal, found.count(), found.numbers());
        }
    }
}
