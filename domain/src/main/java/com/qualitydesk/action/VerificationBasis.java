package com.qualitydesk.action;

/**
 * IM-01, CF-10: the data an action's effectiveness is verified with, by what the action set out to
 * change. The verifier sees the figure before and after; an action passes as effective only with
 * its figure there.
 */
public enum VerificationBasis {
    /** A complaint's cause: the feedback cases that recurred after completion (none is effective). */
    RECURRENCES,
    /**
     * A survey reply's low items (CS-07): their mean score in the customer's industry in the reply's
     * campaign, and in the first campaign dispatched after completion (above the CS-07 threshold is
     * effective).
     */
    ITEM_SCORE,
    /**
     * A process (CS-09): its characteristic's Cpk over the quarter before completion and since
     * (at least the capable threshold is effective).
     */
    CAPABILITY,
    /**
     * Anything else (an analysis report's, a review's or a service record's improvement): the
     * verifier states the figure before and after, e.g. "on-time delivery 91 % → 97 %".
     */
    STATED;

    /** The basis of an action: by the characteristic it names, else by its source. */
    public static VerificationBasis of(CorrectiveAction action) {
        if (action.getCharacteristicId() != null) {
            return CAPABILITY;
        }
        return switch (action.getSourceType()) {
            case FEEDBACK -> RECURRENCES;
            case SURVEY_REPLY -> ITEM_SCORE;
            default -> STATED;
        };
    }
}
