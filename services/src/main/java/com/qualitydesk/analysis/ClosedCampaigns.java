package com.qualitydesk.analysis;

import com.qualitydesk.survey.CampaignKind;
import com.qualitydesk.survey.CampaignStatistics;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.Coverage;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyStatistics;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CS-08, CS-10: the figures of closed campaigns, counted from their replies once, on first use
 * after the campaign closed, and read from {@link CampaignFigures} from then on: a closed campaign
 * takes no reply any more, and the report reads eight quarters of twenty thousand replies each.
 * The counting is {@link SurveyStatistics}'s, the one way figures are counted. Only the analysis
 * services call this, inside their transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ClosedCampaigns {

    /** The trend of the report: the quarter and the seven before it. */
    public static final int TREND_QUARTERS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyStatistics statistics;

    @Inject
    Clock clock;

    /** The closed quarterly campaigns a report may be drafted for, latest first. */
    public List<SurveyCampaign> all() {
        return em.createQuery(
                        "select c from SurveyCampaign c where c.status = :closed and c.kind = :cycle"
                                + " order by c.periodEnd desc, c.id desc",
                        SurveyCampaign.class)
                .setParameter("closed", CampaignStatus.CLOSED)
                .setParameter("cycle", CampaignKind.CYCLE)
                .getResultList();
    }

    /** The closed campaign and the closed ones of the seven quarters before it, oldest first. */
    public List<CampaignFigures> trendUpTo(SurveyCampaign campaign) {
        var campaigns = em.createQuery(
                        "select c from SurveyCampaign c where c.status = :closed and c.kind = :cycle"
                                + " and c.periodEnd <= :end and c.periodEnd > :since"
                                + " order by c.periodEnd desc, c.id desc",
                        SurveyCampaign.class)
                .setParameter("closed", CampaignStatus.CLOSED)
                .setParameter("cycle", CampaignKind.CYCLE)
                .setParameter("end", campaign.getPeriodEnd())
                .setParameter("since", campaign.getPeriodEnd().minusMonths(3L * TREND_QUARTERS))
                .setMaxResults(TREND_QUARTERS)
                .getResultList();
        var trend = new ArrayList<CampaignFigures>();
        for (SurveyCampaign c : campaigns) {
            trend.add(0, figuresOf(c).orElseThrow());
        }
        return trend;
    }

    /** The closed campaign's figures, counted now if nobody needed them since it closed; empty if open. */
    public Optional<CampaignFigures> figuresOf(SurveyCampaign campaign) {
        if (campaign.getStatus() != CampaignStatus.CLOSED) {
            return Optional.empty();
        }
        CampaignFigures kept = em.find(CampaignFigures.class, campaign.getId());
        if (kept != null) {
            return Optional.of(kept);
        }
        var counted = statistics.closedFigures(campaign.getId());
        CampaignFigures figures = of(campaign, counted.statistics(), counted.coverage());
        em.persist(figures);
        return Optional.of(figures);
    }

    private CampaignFigures of(SurveyCampaign campaign, CampaignStatistics s, Coverage coverage) {
        var items = s.items().stream()
                .map(i -> new CampaignItemFigure(
                        i.position(),
                        i.textEn(),
                        i.textZh(),
                        i.category(),
                        i.answers(),
                        CampaignFigures.stored(i.mean()),
                        CampaignFigures.stored(i.satisfiedPercent())))
                .toList();
        var groups = new ArrayList<CampaignGroupFigure>();
        s.byIndustry().forEach(g -> groups.add(group(CampaignFigures.INDUSTRY, g)));
        s.byProductFamily().forEach(g -> groups.add(group(CampaignFigures.PRODUCT_FAMILY, g)));
        return new CampaignFigures(
                campaign.getId(),
                campaign.getName(),
                campaign.getPeriodStart(),
                campaign.getPeriodEnd(),
                s.replies(),
                CampaignFigures.stored(s.index()),
                CampaignFigures.stored(s.satisfiedPercent()),
                coverage.eligible(),
                coverage.covered(),
                coverage.target(),
                clock.instant(),
                items,
                groups);
    }

    private static CampaignGroupFigure group(String kind, CampaignStatistics.GroupRow g) {
        return new CampaignGroupFigure(
                kind,
                g.group().length() > 200 ? g.group().substring(0, 200) : g.group(),
                g.replies(),
                CampaignFigures.stored(g.index()),
                CampaignFigures.stored(g.satisfiedPercent()));
    }
}
