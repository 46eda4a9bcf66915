package com.qualitydesk.feedback.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The eight disciplines of one feedback case, mapped from the record by the caller (CF-04, CF-06,
 * CF-10, CF-12). Free texts and labels (type, severity, department names) are printed as given, so
 * the caller passes them in the report's language; the Ishikawa category may be given as its
 * constant name (MAN, MACHINE, MATERIAL, METHOD, MEASUREMENT, ENVIRONMENT) and is then translated.
 *
 * @param language Chinese locales print in Simplified Chinese, all others in English
 * @param feedbackNumber e.g. "FB-2026-0042"
 * @param team D1: the people who worked on the case
 * @param problem D2: what happened, to whom
 * @param containment D3: containment actions and their results
 * @param rootCause D4: the 5-Why chain and the Ishikawa category
 * @param correctiveActions D5: the corrective actions chosen, with owner and due date
 * @param implementedActions D6: the corrective actions carried out and how their effect was verified
 * @param preventiveActions D7: actions that keep the problem from happening elsewhere or again
 * @param closure D8: when and by whom the case was closed, or null while it is open
 */
public record EightDReportContent(
        Locale language,
        String feedbackNumber,
        List<TeamMember> team,
        Problem problem,
        List<Action> containment,
        RootCause rootCause,
        List<Action> correctiveActions,
        List<Action> implementedActions,
        List<Action> preventiveActions,
        Closure closure) {

    public EightDReportContent {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(feedbackNumber, "feedbackNumber");
        Objects.requireNonNull(problem, "problem");
        team = team == null ? List.of() : List.copyOf(team);
        containment = containment == null ? List.of() : List.copyOf(containment);
        rootCause = rootCause == null ? new RootCause(List.of(), null, null) : rootCause;
        correctiveActions = correctiveActions == null ? List.of() : List.copyOf(correctiveActions);
        implementedActions = implementedActions == null ? List.of() : List.copyOf(implementedActions);
        preventiveActions = preventiveActions == null ? List.of() : List.copyOf(preventiveActions);
    }

    /** D1: one member of the team. */
    public record TeamMember(String name, String department, String role) {}

    /** D2: the problem as received and registered (CF-01, CF-03, CF-05). */
    public record Problem(
            String customerName,
            String product,
            String lot,
            LocalDate received,
            String type,
            String severity,
            String quantityAffected,
            String customerStatement) {}

    /**
     * D4: the cause analysis (CF-04).
     *
     * @param whys the answers to "why?", first to last; the last is the root cause unless a
     *     statement is given
     * @param ishikawaCategory the category, as constant name or as label
     * @param statement the root cause in one sentence; blank prints the last why
     */
    public record RootCause(List<String> whys, String ishikawaCategory, String statement) {

        public RootCause {
            whys = whys == null ? List.of() : List.copyOf(whys);
        }
    }

    /**
     * One action of D3, D5, D6 or D7 (CF-06, CF-10). Each section prints the columns that matter
     * to it: D3 owner, due and result; D5 and D7 owner and due; D6 completion and verification.
     *
     * @param description what is done
     * @param owner department and/or person responsible
     * @param due the due date
     * @param completed when it was done, or null
     * @param result the outcome: containment result, or the effectiveness verification in D6
     */
    public record Action(String description, String owner, LocalDate due, LocalDate completed, String result) {}

    /** D8: the closure of the case. */
    public record Closure(LocalDate closedOn, String closedBy, String remark) {}
}
