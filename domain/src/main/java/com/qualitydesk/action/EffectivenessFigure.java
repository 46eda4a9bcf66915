package com.qualitydesk.action;

import com.qualitydesk.shared.RuleViolation;
import java.util.Objects;

/**
 * IM-01: the figure an action is verified with (its {@link VerificationBasis}), before and after,
 * with what each is (a campaign, a period), and whether it shows the action worked. "Effective"
 * needs the figure after to be there (data, not a checkbox); a figure that speaks against the
 * action needs the verifier's written reason.
 *
 * @param before the figure before the action, null where there is none (recurrences start at none)
 * @param after the figure since completion, null while there is no data yet
 * @param beforeLabel what the figure before is of ("2026 Q1", "Jan–Mar 2026")
 * @param afterLabel what the figure after is of
 * @param supports the figure after shows the action effective (no recurrence, a score above the
 *     threshold, a capable Cpk; a stated figure is the verifier's own)
 */
public record EffectivenessFigure(
        VerificationBasis basis,
        Double before,
        Double after,
        String beforeLabel,
        String afterLabel,
        String stated,
        boolean supports) {

    /** The message key of the refusal when "effective" is chosen against the figure without a reason. */
    public static final String AGAINST = "action.verification.figureAgainst";

    public EffectivenessFigure {
        Objects.requireNonNull(basis, "basis");
    }

    public static EffectivenessFigure recurrences(Long count) {
        return new EffectivenessFigure(
                VerificationBasis.RECURRENCES,
                null,
                count == null ? null : count.doubleValue(),
                null,
                null,
                null,
                count != null && count == 0);
    }

    /** A survey item's mean score (1–5) before and after; effective above the CS-07 threshold. */
    public static EffectivenessFigure itemScore(
            Double before, String beforeCampaign, Double after, String afterCampaign, int dissatisfiedScore) {
        return new EffectivenessFigure(
                VerificationBasis.ITEM_SCORE,
                before,
                after,
                beforeCampaign,
                afterCampaign,
                null,
                after != null && after > dissatisfiedScore);
    }

    /** A characteristic's Cpk before and since completion; effective from the capable threshold. */
    public static EffectivenessFigure capability(
            Double before, String beforePeriod, Double after, String afterPeriod, double capableFrom) {
        return new EffectivenessFigure(
                VerificationBasis.CAPABILITY,
                before,
                after,
                beforePeriod,
                afterPeriod,
                null,
                after != null && after >= capableFrom);
    }

    /** The verifier's own "91 % → 97 %": there when written. */
    public static EffectivenessFigure stated(String text) {
        String stated = text == null || text.isBlank() ? null : text.strip();
        return new EffectivenessFigure(VerificationBasis.STATED, null, null, null, null, stated, stated != null);
    }

    /** The figure after completion is there to be shown. */
    public boolean available() {
        return basis == VerificationBasis.STATED ? stated != null : after != null;
    }

    /**
     * IM-01: refuses "effective" without the figure, and against the figure without a reason;
     * "not effective" needs no figure (a follow-up action is opened either way).
     */
    public void requireFor(boolean effective, String reason) {
        if (!effective) {
            return;
        }
        if (!available()) {
            throw new RuleViolation("action.verification.noFigure." + basis.name());
        }
        if (!supports && (reason == null || reason.isBlank())) {
            throw new RuleViolation(AGAINST);
        }
    }

    /** As stored with the verification and shown in the history: "2026 Q1: 3.2 → 2026 Q3: 4.1". */
    public String text() {
        if (basis == VerificationBasis.STATED) {
            return stated;
        }
        if (basis == VerificationBasis.RECURRENCES) {
            return after == null ? null : String.valueOf(after.longValue());
        }
        return part(beforeLabel, before) + " → " + part(afterLabel, after);
    }

    private static String part(String label, Double value) {
        String number = value == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", value);
        return label == null ? number : label + ": " + number;
    }
}
