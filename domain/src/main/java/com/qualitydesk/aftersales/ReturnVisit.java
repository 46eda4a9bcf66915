package com.qualitydesk.aftersales;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A return visit of AS-06: the general manager plans it (customer, date, the QUALITY and SALES
 * people who go); one of them, or the general manager, enters what it found, and the record goes
 * to the departments concerned. The visit guards its own states: only a planned visit is changed,
 * recorded or cancelled, so a second submission of the same record is refused.
 */
@Entity
@Table(name = "return_visit")
public class ReturnVisit extends EditableEntity {

    /** AS-06 names QUALITY and SALES as the departments that go and that read the record. */
    public static final Set<Department> CONCERNED = EnumSet.of(Department.QUALITY, Department.SALES);

    @NotNull(message = "{returnVisit.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotNull(message = "{returnVisit.plannedDate.required}")
    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String purpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "return_visit_visitor", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "username", length = 64)
    private Set<String> visitors = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReturnVisitStatus status = ReturnVisitStatus.PLANNED;

    @Column(name = "planned_by", length = 64)
    private String plannedBy;

    @Column(name = "done_date")
    private LocalDate doneDate;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String findings;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "customer_opinions", length = 4000)
    private String customerOpinions;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String requests;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "return_visit_department", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "department", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Department> sentTo = EnumSet.noneOf(Department.class);

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    public ReturnVisit() {}

    public ReturnVisit(Customer customer, LocalDate plannedDate, Set<String> visitors) {
        this.customer = customer;
        this.plannedDate = plannedDate;
        setVisitors(visitors);
    }

    /**
     * AS-06: the visitors are accounts of QUALITY or SALES, and at least one of each department
     * goes. {@code departmentsOf} gives each named visitor's departments (empty for an unknown one).
     */
    public static void checkVisitors(Map<String, Set<Department>> departmentsOf) {
        Set<Department> present = EnumSet.noneOf(Department.class);
        for (var visitor : departmentsOf.entrySet()) {
            var held = EnumSet.noneOf(Department.class);
            held.addAll(visitor.getValue());
            held.retainAll(CONCERNED);
            if (held.isEmpty()) {
                throw new RuleViolation("returnVisit.visitor.department", visitor.getKey());
            }
            present.addAll(held);
        }
        if (!present.containsAll(CONCERNED)) {
            throw new RuleViolation("returnVisit.visitors.required");
        }
    }

    /** The general manager moves the visit or changes who goes, before it took place. */
    public void replan(LocalDate newDate, Set<String> newVisitors, String newPurpose) {
        requirePlanned();
        this.plannedDate = newDate;
        this.purpose = newPurpose;
        setVisitors(newVisitors);
    }

    public void cancel() {
        requirePlanned();
        this.status = ReturnVisitStatus.CANCELLED;
    }

    /** Whether this person may enter the visit's record: one who went, or the general manager. */
    public boolean mayRecord(String username, Set<Department> departments) {
        return departments.contains(Department.GENERAL_MANAGER) || visitors.contains(username);
    }

    /**
     * Enters what the visit found (AS-06). It took place (not after today), found something, and goes
     * at least to QUALITY and SALES; a visit is recorded once.
     */
    public void record(ReturnVisitReport report, String by, Instant at, LocalDate today) {
        requirePlanned();
        if (report.doneDate() == null) {
            throw new RuleViolation("returnVisit.doneDate.required");
        }
        if (report.doneDate().isAfter(today)) {
            throw new RuleViolation("returnVisit.doneDate.future");
        }
        if (report.findings() == null || report.findings().isBlank()) {
            throw new RuleViolation("returnVisit.findings.required");
        }
        if (report.sendTo() == null || !report.sendTo().containsAll(CONCERNED)) {
            throw new RuleViolation("returnVisit.sendTo.required");
        }
        this.doneDate = report.doneDate();
        this.findings = report.findings().trim();
        this.customerOpinions = report.customerOpinions();
        this.requests = report.requests();
        this.sentTo = EnumSet.copyOf(report.sendTo());
        this.recordedBy = by;
        this.recordedAt = at;
        this.status = ReturnVisitStatus.DONE;
    }

    private void requirePlanned() {
        if (status != ReturnVisitStatus.PLANNED) {
            throw new RuleViolation("returnVisit.notPlanned", status);
        }
    }

    public boolean isPlanned() {
        return status == ReturnVisitStatus.PLANNED;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Set<String> getVisitors() {
        return visitors;
    }

    public void setVisitors(Set<String> visitors) {
        this.visitors = new TreeSet<>();
        if (visitors != null) {
            visitors.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(String::trim)
                    .forEach(this.visitors::add);
        }
    }

    public ReturnVisitStatus getStatus() {
        return status;
    }

    public String getPlannedBy() {
        return plannedBy;
    }

    public void setPlannedBy(String plannedBy) {
        this.plannedBy = plannedBy;
    }

    public LocalDate getDoneDate() {
        return doneDate;
    }

    public String getFindings() {
        return findings;
    }

    public String getCustomerOpinions() {
        return customerOpinions;
    }

    public String getRequests() {
        return requests;
    }

    public Set<Department> getSentTo() {
        return sentTo.isEmpty() ? EnumSet.noneOf(Department.class) : EnumSet.copyOf(sentTo);
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("plannedDate", plannedDate);
        m.put("purpose", purpose);
        m.put("visitors", String.join(", ", visitors));
        m.put("status", status);
        m.put("doneDate", doneDate);
        m.put("findings", findings);
        m.put("customerOpinions", customerOpinions);
        m.put("requests", requests);
        m.put("sentTo", sentTo.toString());
        return m;
    }
}
