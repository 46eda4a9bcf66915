package com.qualitydesk.web.security;

import com.qualitydesk.aftersales.OrganisationStep;
import com.qualitydesk.customer.MasterDataKind;
import com.qualitydesk.survey.SurveyStep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * What the screens of master data and surveys offer the person, answered by each feature's policy
 * ({@link MasterDataKind#writableBy}, {@link SurveyStep}); the feedback case page asks
 * {@code FeedbackStep} through its own beans. No screen names a department.
 */
@Named("may")
@RequestScoped
public class Permissions {

    @Inject
    UserSession user;

    /** Whether the person may write this kind of master data (CC-01), e.g. {@code CUSTOMERS}. */
    public boolean write(String kind) {
        return MasterDataKind.valueOf(kind).writableBy(user.departments());
    }

    /** Whether the person may take this step of the surveys, e.g. {@code DISPATCH}. */
    public boolean survey(String step) {
        return SurveyStep.valueOf(step).allows(user.departments());
    }

    /** Whether the person may take this step of the process capability (CS-09), e.g. {@code IMPORT_MEASUREMENTS}. */
    public boolean figures(String step) {
        return com.qualitydesk.figures.FiguresStep.valueOf(step).allows(user.departments());
    }

    /** Whether the person may take this step of record retention (CC-03), e.g. {@code PROPOSE}. */
    public boolean retention(String step) {
        return com.qualitydesk.retention.RetentionStep.valueOf(step).allows(user.departments());
    }

    /** Whether the person may take this step of the service organisation (AS-01, AS-02, AS-06). */
    public boolean organise(String step) {
        return OrganisationStep.valueOf(step).allows(user.departments());
    }
}
