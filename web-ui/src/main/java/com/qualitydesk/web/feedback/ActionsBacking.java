package com.qualitydesk.web.feedback;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.shared.EntityLazyModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * feedback/actions.xhtml: every corrective and preventive action (CF-10) with its source, owner and
 * due date; it opens on the open ones.
 */
@Named
@ViewScoped
public class ActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CorrectiveActions actions;

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
}
