package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackAnalysis;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.RecallEvaluation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The analysis tab's other departments' records: TECHNICAL's opinion on the registered form, which
 * QUALITY reads beside its analysis (CF-04), and QUALITY's re-appraisal of the process management
 * rules after a product-safety complaint (CF-09).
 */
@Named
@ViewScoped
public class OpinionPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    FeedbackAnalysis analysis;

    @Inject
    RecallEvaluation recall;

    private String opinion;
    private String rulesReviewed;
    private String conclusion;
    private String changesDecided;

    @PostConstruct
    void fill() {
        Feedback f = page.getFeedback();
        if (f == null) {
            return;
        }
        opinion = f.getTechnicalOpinion().getText();
        rulesReviewed = f.getReappraisal().getRulesReviewed();
        conclusion = f.getReappraisal().getConclusion();
        changesDecided = f.getReappraisal().getChangesDecided();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void giveOpinion() {
        page.act(() -> analysis.giveTechnicalOpinion(page.getId(), opinion), "feedback.technicalOpinion.saved");
    }

    public void markRead() {
        page.act(() -> analysis.markFormRead(page.getId()), "feedback.technicalOpinion.readDone");
    }

    public void reappraise() {
        page.act(
                () -> recall.reappraiseRules(page.getId(), rulesReviewed, conclusion, changesDecided),
                "feedback.reappraisal.saved");
    }

    public boolean isCanGiveOpinion() {
        return page.may(FeedbackStep.GIVE_TECHNICAL_OPINION);
    }

    public boolean isCanReappraise() {
        return page.may(FeedbackStep.REAPPRAISE_RULES);
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
    }

    public String getRulesReviewed() {
        return rulesReviewed;
    }

    public void setRulesReviewed(String rulesReviewed) {
        this.rulesReviewed = rulesReviewed;
    }

    public String getConclusion() {
        return conclusion;
    }

    public void setConclusion(String conclusion) {
        this.conclusion = conclusion;
    }

    public String getChangesDecided() {
        return changesDecided;
    }

    public void setChangesDecided(String changesDecided) {
        this.changesDecided = changesDecided;
    }
}
