package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.ChangeProposal;
import com.qualitydesk.feedback.ChangeProposals;
import com.qualitydesk.feedback.FeedbackStep;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The case's changes tab (CF-07): TECHNICAL proposes changes to product, process or standard. */
@Named
@ViewScoped
public class ChangesTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    ChangeProposals changes;

    private List<ChangeProposal> list = List.of();
    private ChangeProposal change = new ChangeProposal();

    @PostConstruct
    void fill() {
        list = isCanRead() ? changes.of(page.getId()) : List.of();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void save() {
        if (page.act(() -> changes.save(page.getId(), change), "change.saved")) {
            change = new ChangeProposal();
        }
    }

    public void edit(ChangeProposal row) {
        change = row;
    }

    public void startNew() {
        change = new ChangeProposal();
    }

    public boolean isCanRead() {
        return page.may(FeedbackStep.READ_CHANGES);
    }

    public boolean isCanPropose() {
        return page.may(FeedbackStep.PROPOSE_CHANGE);
    }

    public List<ChangeProposal> getList() {
        return list;
    }

    public ChangeProposal getChange() {
        return change;
    }
}
