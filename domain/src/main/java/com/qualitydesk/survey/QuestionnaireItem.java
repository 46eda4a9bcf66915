package com.qualitydesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** One question of a questionnaire version (CS-03), scored 1..5 or "not applicable". */
@Entity
@Table(name = "survey_questionnaire_item")
public class QuestionnaireItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "questionnaire_id", nullable = false)
    private Questionnaire questionnaire;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SurveyCategory category;

    @NotBlank(message = "{survey.item.text.required}")
    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @NotBlank(message = "{survey.item.text.required}")
    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "text_zh", nullable = false, length = 500)
    private String textZh;

    @Min(value = 1, message = "{survey.item.weight.range}")
    @Max(value = 100, message = "{survey.item.weight.range}")
    @Column(nullable = false)
    private int weight = 1;

    public QuestionnaireItem() {}

    public QuestionnaireItem(SurveyCategory category, String textEn, String textZh, int weight) {
        this.category = category;
        this.textEn = textEn;
        this.textZh = textZh;
        this.weight = weight;
    }

    QuestionnaireItem copy() {
        return new QuestionnaireItem(category, textEn, textZh, weight);
    }

    String describe() {
        return position + ". " + category + " x" + weight + " " + textEn + " / " + textZh;
    }

    public String text(String language) {
        return "en".equals(language) ? textEn : textZh;
    }

    public Long getId() {
        return id;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    void setQuestionnaire(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    public int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public SurveyCategory getCategory() {
        return category;
    }

    public void setCategory(SurveyCategory category) {
        this.category = category;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getTextZh() {
        return textZh;
    }

    public void setTextZh(String textZh) {
        this.textZh = textZh;
    }

    public int getWeight() {
        return weight;
    }

    public void setWeight(int weight) {
        this.weight = weight;
    }
}
