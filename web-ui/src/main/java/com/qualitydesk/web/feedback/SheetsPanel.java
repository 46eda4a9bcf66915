package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.FeedbackAnalysis;
import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.InformationSheet;
import com.qualitydesk.security.Department;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis tab's information feedback sheets (CF-04): QUALITY asks a unit, the unit (or
 * QUALITY for an oral answer) answers in the table.
 */
@Named
@ViewScoped
public class SheetsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    FeedbackCases cases;

    @Inject
    FeedbackAnalysis analysis;

    private List<InformationSheet> sheets = List.of();
    private final Map<Long, String> answers = new HashMap<>();
    private Department department;
    private String message;
    private LocalDate due;

    @PostConstruct
    void fill() {
        sheets = page.getFeedback() == null ? List.of() : cases.sheets(page.getId());
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void issue() {
        if (page.act(() -> analysis.issueSheet(page.getId(), department, message, due), "feedback.sheet.issued")) {
            department = null;
            message = null;
            due = null;
        }
    }

    public void answer(InformationSheet sheet) {
        if (page.act(
                () -> analysis.answerSheet(sheet.getId(), answers.get(sheet.getId())), "feedback.sheet.answered")) {
            answers.remove(sheet.getId());
        }
    }

    public boolean canAnswer(InformationSheet sheet) {
        return sheet.getAnswer() == null && FeedbackStep.mayAnswer(page.departments(), page.getFeedback(), sheet);
    }

    public boolean isCanIssue() {
        return page.may(FeedbackStep.ISSUE_SHEET);
    }

    public List<InformationSheet> getSheets() {
        return sheets;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }
}
