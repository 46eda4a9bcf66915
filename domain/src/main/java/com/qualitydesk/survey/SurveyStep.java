package com.qualitydesk.survey;

import com.qualitydesk.security.Department;
import java.util.EnumSet;
import java.util.Set;

/**
 * The survey procedure's permission policy (CS-01 … CS-08): SALES runs the surveys — plans and
 * dispatches campaigns, follows the replies up, prints and sends the letters, keeps the
 * questionnaire; the general manager and the administrator read. The screens offer a step only
 * where this allows, and the services' {@code @RolesAllowed} name the same department.
 */
public enum SurveyStep {
    PLAN_CAMPAIGN,
    DISPATCH,
    FOLLOW_UP,
    SEND_LETTERS,
    EDIT_QUESTIONNAIRE;

    private static final Set<Department> SURVEY_OWNERS = EnumSet.of(Department.SALES);

    public Set<Department> departments() {
        return SURVEY_OWNERS;
    }

    public boolean allows(Set<Department> who) {
        return who.stream().anyMatch(SURVEY_OWNERS::contains);
    }
}
