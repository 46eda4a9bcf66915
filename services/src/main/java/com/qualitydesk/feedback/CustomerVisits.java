package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** CF-11: on-site investigations at the customer, with the customer's assessment opinion. */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY, Role.TECHNICAL, Role.SERVICE, Role.GENERAL_MANAGER})
public class CustomerVisits {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public List<CustomerVisit> of(long feedbackId) {
        return CaseRecords.of(em, CustomerVisit.class, feedbackId);
    }

    public CustomerVisit save(long feedbackId, @NotNull CustomerVisit visit) {
        CaseRecords.sameCase(visit.getFeedbackId(), feedbackId);
        visit.setFeedbackId(feedbackId);
        return CaseRecords.save(em, records, feedbackId, visit);
    }
}
