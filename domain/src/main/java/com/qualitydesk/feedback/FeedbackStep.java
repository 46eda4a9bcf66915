package com.qualitydesk.feedback;

import static com.qualitydesk.security.Department.FINANCE;
import static com.qualitydesk.security.Department.GENERAL_MANAGER;
import static com.qualitydesk.security.Department.PRODUCTION;
import static com.qualitydesk.security.Department.QUALITY;
import static com.qualitydesk.security.Department.SALES;
import static com.qualitydesk.security.Department.SERVICE;
import static com.qualitydesk.security.Department.TECHNICAL;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The feedback procedure's permission policy: which department may take which step of a case, and
 * in which state of the case. The step services refuse with {@link #require}, the case page shows
 * a form only where {@link #allows} says yes, so the two can never disagree. A step that changes
 * the case needs it registered and open; the reading steps do not.
 */
public enum FeedbackStep {
    /** CF-03. */
    REGISTER(false, null, f -> f.getStatus() == FeedbackStatus.RECEIVED, SALES),
    /** CF-05. */
    CHANGE_SEVERITY(true, null, f -> true, SALES, QUALITY),
    PAUSE_CLOCK(true, null, f -> true, SALES, QUALITY),
    /** CF-04/CF-10. */
    RECORD_CAUSE(true, null, f -> true, QUALITY, TECHNICAL),
    ASSIGN_RESPONSIBILITY(true, null, f -> true, QUALITY),
    ISSUE_SHEET(true, null, f -> true, QUALITY),
    /** CF-05: the special meeting of a large-batch or major problem. */
    RECORD_MEETING(
            true,
            "feedback.meeting.onlyLargeBatch",
            f -> f.getSeverity() != null && f.getSeverity().hasSpecialMeeting(),
            QUALITY),
    /** CF-08: the general manager instructs on a major case. */
    INSTRUCT(true, "feedback.gm.onlyMajor", f -> f.getSeverity() == Severity.MAJOR, GENERAL_MANAGER),
    /** CF-09. */
    DECIDE_RECALL(true, "feedback.recall.notSafety", Feedback::isSafetyRelated, QUALITY),
    /** CF-09: the process management rules re-appraised after a product-safety complaint. */
    REAPPRAISE_RULES(true, "feedback.reappraisal.notSafety", Feedback::isSafetyRelated, QUALITY),
    /** CF-02: the general manager reviews every received item, registered or not, until it closes. */
    REVIEW_AS_MANAGER(
            false,
            "feedback.gmReview.already",
            f -> !f.isClosed() && f.getManagerReview().isWaiting(),
            GENERAL_MANAGER),
    /** CF-04: TECHNICAL reads the registered form and may give its opinion. */
    GIVE_TECHNICAL_OPINION(true, null, f -> true, TECHNICAL),
    /** CF-06: handed to PRODUCTION once. */
    TRANSFER_TO_PRODUCTION(
            true,
            "feedback.containment.alreadyTransferred",
            f -> !f.getContainment().isTransferred(),
            SALES,
            QUALITY),
    RECORD_CONTAINMENT(
            true, "feedback.containment.notTransferred", f -> f.getContainment().isTransferred(), PRODUCTION),
    /** CF-10: opening an action on the case. */
    OPEN_ACTION(true, null, f -> true, QUALITY),
    /** CF-07: a proposal to change product, process or standard. */
    PROPOSE_CHANGE(true, null, f -> true, TECHNICAL),
    READ_CHANGES(false, null, f -> true, SALES, QUALITY, TECHNICAL, PRODUCTION, GENERAL_MANAGER),
    /** CF-11. */
    RECORD_VISIT(true, null, f -> true, SALES, QUALITY, TECHNICAL, SERVICE, GENERAL_MANAGER),
    READ_VISITS(false, null, f -> true, SALES, QUALITY, TECHNICAL, SERVICE, GENERAL_MANAGER),
    /** CF-13. */
    RECORD_COST(true, null, f -> true, SALES, QUALITY, FINANCE),
    READ_COSTS(false, null, f -> true, SALES, QUALITY, FINANCE, GENERAL_MANAGER),
    /** CF-09: who received the product and lot of a safety complaint. */
    READ_RECALL_SCOPE(false, null, f -> true, SALES, QUALITY, TECHNICAL, PRODUCTION, GENERAL_MANAGER),
    /** CF-12: the written reply, until it is sent. */
    REPLY(true, "feedback.reply.alreadySent", f -> !f.isReplySent(), SALES),
    CLOSE(true, null, f -> true, SALES, QUALITY);

    private final boolean needsOpenCase;
    private final String refusal;
    private final Predicate<Feedback> state;
    private final Set<Department> departments;

    FeedbackStep(boolean needsOpenCase, String refusal, Predicate<Feedback> state, Department... departments) {
        this.needsOpenCase = needsOpenCase;
        this.refusal = refusal;
        this.state = state;
        this.departments = Collections.unmodifiableSet(EnumSet.of(departments[0], departments));
    }

    public Set<Department> departments() {
        return departments;
    }

    /** Whether someone of these departments may take this step on the case as it is now. */
    public boolean allows(Set<Department> who, Feedback feedback) {
        return feedback != null
                && mayBeTakenBy(who)
                && (!needsOpenCase || feedback.isRegistered() && !feedback.isClosed())
                && state.test(feedback);
    }

    public boolean mayBeTakenBy(Set<Department> who) {
        return who.stream().anyMatch(departments::contains);
    }

    /** Refuses, with the reason the person would be given, what {@link #allows} does not allow. */
    public void require(Set<Department> who, Feedback feedback) {
        if (!mayBeTakenBy(who)) {
            throw new RuleViolation("feedback.step.otherDepartment");
        }
        if (needsOpenCase) {
            feedback.requireOpen();
        }
        if (!state.test(feedback)) {
            throw new RuleViolation(refusal == null ? "feedback.step.notNow" : refusal);
        }
    }

    /**
     * CF-04: an information feedback sheet is answered by the unit it was sent to, or recorded by
     * QUALITY when the answer was given orally.
     */
    public static boolean mayAnswer(Set<Department> who, Feedback feedback, InformationSheet sheet) {
        return feedback != null
                && feedback.isRegistered()
                && !feedback.isClosed()
                && (who.contains(sheet.getDepartment()) || who.contains(QUALITY));
    }
}
