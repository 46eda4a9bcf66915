package com.qualitydesk.review;

import com.qualitydesk.security.Department;
import java.util.Optional;

/**
 * IM-03: the inputs ISO 9001:2015 §9.3.2 asks of a management review, in the order the pack prints
 * them. Most are counted from the year's records; the ones the system cannot know (audits, external
 * providers, resources, risks) are entered by the department that owns them. The quality cost of
 * CF-13 is printed as its own input, as the company's procedures ask for it (IM-04).
 */
public enum ReviewInput {
    PREVIOUS_ACTIONS("9.3.2 a)", null),
    SATISFACTION("9.3.2 c) 1)", null),
    OBJECTIVES("9.3.2 c) 2)", null),
    PROCESS("9.3.2 c) 3)", null),
    NONCONFORMITIES("9.3.2 c) 4)", null),
    MONITORING("9.3.2 c) 5)", null),
    AUDITS("9.3.2 c) 6)", Department.QUALITY),
    PROVIDERS("9.3.2 c) 7)", Department.PRODUCTION),
    RESOURCES("9.3.2 d)", Department.OFFICE),
    RISKS("9.3.2 e)", Department.QUALITY),
    QUALITY_COST("IM-04", null),
    DEPARTMENT_REPORTS("9.3.2 f)", null);

    private final String clause;
    private final Department owner;

    ReviewInput(String clause, Department owner) {
        this.clause = clause;
        this.owner = owner;
    }

    /** The clause of ISO 9001:2015 (or the company's rule) the input answers. */
    public String clause() {
        return clause;
    }

    /** The department that enters the input by hand; empty where it is counted from the records. */
    public Optional<Department> owner() {
        return Optional.ofNullable(owner);
    }

    public boolean isManual() {
        return owner != null;
    }
}
