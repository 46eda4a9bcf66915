package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.OrganisationStep;
import com.qualitydesk.aftersales.ReturnVisit;
import com.qualitydesk.aftersales.ReturnVisitReport;
import com.qualitydesk.aftersales.ReturnVisits;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.primefaces.PrimeFaces;

/**
 * aftersales/return-visits.xhtml: the return visits of AS-06 — the general manager plans them, a
 * visitor or the general manager enters the record and sends it to the departments concerned —
 * and the year view of planned against done per customer. "?visit=id" opens one visit.
 */
@Named
@ViewScoped
public class ReturnVisitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReturnVisits visits;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    private EntityLazyModel<ReturnVisit> model;
    private ReturnVisit shown;

    private Customer planCustomer;
    private LocalDate planDate;
    private List<String> planVisitors = new ArrayList<>();
    private String planPurpose;

    private ReturnVisit recording;
    private LocalDate doneDate;
    private String findings;
    private String customerOpinions;
    private String requests;
    private List<String> sendTo = new ArrayList<>();

    private int year;
    private transient List<ReturnVisits.YearRow> yearRows;
    private transient Map<String, String> fullNames;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(visits::page);
        year = LocalDate.now(clock).getYear();
        String id = external.getRequestParameterMap().get("visit");
        if (id != null && id.matches("\\d{1,18}")) {
            shown = visits.find(Long.parseLong(id)).orElse(null);
        }
    }

    public boolean isMayPlan() {
        return OrganisationStep.PLAN_RETURN_VISIT.allows(user.departments());
    }

    /** AS-06: a visitor or the general manager enters the record of a planned visit. */
    public boolean mayRecord(ReturnVisit visit) {
        return visit.isPlanned() && visit.mayRecord(user.getUsername(), user.departments());
    }

    public void startPlan() {
        planCustomer = null;
        planDate = LocalDate.now(clock).plusDays(7);
        planVisitors = new ArrayList<>();
        planPurpose = null;
    }

    public void plan() {
        if (messages.attempt(
                () -> visits.plan(
                        planCustomer == null ? -1 : planCustomer.getId(),
                        planDate,
                        new LinkedHashSet<>(planVisitors),
                        planPurpose),
                "returnVisit.planned")) {
            PrimeFaces.current().executeScript("PF('planDialog').hide()");
        }
    }

    public void startRecord(ReturnVisit row) {
        recording = visits.find(row.getId()).orElse(row);
        doneDate = LocalDate.now(clock).isBefore(recording.getPlannedDate())
                ? LocalDate.now(clock)
                : recording.getPlannedDate();
        findings = null;
        customerOpinions = null;
        requests = null;
        sendTo = ReturnVisit.CONCERNED.stream().map(Department::name).collect(Collectors.toCollection(ArrayList::new));
    }

    public void record() {
        var to = EnumSet.noneOf(Department.class);
        sendTo.stream().map(Department::valueOf).forEach(to::add);
        var report = new ReturnVisitReport(doneDate, findings, customerOpinions, requests, to);
        if (messages.attempt(
                () -> recording = visits.record(recording.getId(), recording.getVersion(), report), null)) {
            messages.info(
                    "returnVisit.recorded",
                    recording.getSentTo().stream()
                            .map(d -> messages.text("department." + d))
                            .collect(Collectors.joining(", ")));
            yearRows = null;
            PrimeFaces.current().executeScript("PF('recordDialog').hide()");
        }
    }

    public void cancel(ReturnVisit row) {
        messages.attempt(() -> visits.cancel(row.getId(), row.getVersion()), "returnVisit.cancelled");
        yearRows = null;
    }

    public void show(ReturnVisit row) {
        shown = visits.find(row.getId()).orElse(row);
    }

    public void acknowledge(ReturnVisit row) {
        messages.attempt(() -> visits.acknowledge(row.getId()), "returnVisit.acknowledged");
    }

    public List<Account> getVisitorCandidates() {
        return visits.visitorCandidates();
    }

    /** The visitors by their full names, as people know them. */
    public String visitorNames(ReturnVisit visit) {
        if (fullNames == null) {
            fullNames = new HashMap<>();
            visits.visitorCandidates().forEach(a -> fullNames.put(a.getUsername(), a.getFullName()));
        }
        return visit.getVisitors().stream()
                .map(u -> fullNames.getOrDefault(u, u))
                .collect(Collectors.joining(", "));
    }

    public String departmentNames(ReturnVisit visit) {
        return visit.getSentTo().stream()
                .map(d -> messages.text("department." + d))
                .collect(Collectors.joining(", "));
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public List<ReturnVisits.YearRow> getYearRows() {
        if (yearRows == null) {
            yearRows = visits.year(year);
        }
        return yearRows;
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(now - 4, now + 1)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList();
    }

    public void changeYear() {
        yearRows = null;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public EntityLazyModel<ReturnVisit> getModel() {
        return model;
    }

    public ReturnVisit getShown() {
        return shown;
    }

    public Customer getPlanCustomer() {
        return planCustomer;
    }

    public void setPlanCustomer(Customer planCustomer) {
        this.planCustomer = planCustomer;
    }

    public LocalDate getPlanDate() {
        return planDate;
    }

    public void setPlanDate(LocalDate planDate) {
        this.planDate = planDate;
    }

    public List<String> getPlanVisitors() {
        return planVisitors;
    }

    public void setPlanVisitors(List<String> planVisitors) {
        this.planVisitors = planVisitors;
    }

    public String getPlanPurpose() {
        return planPurpose;
    }

    public void setPlanPurpose(String planPurpose) {
        this.planPurpose = planPurpose;
    }

    public ReturnVisit getRecording() {
        return recording;
    }

    public LocalDate getDoneDate() {
        return doneDate;
    }

    public void setDoneDate(LocalDate doneDate) {
        this.doneDate = doneDate;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getCustomerOpinions() {
        return customerOpinions;
    }

    public void setCustomerOpinions(String customerOpinions) {
        this.customerOpinions = customerOpinions;
    }

    public String getRequests() {
        return requests;
    }

    public void setRequests(String requests) {
        this.requests = requests;
    }

    public List<String> getSendTo() {
        return sendTo;
    }

    public void setSendTo(List<String> sendTo) {
        this.sendTo = sendTo;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }
}
