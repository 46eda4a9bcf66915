package com.qualitydesk.feedback;

import com.qualitydesk.security.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * CF-04/CF-10: what QUALITY, with TECHNICAL, found: the 5-Why chain, the root cause and its
 * Ishikawa category, and the responsible department or person QUALITY decided. A value: each step
 * of the analysis replaces it whole.
 */
@Embeddable
public class CauseAnalysis {

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why1;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why2;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why3;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why4;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(length = 500)
    private String why5;

    @Size(max = 2000, message = "{field.tooLong}")
    @Column(name = "root_cause", length = 2000)
    private String rootCause;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_category", length = 16)
    private CauseCategory causeCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_department", length = 24)
    private Department responsibleDepartment;

    @Size(max = 64, message = "{field.tooLong}")
    @Column(name = "responsible_person", length = 64)
    private String responsiblePerson;

    @Column(name = "analysed_at")
    private Instant analysedAt;

    @Column(name = "analysed_by", length = 64)
    private String analysedBy;

    protected CauseAnalysis() {}

    /** CF-10: a cause needs at least the first why, the root cause and its category. */
    CauseAnalysis withCause(AnalysisForm form, Instant at, String by) {
        if (Text.blank(form.why1()) || Text.blank(form.rootCause()) || form.category() == null) {
            throw new com.qualitydesk.shared.RuleViolation("feedback.analysis.incomplete");
        }
        var next = copy();
        next.why1 = Text.strippedOrNull(form.why1());
        next.why2 = Text.strippedOrNull(form.why2());
        next.why3 = Text.strippedOrNull(form.why3());
        next.why4 = Text.strippedOrNull(form.why4());
        next.why5 = Text.strippedOrNull(form.why5());
        next.rootCause = form.rootCause().strip();
        next.causeCategory = form.category();
        next.analysedAt = at;
        next.analysedBy = by;
        return next;
    }

    CauseAnalysis withResponsibility(Department department, String person) {
        var next = copy();
        next.responsibleDepartment = department;
        next.responsiblePerson = Text.strippedOrNull(person);
        return next;
    }

    /** CF-04: the analysis task is done once the cause and the responsible unit are both known. */
    public boolean isDecided() {
        return causeCategory != null && responsibleDepartment != null;
    }

    /** The 5-Why chain as entered, without empty links. */
    public List<String> whyChain() {
        var chain = new ArrayList<String>();
        for (String why : new String[] {why1, why2, why3, why4, why5}) {
            if (why != null && !why.isBlank()) {
                chain.add(why);
            }
        }
        return chain;
    }

    private CauseAnalysis copy() {
        var c = new CauseAnalysis();
        c.why1 = why1;
        c.why2 = why2;
        c.why3 = why3;
        c.why4 = why4;
        c.why5 = why5;
        c.rootCause = rootCause;
        c.causeCategory = causeCategory;
        c.responsibleDepartment = responsibleDepartment;
        c.responsiblePerson = responsiblePerson;
        c.analysedAt = analysedAt;
        c.analysedBy = analysedBy;
        return c;
    }

    public String getWhy1() {
        return why1;
    }

    public String getWhy2() {
        return why2;
    }

    public String getWhy3() {
        return why3;
    }

    public String getWhy4() {
        return why4;
    }

    public String getWhy5() {
        return why5;
    }

    public String getRootCause() {
        return rootCause;
    }

    public CauseCategory getCauseCategory() {
        return causeCategory;
    }

    public Department getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public Instant getAnalysedAt() {
        return analysedAt;
    }

    public String getAnalysedBy() {
        return analysedBy;
    }
}
