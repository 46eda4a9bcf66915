package com.qualitydesk.web.feedback;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.ActionStep;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.action.Recurrences;
import com.qualitydesk.action.Verification;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The case's actions tab (CF-10): QUALITY opens actions, the owner completes them with evidence,
 * QUALITY verifies their effectiveness against the recurrences since completion.
 */
@Named
@ViewScoped
public class ActionsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    CorrectiveActions actions;

    @Inject
    UserMessages messages;

    private List<CorrectiveAction> list = List.of();
    private Map<Long, Recurrences> recurrences = Map.of();

    private ActionKind kind = ActionKind.CORRECTIVE;
    private String description;
    private Department owner;
    private String ownerPerson;
    private LocalDate due;

    /** The action being completed or verified, and which of the two. */
    private Long selected;

    private ActionStep mode;
    private String evidence;
    private Boolean effective;
    private String verificationNote;
    private LocalDate followUpDue;
    private String notARecurrence;

    @PostConstruct
    void fill() {
        if (page.getFeedback() == null) {
            return;
        }
        list = actions.forSource(ActionSource.FEEDBACK, page.getId());
        recurrences = new HashMap<>();
        for (var a : list) {
            if (a.getStatus() == ActionStatus.COMPLETED) {
                actions.recurringCases(a.getId()).ifPresent(found -> recurrences.put(a.getId(), found));
            }
        }
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void open() {
        var order = new NewAction(
                ActionSource.FEEDBACK,
                page.getId(),
                page.getFeedback().getNumber(),
                kind,
                description,
                owner,
                ownerPerson,
                due);
        if (page.act(() -> actions.open(order), "action.opened")) {
            description = null;
            ownerPerson = null;
            due = null;
        }
    }

    public void startComplete(CorrectiveAction action) {
        selected = action.getId();
        mode = ActionStep.COMPLETE;
        evidence = null;
    }

    public void startVerify(CorrectiveAction action) {
        selected = action.getId();
        mode = ActionStep.VERIFY;
        effective = null;
        verificationNote = null;
        followUpDue = null;
        notARecurrence = null;
    }

    public void complete() {
        if (page.act(() -> actions.complete(selected, evidence), "action.completed")) {
            cancel();
        }
    }

    public void verify() {
        if (effective == null) {
            messages.error("action.verification.resultRequired");
            return;
        }
        boolean passed = effective;
        if (page.act(
                () -> actions.verify(
                        selected,
                        new Verification(passed, verificationNote, passed ? null : followUpDue, notARecurrence)),
                passed ? "action.verified" : "action.failed")) {
            cancel();
        }
    }

    public void cancel() {
        selected = null;
        mode = null;
    }

    /** "complete" or "verify" while one of the two forms is shown. */
    public String getMode() {
        return mode == null ? null : mode.name().toLowerCase(Locale.ROOT);
    }

    public CorrectiveAction getSelectedAction() {
        return selected == null
                ? null
                : list.stream()
                        .filter(a -> a.getId().equals(selected))
                        .findFirst()
                        .orElse(null);
    }

    public boolean isCanOpen() {
        return page.may(FeedbackStep.OPEN_ACTION);
    }

    public boolean canComplete(CorrectiveAction action) {
        return page.isOpen() && ActionStep.COMPLETE.allows(page.departments(), action, page.getToday());
    }

    public boolean canVerify(CorrectiveAction action) {
        return ActionStep.VERIFY.allows(page.departments(), action, page.getToday());
    }

    public boolean isVerifiable(CorrectiveAction action) {
        return ActionStep.isVerifiable(action, page.getToday());
    }

    /** The recurrences since completion (CF-10), or null where there is nothing to compare. */
    public Long recurrencesOf(CorrectiveAction action) {
        var found = recurrences.get(action.getId());
        return found == null ? null : found.count();
    }

    /** The numbers of the recurring cases, or null when there are none. */
    public String recurringCasesOf(CorrectiveAction action) {
        var found = recurrences.get(action.getId());
        return found == null || !found.any() ? null : found.numbers();
    }

    public List<CorrectiveAction> getList() {
        return list;
    }

    // the forms

    public ActionKind getKind() {
        return kind;
    }

    public void setKind(ActionKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Department getOwner() {
        return owner;
    }

    public void setOwner(Department owner) {
        this.owner = owner;
    }

    public String getOwnerPerson() {
        return ownerPerson;
    }

    public void setOwnerPerson(String ownerPerson) {
        this.ownerPerson = ownerPerson;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
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

    public String getNotARecurrence() {
        return notARecurrence;
    }

    public void setNotARecurrence(String notARecurrence) {
        this.notARecurrence = notARecurrence;
    }

    public LocalDate getFollowUpDue() {
        return followUpDue;
    }

    public void setFollowUpDue(LocalDate followUpDue) {
        this.followUpDue = followUpDue;
    }
}
