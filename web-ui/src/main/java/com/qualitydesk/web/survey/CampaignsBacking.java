package com.qualitydesk.web.survey;

import com.qualitydesk.survey.CampaignKind;
import com.qualitydesk.survey.CampaignRows.Overview;
import com.qualitydesk.survey.Questionnaire;
import com.qualitydesk.survey.Questionnaires;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCampaigns;
import com.qualitydesk.survey.SurveyStatistics;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * survey/campaigns.xhtml: every campaign with its coverage and satisfaction index (the general
 * manager's overview), and SALES planning a new one (CS-01).
 */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    SurveyStatistics statistics;

    @Inject
    Questionnaires questionnaires;

    @Inject
    UserMessages messages;

    private List<Overview> rows;
    private SurveyCampaign editing;
    private Long questionnaireId;
    private CampaignKind kind = CampaignKind.CYCLE;

    @PostConstruct
    void init() {
        rows = statistics.overview();
    }

    public void startNew() {
        kind = CampaignKind.CYCLE;
        editing = campaigns.draft(kind);
        questionnaireId = editing.getQuestionnaire() == null
                ? null
                : editing.getQuestionnaire().getId();
    }

    /** Another kind chosen: the form is filled anew with that kind's name and period (CS-01). */
    public void kindChanged() {
        editing = campaigns.draft(kind == null ? CampaignKind.CYCLE : kind);
    }

    public void save() {
        if (questionnaireId != null) {
            editing.setQuestionnaire(questionnaires.find(questionnaireId).orElse(null));
        }
        if (messages.attempt(() -> campaigns.save(editing), "survey.campaign.saved")) {
            rows = statistics.overview();
            org.primefaces.PrimeFaces.current().executeScript("PF('campaignDialog').hide()");
        }
    }

    public List<Questionnaire> getQuestionnaires() {
        return questionnaires.latest();
    }

    public List<Overview> getRows() {
        return rows;
    }

    public SurveyCampaign getEditing() {
        return editing;
    }

    public CampaignKind[] getKinds() {
        return CampaignKind.values();
    }

    public CampaignKind getKind() {
        return kind;
    }

    public void setKind(CampaignKind kind) {
        this.kind = kind;
    }

    public Long getQuestionnaireId() {
        return questionnaireId;
    }

    public void setQuestionnaireId(Long questionnaireId) {
        this.questionnaireId = questionnaireId;
    }

    public String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format("%.1f %%", value);
    }
}
