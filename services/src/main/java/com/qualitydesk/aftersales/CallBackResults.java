package com.qualitydesk.aftersales;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.feedback.FeedbackClosed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * AS-05: when the feedback case an objection became is closed (CF-12), its result is filed on the
 * call-back in the closing transaction, so that SALES can close the objection.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CallBackResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void feedbackClosed(@Observes FeedbackClosed closed) {
        for (CallBack callBack : em.createQuery("select c from CallBack c where c.feedbackId = :f", CallBack.class)
                .setParameter("f", closed.feedbackId())
                .getResultList()) {
            var before = callBack.auditSnapshot();
            callBack.linkFeedback(closed.feedbackId(), closed.number());
            callBack.fileFeedbackResult(closed.result(), closed.at());
            em.flush();
            audit.changed(callBack, before);
        }
    }
}
