package com.qualitydesk.web.survey;

import com.qualitydesk.survey.Questionnaire;
import com.qualitydesk.survey.QuestionnaireItem;
import com.qualitydesk.survey.Questionnaires;
import com.qualitydesk.survey.SurveyCategory;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * survey/questionnaires.xhtml: the questionnaire versions (CS-03). Saving a version a campaign
 * used stores the next revision; the used one stays as its campaigns sent it.
 */
@Named
@ViewScoped
public class QuestionnairesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Questionnaires questionnaires;

    @Inject
    UserMessages messages;

    private List<Questionnaire> versions;
    private Questionnaire editing;

    @PostConstruct
    void init() {
        versions = questionnaires.all();
        editing = questionnaires.latest().stream().findFirst().orElse(null);
    }

    public void show(Questionnaire version) {
        editing = questionnaires.find(version.getId()).orElse(null);
    }

    public void addItem() {
        editing.addItem(new QuestionnaireItem(SurveyCategory.SERVICE, "", "", 10));
    }

    public void save() {
        Questionnaire[] saved = new Questionnaire[1];
        if (messages.attempt(() -> saved[0] = questionnaires.save(editing), null)) {
            messages.info(
                    saved[0].getRevision() == editing.getRevision()
                            ? "survey.questionnaire.saved"
                            : "survey.questionnaire.newRevision",
                    saved[0].getLabel());
            versions = questionnaires.all();
            editing = questionnaires.find(saved[0].getId()).orElse(null);
        }
    }

    public boolean isLatest() {
        return editing != null
                && questionnaires.latest().stream().anyMatch(q -> q.getId().equals(editing.getId()));
    }

    public SurveyCategory[] getCategories() {
        return SurveyCategory.values();
    }

    public List<Questionnaire> getVersions() {
        return versions;
    }

    public Questionnaire getEditing() {
        return editing;
    }
}
