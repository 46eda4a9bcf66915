package com.qualitydesk.action;

import com.qualitydesk.security.Department;
import com.qualitydesk.shared.RuleViolation;
import java.time.LocalDate;
import java.util.Set;

/**
 * The action register's permission policy (CF-10): who may complete or verify an action, and in
 * which state of it. {@link CorrectiveActions} refuses with {@link #require}, the screens offer a
 * button only where {@link #allows} says yes, so the two can never disagree.
 */
public enum ActionStep {
    /** The owner department, or QUALITY on its behalf, records what was done while it is open. */
    COMPLETE {
        @Override
        String refusal(Set<Department> who, CorrectiveAction action, LocalDate today) {
            if (!action.isOpen()) {
                return "action.notOpen";
            }
            return who.contains(action.getOwnerDepartment()) || who.contains(Department.QUALITY)
                    ? null
                    : "action.otherDepartment";
        }
    },
    /**
     * IM-01: the owner department writes how far an open action is; SALES, which supervises the
     * improvements, and QUALITY may add their word.
     */
    NOTE {
        @Override
        String refusal(Set<Department> who, CorrectiveAction action, LocalDate today) {
            if (!action.isOpen()) {
                return "action.notOpen";
            }
            return who.contains(action.getOwnerDepartment())
                            || who.contains(Department.SALES)
                            || who.contains(Department.QUALITY)
                    ? null
                    : "action.otherDepartment";
        }
    },
    /** QUALITY verifies a completed action once its verification window has passed. */
    VERIFY {
        @Override
        String refusal(Set<Department> who, CorrectiveAction action, LocalDate today) {
            if (!who.contains(Department.QUALITY)) {
                return "action.otherDepartment";
            }
            if (action.getStatus() != ActionStatus.COMPLETED) {
                return "action.notCompleted";
            }
            return isVerifiable(action, today) ? null : TOO_EARLY;
        }
    };

    private static final String TOO_EARLY = "action.verification.tooEarly";

    /** The message key of the reason why not, or null when the step is allowed. */
    abstract String refusal(Set<Department> who, CorrectiveAction action, LocalDate today);

    /** Whether someone of these departments may take this step on the action today. */
    public boolean allows(Set<Department> who, CorrectiveAction action, LocalDate today) {
        return action != null && refusal(who, action, today) == null;
    }

    /** Refuses, with the reason the person would be given, what {@link #allows} does not allow. */
    public void require(Set<Department> who, CorrectiveAction action, LocalDate today) {
        String refusal = refusal(who, action, today);
        if (TOO_EARLY.equals(refusal)) {
            throw new RuleViolation(refusal, action.getVerificationDue());
        }
        if (refusal != null) {
            throw new RuleViolation(refusal);
        }
    }

    /** The verification window has passed: from its first day on, QUALITY may verify. */
    public static boolean isVerifiable(CorrectiveAction action, LocalDate today) {
        return action.getVerificationDue() != null && !today.isBefore(action.getVerificationDue());
    }
}
