package com.qualitydesk.survey;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A version of the satisfaction questionnaire (CS-03). A version a campaign used is never edited:
 * editing it makes the next revision, so a dispatched campaign's questions stay as sent.
 */
@Entity
@Table(name = "survey_questionnaire", uniqueConstraints = @UniqueConstraint(columnNames = {"name", "revision"}))
public class Questionnaire extends EditableEntity {

    @NotBlank(message = "{survey.questionnaire.name.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(nullable = false, length = 100)
    private String name;

    /** The name shown to Chinese readers; the name itself is the series' key. */
    @Size(max = 100, message = "{field.tooLong}")
    @Column(name = "name_zh", length = 100)
    private String nameZh;

    @Column(nullable = false)
    private int revision = 1;

    /** Labels of 1..5, separated by "|". */
    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "scale_en", nullable = false, length = 500)
    private String scaleEn = "Very dissatisfied|Dissatisfied|Neutral|Satisfied|Very satisfied";

    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "scale_zh", nullable = false, length = 500)
    private String scaleZh = "非常不满意|不满意|一般|满意|非常满意";

    /** Set once a campaign used this version; from then on it is frozen. */
    @Column(nullable = false)
    private boolean used;

    @Valid
    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<QuestionnaireItem> items = new ArrayList<>();

    public Questionnaire() {}

    public Questionnaire(String name) {
        this.name = name;
    }

    /** The next revision: same questions, not yet used, to be edited. */
    public Questionnaire nextRevision() {
        var next = new Questionnaire(name);
        next.nameZh = nameZh;
        next.revision = revision + 1;
        next.scaleEn = scaleEn;
        next.scaleZh = scaleZh;
        for (QuestionnaireItem item : items) {
            next.addItem(item.copy());
        }
        return next;
    }

    public QuestionnaireItem addItem(QuestionnaireItem item) {
        item.setQuestionnaire(this);
        item.setPosition(items.size() + 1);
        items.add(item);
        return item;
    }

    /** The label of a score in a language ("en" or "zh_CN"). */
    public String scaleLabel(int score, String language) {
        String[] labels = ("en".equals(language) ? scaleEn : scaleZh).split("\\|");
        return score >= 1 && score <= labels.length ? labels[score - 1] : String.valueOf(score);
    }

    public String getLabel() {
        return name + " v" + revision;
    }

    /** The name and revision for a reader of the given language ("en" or "zh_CN"). */
    public String label(String language) {
        boolean chinese = language != null && language.startsWith("zh");
        return (chinese && nameZh != null && !nameZh.isBlank() ? nameZh : name) + " v" + revision;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh == null || nameZh.isBlank() ? null : nameZh.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getRevision() {
        return revision;
    }

    public String getScaleEn() {
        return scaleEn;
    }

    public void setScaleEn(String scaleEn) {
        this.scaleEn = scaleEn;
    }

    public String getScaleZh() {
        return scaleZh;
    }

    public void setScaleZh(String scaleZh) {
        this.scaleZh = scaleZh;
    }

    public boolean isUsed() {
        return used;
    }

    public void markUsed() {
        this.used = true;
    }

    public List<QuestionnaireItem> getItems() {
        return items;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("name", name);
        m.put("nameZh", nameZh);
        m.put("revision", revision);
        m.put("scaleEn", scaleEn);
        m.put("scaleZh", scaleZh);
        m.put("used", used);
        m.put("items", items.stream().map(QuestionnaireItem::describe).toList().toString());
        return m;
    }
}
