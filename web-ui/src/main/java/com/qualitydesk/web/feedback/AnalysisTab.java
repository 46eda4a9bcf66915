package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.AnalysisForm;
import com.qualitydesk.feedback.CauseCategory;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackAnalysis;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.security.Department;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The case's analysis tab: the five whys and the root cause (CF-04/10), the responsible department
 * and the special meeting of a large-batch or major problem (CF-05). The tab's other panels are
 * {@link DecisionsPanel} and {@link SheetsPanel}.
 */
@Named
@ViewScoped
public class AnalysisTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    FeedbackAnalysis analysis;

    private String why1;
    private String why2;
    private String why3;
    private String why4;
    private String why5;
    private String rootCause;
    private CauseCategory category;
    private Department responsibleDepartment;
    private String responsiblePerson;
    private LocalDate meetingDate;
    private String meetingAttendees;
    private String meetingMinutes;
    private String meetingDecisions;

    @PostConstruct
    void fill() {
        Feedback f = page.getFeedback();
        if (f == null) {
            return;
        }
        var a = f.getAnalysis();
        why1 = a.getWhy1();
        why2 = a.getWhy2();
        why3 = a.getWhy3();
        why4 = a.getWhy4();
        why5 = a.getWhy5();
        rootCause = a.getRootCause();
        category = a.getCauseCategory();
        responsibleDepartment = a.getResponsibleDepartment();
        responsiblePerson = a.getResponsiblePerson();
        var m = f.getMeeting();
        meetingDate = m.getDate();
        meetingAttendees = m.getAttendees();
        meetingMinutes = m.getMinutes();
        meetingDecisions = m.getDecisions();
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    public void recordCause() {
        var form = new AnalysisForm(why1, why2, why3, why4, why5, rootCause, category);
        page.act(() -> analysis.recordCause(page.getId(), form), "feedback.analysis.saved");
    }

    public void assignResponsibility() {
        page.act(
                () -> analysis.assignResponsibility(page.getId(), responsibleDepartment, responsiblePerson),
                "feedback.responsibility.saved");
    }

    public void recordMeeting() {
        page.act(
                () -> analysis.recordMeeting(
                        page.getId(), meetingDate, meetingAttendees, meetingMinutes, meetingDecisions),
                "feedback.meeting.saved");
    }

    public boolean isCanAnalyse() {
        return page.may(FeedbackStep.RECORD_CAUSE);
    }

    public boolean isCanAssign() {
        return page.may(FeedbackStep.ASSIGN_RESPONSIBILITY);
    }

    public boolean isCanMeet() {
        return page.may(FeedbackStep.RECORD_MEETING);
    }

    // the forms

    public String getWhy1() {
        return why1;
    }

    public void setWhy1(String why1) {
        this.why1 = why1;
    }

    public String getWhy2() {
        return why2;
    }

    public void setWhy2(String why2) {
        this.why2 = why2;
    }

    public String getWhy3() {
        return why3;
    }

    public void setWhy3(String why3) {
        this.why3 = why3;
    }

    public String getWhy4() {
        return why4;
    }

    public void setWhy4(String why4) {
        this.why4 = why4;
    }

    public String getWhy5() {
        return why5;
    }

    public void setWhy5(String why5) {
        this.why5 = why5;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public CauseCategory getCategory() {
        return category;
    }

    public void setCategory(CauseCategory category) {
        this.category = category;
    }

    public Department getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public void setResponsibleDepartment(Department responsibleDepartment) {
        this.responsibleDepartment = responsibleDepartment;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public String getMeetingAttendees() {
        return meetingAttendees;
    }

    public void setMeetingAttendees(String meetingAttendees) {
        this.meetingAttendees = meetingAttendees;
    }

    public String getMeetingMinutes() {
        return meetingMinutes;
    }

    public void setMeetingMinutes(String meetingMinutes) {
        this.meetingMinutes = meetingMinutes;
    }

    public String getMeetingDecisions() {
        return meetingDecisions;
    }

    public void setMeetingDecisions(String meetingDecisions) {
        this.meetingDecisions = meetingDecisions;
    }
}
