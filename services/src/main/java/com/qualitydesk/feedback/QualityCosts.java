package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CF-13/AS-07: the quality cost of a case, with totals per case and per month and currency. */
@Stateless
@RolesAllowed({Role.SALES, Role.QUALITY, Role.FINANCE, Role.GENERAL_MANAGER})
public class QualityCosts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    public List<QualityCost> of(long feedbackId) {
        return CaseRecords.of(em, QualityCost.class, feedbackId);
    }

    @RolesAllowed({Role.SALES, Role.QUALITY, Role.FINANCE})
    public QualityCost save(long feedbackId, @NotNull QualityCost cost) {
        CaseRecords.sameCase(cost.getFeedbackId(), feedbackId);
        cost.setFeedbackId(feedbackId);
        return CaseRecords.save(em, records, feedbackId, cost);
    }

    /** The case's total per currency. */
    public Map<String, BigDecimal> totalOf(long feedbackId) {
        var totals = new LinkedHashMap<String, BigDecimal>();
        for (Object[] row : em.createQuery(
                        "select c.currency, sum(c.amount) from QualityCost c where c.feedbackId = :feedback"
                                + " group by c.currency order by c.currency",
                        Object[].class)
                .setParameter("feedback", feedbackId)
                .getResultList()) {
            totals.put((String) row[0], (BigDecimal) row[1]);
        }
        return totals;
    }

    /** Totals of a month per currency, for the monthly figures. */
    public Map<String, BigDecimal> totalOf(@NotNull YearMonth month) {
        var totals = new LinkedHashMap<String, BigDecimal>();
        for (Object[] row : em.createQuery(
                        "select c.currency, sum(c.amount) from QualityCost c where c.incurredOn between :from and :to"
                                + " group by c.currency order by c.currency",
                        Object[].class)
                .setParameter("from", month.atDay(1))
                .setParameter("to", month.atEndOfMonth())
                .getResultList()) {
            totals.put((String) row[0], (BigDecimal) row[1]);
        }
        return totals;
    }
}
