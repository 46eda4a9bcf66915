package com.qualitydesk.web.action;

import com.qualitydesk.action.ActionNote;
import com.qualitydesk.action.ActionStep;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.EffectivenessFigure;
import com.qualitydesk.action.Recurrences;
import com.qualitydesk.action.Verification;
import com.qualitydesk.action.VerificationBasis;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * action/action.xhtml: one action of the register (IM-01), whatever opened it: what is to be done,
 * by whom and when, the notes of its progress, its completion with evidence, and QUALITY's
 * verification with the figure before and after in front of the verifier. The screen offers a
 * step only where {@link ActionStep} allows it; the service decides.
 */
@Named
@ViewScoped
public class ActionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The verification's fields, by the rule's message key. */
    private static final Map<String, String> VERIFY_FIELDS = Map.of(
            "action.verification.noteRequired",
            "verifyForm:note",
            "action.verification.followUpDueRequired",
            "verifyForm:followUpDue",
            "action.verification.noFigure.STATED",
            "verifyForm:stated",
            EffectivenessFigure.AGAINST,
            "verifyForm:reason",
            "action.verification.recurrenceNeedsJustification",
            "verifyForm:reason");

    @Inject
    CorrectiveActions actions;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private Long id;
    private transient CorrectiveAction action;
    private transient List<ActionNote> notes;
    private transient EffectivenessFigure figure;
    private transient Recurrences recurring;

    private String note;
    private String evidence;
    private Boolean effective;
    private String verificationNote;
    private String reason;
    private String stated;
    private LocalDate followUpDue;

    @PostConstruct
    void init() {
        String parameter = external.getRequestParameterMap().get("id");
        try {
            id = parameter == null ? null : Long.valueOf(parameter.strip());
        } catch (NumberFormatException e) {
            id = null;
        }
        load();
    }

    private void load() {
        action = null;
        notes = List.of();
        figure = null;
        recurring = null;
        if (id == null) {
            return;
        }
        messages.attempt(
                () -> {
                    action = actions.find(id);
                    notes = actions.notes(id);
                    if (isMayVerify() || isMaySeeFigure()) {
                        figure = actions.figure(id, stated);
                    }
                    if (figure != null && figure.basis() == VerificationBasis.RECURRENCES) {
                        recurring = actions.recurringCases(id).orElse(null);
                    }
                },
                null);
    }

    // ---- the steps

    public void addNote() {
        if (messages.attempt(() -> actions.note(id, note), "action.note.added", field("noteForm:note"))) {
            note = null;
            load();
        }
    }

    public void complete() {
        if (messages.attempt(
                () -> actions.complete(id, evidence), "action.completed", field("completeForm:evidence"))) {
            evidence = null;
            load();
        }
    }

    public void verify() {
        if (effective == null) {
            messages.error("action.verification.resultRequired");
            return;
        }
        boolean passed = effective;
        if (messages.attempt(
                () -> actions.verify(
                        id, new Verification(passed, verificationNote, passed ? null : followUpDue, reason, stated)),
                passed ? "action.verified" : "action.failed",
                VERIFY_FIELDS::get)) {
            load();
        }
    }

    /** Counts the figure again, e.g. with the stated figure typed. */
    public void refreshFigure() {
        load();
    }

    private static java.util.function.Function<String, String> field(String id) {
        return key -> id;
    }

    // ---- what the person may do

    private Set<Department> departments() {
        return user.departments();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public boolean isMayNote() {
        return ActionStep.NOTE.allows(departments(), action, today());
    }

    public boolean isMayComplete() {
        return ActionStep.COMPLETE.allows(departments(), action, today());
    }

    public boolean isMayVerify() {
        return ActionStep.VERIFY.allows(departments(), action, today());
    }

    /** Sales and the general manager see the figure of a completed action before Quality decides. */
    private boolean isMaySeeFigure() {
        var who = departments();
        return action != null
                && action.getStatus() == com.qualitydesk.action.ActionStatus.COMPLETED
                && (who.contains(Department.SALES)
                        || who.contains(Department.QUALITY)
                        || who.contains(Department.GENERAL_MANAGER));
    }

    public boolean isOverdue() {
        return action != null && action.isOverdue(today());
    }

    public boolean isStated() {
        return action != null && VerificationBasis.of(action) == VerificationBasis.STATED;
    }

    public String getBasis() {
        return action == null ? null : VerificationBasis.of(action).name();
    }

    /** A figure as people read it: a count whole, a score or a Cpk with two decimals; "no data yet" where none. */
    public String number(Double value) {
        if (value == null) {
            return messages.text("action.figure.noData");
        }
        NumberFormat format = NumberFormat.getNumberInstance(user.getLocale());
        if (figure != null && figure.basis() == VerificationBasis.RECURRENCES) {
            format.setMaximumFractionDigits(0);
        } else {
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
        }
        return format.format(value);
    }

    // ---- getters and setters

    public Long getId() {
        return id;
    }

    public CorrectiveAction getAction() {
        return action;
    }

    public List<ActionNote> getNotes() {
        return notes;
    }

    /** CF-10: the numbers of the cases that recurred since completion, or null when none did. */
    public String getRecurringCases() {
        return recurring == null || !recurring.any() ? null : recurring.numbers();
    }

    public EffectivenessFigure getFigure() {
        return figure;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Boolean getEffective() {
        return effective;
    }

    public void setEffective(Boolean effective) {
        this.effective = effective;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String verificationNote) {
        this.verificationNote = verificationNote;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStated() {
        return stated;
    }

    public void setStated(String stated) {
        this.stated = stated;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }
}
