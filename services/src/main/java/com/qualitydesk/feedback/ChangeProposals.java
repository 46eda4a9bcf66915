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

/** CF-07: TECHNICAL proposes changes of data, drawings, work instructions and control plans. */
@Stateless
public class ChangeProposals {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @RolesAllowed({Role.SALES, Role.QUALITY, Role.TECHNICAL, Role.PRODUCTION, Role.GENERAL_MANAGER})
    public List<ChangeProposal> of(long feedbackId) {
        return CaseRecords.of(em, ChangeProposal.class, feedbackId);
    }

    @RolesAllowed(Role.TECHNICAL)
    public ChangeProposal save(long feedbackId, @NotNull ChangeProposal proposal) {
        CaseRecords.sameCase(proposal.getFeedbackId(), feedbackId);
        proposal.setFeedbackId(feedbackId);
        return CaseRecords.save(em, records, feedbackId, proposal);
    }
}
