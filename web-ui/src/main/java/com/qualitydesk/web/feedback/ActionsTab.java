package com.qualitydesk.web.feedback;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStep;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.security.Department;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The case's actions tab (CF-10): QUALITY opens actions from the case and everyone sees where
 * they stand; each links to its page in the register (IM-01), where the owner notes and completes
 * it and QUALITY verifies it with the recurrences in front of them.
 */
@Named
@ViewScoped
public class ActionsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    CorrectiveActions actions;

    private List<CorrectiveAction> list = List.of();

    private ActionKind kind = ActionKind.CORRECTIVE;
    private String description;
    private Department owner;
    private String ownerPerson;
    private LocalDate due;

    @PostConstruct
    void fill() {
        if (page.getFeedback() == null) {
            return;
        }
        list = actions.forSource(ActionSource.FEEDBACK, page.getId());
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
}
