package com.qualitydesk.web.feedback;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.feedback.CauseCategory;
import com.qualitydesk.feedback.ChangeKind;
import com.qualitydesk.feedback.ChangeStatus;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.Disposition;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackClosing;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.FeedbackType;
import com.qualitydesk.feedback.GeneralManagerDecision;
import com.qualitydesk.feedback.RecallDecision;
import com.qualitydesk.feedback.Severity;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.primefaces.component.tabview.TabView;
import org.primefaces.event.TabChangeEvent;

/**
 * feedback/case.xhtml: the case named by ?id= with its deadline clock, shared by the beans of its
 * tabs. After every step the case is loaded again and {@link CaseReloaded} tells the tabs of this
 * view to read it afresh. What the screen offers to whom is answered by {@link FeedbackStep}, the
 * same policy by which the services refuse.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackCases cases;

    @Inject
    FeedbackClosing closing;

    @Inject
    GeneralManagerDecision generalManager;

    @Inject
    UserSession user;

    @Inject
    UserMessages messages;

    @Inject
    Event<CaseReloaded> reloaded;

    @Inject
    Clock clock;

    private Long id;
    private Feedback feedback;
    private List<String> missing = List.of();
    private int tab;

    /** f:viewAction: loads the case named by ?id=. */
    public void load() {
        if (id == null) {
            messages.error("feedback.unknown");
            return;
        }
        if (!messages.attempt(this::reload, null)) {
            feedback = null;
        }
    }

    private void reload() {
        feedback = cases.find(id);
        missing = feedback.isRegistered() && !feedback.isClosed() ? closing.missing(id) : List.of();
        reloaded.fire(new CaseReloaded(id));
    }

    /** Takes a step; when it succeeds the case and every tab are read again. */
    public boolean act(Runnable step, String successKey) {
        boolean done = messages.attempt(step, successKey);
        if (done) {
            messages.attempt(this::reload, null);
        }
        return done;
    }

    public void close() {
        act(() -> closing.close(id), "feedback.closed.done");
    }

    /** CF-02: the general manager marks the item reviewed. */
    public void review() {
        act(() -> generalManager.review(id), "feedback.review.done");
    }

    public boolean isCanReview() {
        return may(FeedbackStep.REVIEW_AS_MANAGER);
    }

    /** Whether the person may take this step on the case as it is now. */
    public boolean may(FeedbackStep step) {
        return step.allows(departments(), feedback);
    }

    public Set<Department> departments() {
        return user.departments();
    }

    public boolean isOpen() {
        return feedback != null && feedback.isRegistered() && !feedback.isClosed();
    }

    /** The clock's close button: SALES and QUALITY, while the case is open. */
    public boolean isCanClose() {
        return may(FeedbackStep.CLOSE);
    }

    public String getReference() {
        if (feedback == null) {
            return "";
        }
        if (feedback.getNumber() != null) {
            return feedback.getNumber();
        }
        return feedback.getPublicReference() != null ? feedback.getPublicReference() : "#" + feedback.getId();
    }

    public void onTabChange(TabChangeEvent<?> event) {
        tab = ((TabView) event.getComponent()).getActiveIndex();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getLanguage() {
        return user.getLanguage();
    }

    // the choices of the forms

    public FeedbackType[] getTypes() {
        return FeedbackType.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public CauseCategory[] getCategories() {
        return CauseCategory.values();
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public RecallDecision[] getRecallDecisions() {
        return RecallDecision.values();
    }

    public Disposition[] getDispositions() {
        return Disposition.values();
    }

    public ActionKind[] getActionKinds() {
        return ActionKind.values();
    }

    public ChangeKind[] getChangeKinds() {
        return ChangeKind.values();
    }

    public ChangeStatus[] getChangeStatuses() {
        return ChangeStatus.values();
    }

    public CostKind[] getCostKinds() {
        return CostKind.values();
    }

    public CostBearer[] getCostBearers() {
        return CostBearer.values();
    }

    public FeedbackChannel[] getChannels() {
        return FeedbackChannel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public List<String> getMissing() {
        return missing;
    }

    public int getTab() {
        return tab;
    }

    public void setTab(int tab) {
        this.tab = tab;
    }
}
