package com.qualitydesk.web.feedback;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.action.NewAction;
import com.qualitydesk.figures.Characteristic;
import com.qualitydesk.figures.Characteristics;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * feedback/actions.xhtml: the register of every action (CF-10, IM-01) with its source, owner and
 * due date; it opens on the open ones. SALES, which supervises the improvements, QUALITY and the
 * general manager open an improvement from the monthly figures or a service record here, for the
 * department IM-02 names (a process's capability: its workshop).
 */
@Named
@ViewScoped
public class ActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectiveActions actions;

    @Inject
    Characteristics characteristics;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    private EntityLazyModel<CorrectiveAction> model;
    private ActionStatus status = ActionStatus.OPEN;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> actions.page(request));
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public ActionKind[] getKinds() {
        return ActionKind.values();
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    /** The status the table is first filtered by. */
    public ActionStatus getStatus() {
        return status;
    }

    public EntityLazyModel<CorrectiveAction> getModel() {
        return model;
    }

    // ---- a new improvement (IM-01)

    private ActionSource source = ActionSource.MONTHLY_FIGURES;
    private String reference;
    private ActionKind kind = ActionKind.IMPROVEMENT;
    private String description;
    private Department owner;
    private String ownerPerson;
    private Long characteristicId;
    private LocalDate due;

    /** SALES, QUALITY and the general manager have the departments make improvements (IM-01). */
    public boolean isMayOpen() {
        var who = user.departments();
        return who.contains(Department.SALES)
                || who.contains(Department.QUALITY)
                || who.contains(Department.GENERAL_MANAGER);
    }

    public void startNew() {
        source = ActionSource.MONTHLY_FIGURES;
        reference = null;
        kind = ActionKind.IMPROVEMENT;
        description = null;
        owner = null;
        ownerPerson = null;
        characteristicId = null;
        due = null;
    }

    public void open() {
        // a process's action is its characteristic's: the register refers to it by that record
        long sourceId = characteristicId == null ? 0L : characteristicId;
        var order = new NewAction(
                source, sourceId, reference, kind, description, owner, ownerPerson, due, null, characteristicId);
        if (messages.attempt(() -> actions.open(order), "action.opened")) {
            PrimeFaces.current().executeScript("PF('newActionDialog').hide()");
        }
    }

    /** The sources an improvement is opened from here; feedback cases and survey replies open their own. */
    public List<ActionSource> getNewSources() {
        return List.of(ActionSource.MONTHLY_FIGURES, ActionSource.SERVICE_RECORD);
    }

    public List<Characteristic> getCharacteristics() {
        return characteristics.all();
    }

    public ActionSource getSource() {
        return source;
    }

    public void setSource(ActionSource source) {
        this.source = source;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

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

    public Long getCharacteristicId() {
        return characteristicId;
    }

    public void setCharacteristicId(Long characteristicId) {
        this.characteristicId = characteristicId;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
