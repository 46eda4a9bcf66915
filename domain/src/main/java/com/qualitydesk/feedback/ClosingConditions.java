package com.qualitydesk.feedback;

import com.qualitydesk.action.CorrectiveAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What still stands between a feedback item and its closing (CF-12 with CF-08, CF-09, CF-06,
 * CF-10): a sent reply, every action verified, the general manager's instruction on a major case,
 * the recall decision on a safety complaint and the containment result when production was
 * concerned. Each missing condition is a message key.
 */
public final class ClosingConditions {

    private ClosingConditions() {}

    public static List<String> missing(Feedback feedback, Collection<CorrectiveAction> actions) {
        var missing = new ArrayList<String>();
        if (!feedback.isRegistered()) {
            missing.add("feedback.close.notRegistered");
        }
        if (!feedback.isReplySent()) {
            missing.add("feedback.close.noReply");
        }
        if (actions.stream()
                .anyMatch(a -> !a.isVerified() && a.getStatus() != com.qualitydesk.action.ActionStatus.FAILED)) {
            missing.add("feedback.close.actionsNotVerified");
        }
        if (feedback.getSeverity() == Severity.MAJOR
                && !feedback.getInstruction().isGiven()) {
            missing.add("feedback.close.noGmInstruction");
        }
        if (feedback.isSafetyRelated() && !feedback.getRecall().isDecided()) {
            missing.add("feedback.close.noRecallDecision");
        }
        if (feedback.isSafetyRelated() && !feedback.getReappraisal().isDone()) {
            missing.add("feedback.close.noReappraisal");
        }
        if (feedback.isConcernsProduction() && !feedback.getContainment().isRecorded()) {
            missing.add("feedback.close.noContainmentResult");
        }
        return missing;
    }
}
