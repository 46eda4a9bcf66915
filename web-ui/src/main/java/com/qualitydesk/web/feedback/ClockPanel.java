package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.DeadlinePause;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackRegistration;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.Severity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The overview tab's forms of the deadline clock (CF-05): a change of severity, and its pause. */
@Named
@ViewScoped
public class ClockPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    FeedbackRegistration registration;

    @Inject
    DeadlinePause pause;

    private Severity newSeverity;
    private String severityReason;
    private String pauseReason;

    @PostConstruct
    void fill() {
        Feedback f = page.getFeedback();
        if (f != null) {
            newSeverity = f.getSeverity();
        }
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void changeSeverity() {
        if (page.act(
                () -> registration.changeSeverity(page.getId(), newSeverity, severityReason),
                "feedback.severity.changed")) {
            severityReason = null;
        }
    }

    public void pauseClock() {
        if (page.act(() -> pause.pause(page.getId(), pauseReason), "feedback.paused")) {
            pauseReason = null;
        }
    }

    public void resumeClock() {
        page.act(() -> pause.resume(page.getId()), "feedback.resumed");
    }

    public boolean isCanChangeSeverity() {
        return page.may(FeedbackStep.CHANGE_SEVERITY);
    }

    public boolean isCanPause() {
        return page.may(FeedbackStep.PAUSE_CLOCK);
    }

    public Severity getNewSeverity() {
        return newSeverity;
    }

    public void setNewSeverity(Severity newSeverity) {
        this.newSeverity = newSeverity;
    }

    public String getSeverityReason() {
        return severityReason;
    }

    public void setSeverityReason(String severityReason) {
        this.severityReason = severityReason;
    }

    public String getPauseReason() {
        return pauseReason;
    }

    public void setPauseReason(String pauseReason) {
        this.pauseReason = pauseReason;
    }
}
