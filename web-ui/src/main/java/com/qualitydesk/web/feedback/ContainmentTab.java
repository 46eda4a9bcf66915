package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.Containment;
import com.qualitydesk.feedback.ContainmentResult;
import com.qualitydesk.feedback.Disposition;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackStep;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Containment (CF-06): SALES or QUALITY hand the case to PRODUCTION (on the overview tab),
 * PRODUCTION records checked and nonconforming quantities and their disposition (containment tab).
 */
@Named
@ViewScoped
public class ContainmentTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    Containment containment;

    private boolean transferUrgent;
    private Integer transferDays;
    private Integer checked;
    private Integer nonconforming;
    private Disposition disposition;
    private String note;

    @PostConstruct
    void fill() {
        Feedback f = page.getFeedback();
        if (f == null) {
            return;
        }
        var c = f.getContainment();
        checked = c.getQuantityChecked();
        nonconforming = c.getQuantityNonconforming();
        disposition = c.getDisposition();
        note = c.getNote();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void transfer() {
        page.act(
                () -> containment.transfer(page.getId(), transferUrgent, transferDays),
                "feedback.containment.transferred");
    }

    public void record() {
        var result = new ContainmentResult(checked, nonconforming, disposition, note);
        page.act(() -> containment.record(page.getId(), result), "feedback.containment.saved");
    }

    public boolean isCanTransfer() {
        return page.may(FeedbackStep.TRANSFER_TO_PRODUCTION);
    }

    public boolean isCanContain() {
        return page.may(FeedbackStep.RECORD_CONTAINMENT);
    }

    // the forms

    public boolean isTransferUrgent() {
        return transferUrgent;
    }

    public void setTransferUrgent(boolean transferUrgent) {
        this.transferUrgent = transferUrgent;
    }

    public Integer getTransferDays() {
        return transferDays;
    }

    public void setTransferDays(Integer transferDays) {
        this.transferDays = transferDays;
    }

    public Integer getChecked() {
        return checked;
    }

    public void setChecked(Integer checked) {
        this.checked = checked;
    }

    public Integer getNonconforming() {
        return nonconforming;
    }

    public void setNonconforming(Integer nonconforming) {
        this.nonconforming = nonconforming;
    }

    public Disposition getDisposition() {
        return disposition;
    }

    public void setDisposition(Disposition disposition) {
        this.disposition = disposition;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
