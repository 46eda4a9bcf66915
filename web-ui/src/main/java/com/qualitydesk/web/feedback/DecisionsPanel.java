package com.qualitydesk.web.feedback;

import com.qualitydesk.customer.Delivery;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.GeneralManagerDecision;
import com.qualitydesk.feedback.RecallDecision;
import com.qualitydesk.feedback.RecallEvaluation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The analysis tab's decisions: the general manager's instruction on a major case (CF-08) and
 * QUALITY's recall decision on a safety complaint, over the deliveries of its product and lot
 * (CF-09).
 */
@Named
@ViewScoped
public class DecisionsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    GeneralManagerDecision generalManager;

    @Inject
    RecallEvaluation recall;

    private String instruction;
    private RecallDecision recallDecision;
    private String recallReason;
    private List<Delivery> scope = List.of();

    @PostConstruct
    void fill() {
        Feedback f = page.getFeedback();
        if (f == null) {
            return;
        }
        instruction = f.getInstruction().getText();
        recallDecision = f.getRecall().getDecision();
        recallReason = f.getRecall().getReason();
        scope = f.isSafetyRelated() && isCanReadScope() ? recall.scope(page.getId()) : List.of();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void instruct() {
        page.act(() -> generalManager.instruct(page.getId(), instruction), "feedback.gm.saved");
    }

    public void decideRecall() {
        page.act(() -> recall.decide(page.getId(), recallDecision, recallReason), "feedback.recall.saved");
    }

    public boolean isCanInstruct() {
        return page.may(FeedbackStep.INSTRUCT);
    }

    public boolean isCanDecideRecall() {
        return page.may(FeedbackStep.DECIDE_RECALL);
    }

    public boolean isCanReadScope() {
        return page.may(FeedbackStep.READ_RECALL_SCOPE);
    }

    public List<Delivery> getScope() {
        return scope;
    }

    public int getScopeQuantity() {
        return scope.stream()
                .mapToInt(d -> d.getQuantity() == null ? 0 : d.getQuantity())
                .sum();
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public RecallDecision getRecallDecision() {
        return recallDecision;
    }

    public void setRecallDecision(RecallDecision recallDecision) {
        this.recallDecision = recallDecision;
    }

    public String getRecallReason() {
        return recallReason;
    }

    public void setRecallReason(String recallReason) {
        this.recallReason = recallReason;
    }
}
