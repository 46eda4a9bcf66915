package com.qualitydesk.feedback;

import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
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

/**
 * CF-13/AS-07: the quality-cost ledger. A case's costs are recorded on the case; the costs of a
 * guaranteed return or replacement are booked by {@code ReturnsAndReplacements} and name the return
 * (and its case when it came from one, so the case lists and totals them too). The month's totals
 * count every row of the ledger, whatever it is booked to.
 */
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
        // a cost of the case itself; a return's cost is booked, and stays, with its return (AS-07)
        if (!cost.isNew()) {
            QualityCost stored = em.find(QualityCost.class, cost.getId());
            if (stored != null && stored.getReturnId() != null) {
                throw new RuleViolation("cost.ofReturn", "RR-" + stored.getReturnId());
            }
        }
        cost.setReturnId(null);
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

    /**
     * Totals of a month per currency, for the monthly figures: every row of the ledger incurred in
     * the month, a case's or a return's (AS-07). Every department but SERVICE reads it, as the
     * quality-cost indicator (IM-04) and
     * for FINANCE's monthly sheet (CS-09), which ADMIN may keep too.
     */
    @RolesAllowed({
        Role.SALES,
        Role.QUALITY,
        Role.TECHNICAL,
        Role.PRODUCTION,
        Role.FINANCE,
        Role.OFFICE,
        Role.GENERAL_MANAGER,
        Role.ADMIN
    })
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
