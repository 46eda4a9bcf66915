package com.qualitydesk.survey;

import com.qualitydesk.analysis.CampaignFigures;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.CampaignStatistics.GroupRow;
import com.qualitydesk.survey.CampaignStatistics.ItemRow;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * CS-08 computed in the database: answers are counted per item and score (and group), the
 * figures themselves come from {@link SatisfactionStatistics}, unit-tested in the domain.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
public class SurveyStatistics {

    /**
     * The answers of submitted replies. "Submitted" is read from the invitation's reply moment,
     * set with the reply's submission: the index on (campaign, replied at, customer) then leads
     * to the answers without reading the invitations or the replies themselves.
     */
    private static final String SUBMITTED = " from SurveyAnswer a join a.reply r join r.invitation i"
            + " where i.campaign.id = :c and i.repliedAt is not null and a.score is not null";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    RecentStatistics recent;

    @Inject
    RecentCampaignFigures figures;

    /** The campaign's figures beside the previous campaign's, as computed last unless replies came in since. */
    public CampaignStatistics of(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null) {
            throw new RuleViolation("survey.campaign.unknown");
        }
        Optional<SurveyCampaign> previous = previous(campaign);
        var replies = new RecentStatistics.RepliesSoFar(
                repliesSoFar(campaign), previous.map(this::repliesSoFar).orElse(0L));
        return recent.get(campaignId, replies)
                .orElseGet(() -> recent.put(campaignId, replies, compute(campaign, previous)));
    }

    /** A closed campaign's own figures and coverage, as counted for its analysis report. */
    public record ClosedFigures(CampaignStatistics statistics, Coverage coverage) {}

    /**
     * CS-08, CS-10: a closed campaign's figures and coverage, counted once to be kept by the
     * analysis report, without the previous campaign's beside them (each campaign is kept on its
     * own). Only the analysis services call this, inside their transaction, also for the demo
     * data at first start, where nobody is logged in; nothing but counting happens here.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public ClosedFigures closedFigures(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null || campaign.getStatus() != CampaignStatus.CLOSED) {
            throw new RuleViolation("survey.campaign.notClosed");
        }
        return new ClosedFigures(
                compute(campaign, Optional.empty()), SurveyCampaigns.coverageOf(em, settings, campaign));
    }

    /** How many replies were submitted: a count over the campaign's invitations. */
    private long repliesSoFar(SurveyCampaign campaign) {
        return em.createQuery("select count(i.repliedAt) from Invitation i where i.campaign.id = :c", Long.class)
                .setParameter("c", campaign.getId())
                .getSingleResult();
    }

    private CampaignStatistics compute(SurveyCampaign campaign, Optional<SurveyCampaign> previous) {
        List<QuestionnaireItem> items = campaign.getQuestionnaire().getItems();
        IndustryFigures now = industryFigures(campaign);
        Optional<IndustryFigures> then = previous.map(this::industryFigures);
        SatisfactionStatistics current = now.all();
        Optional<SatisfactionStatistics> before = then.map(IndustryFigures::all);
        Map<Integer, SatisfactionStatistics.ItemFigures> previousByPosition = new HashMap<>();
        previous.ifPresent(p -> {
            var figures = before.get().items();
            var previousItems = p.getQuestionnaire().getItems();
            for (int k = 0; k < previousItems.size(); k++) {
                previousByPosition.put(previousItems.get(k).getPosition(), figures.get(k));
            }
        });
        var figures = current.items();
        var rows = new ArrayList<ItemRow>();
        for (int k = 0; k < items.size(); k++) {
            QuestionnaireItem item = items.get(k);
            var f = figures.get(k);
            var p = previousByPosition.get(item.getPosition());
            rows.add(new ItemRow(
                    item.getPosition(),
                    item.getTextEn(),
                    item.getTextZh(),
                    item.getCategory().name(),
                    item.getWeight(),
                    f.answers(),
                    f.mean(),
                    f.satisfiedPercent(),
                    p == null ? Double.NaN : p.mean(),
                    p == null ? Double.NaN : p.satisfiedPercent()));
        }
        var industries = new ArrayList<GroupRow>();
        now.byIndustry()
                .forEach((industry, stats) -> industries.add(new GroupRow(
                        industry,
                        now.replies().getOrDefault(industry, 0L),
                        stats.index(),
                        stats.satisfiedPercent(),
                        then.map(t -> t.byIndustry().get(industry))
                                .map(SatisfactionStatistics::index)
                                .orElse(Double.NaN))));
        return new CampaignStatistics(
                campaign.getName(),
                previous.map(SurveyCampaign::getName).orElse(null),
                now.replies().values().stream().mapToLong(Long::longValue).sum(),
                current.index(),
                before.map(SatisfactionStatistics::index).orElse(Double.NaN),
                current.satisfiedPercent(),
                rows,
                industries,
                byProductFamily(campaign, previous));
    }

    /**
     * The answers counted once per industry, item and score, and the replies per industry: the
     * campaign's own figures are their sums, since every reply belongs to one industry ("-" for
     * none). One pass over the answers instead of two, on the largest table of the surveys.
     */
    private record IndustryFigures(
            SatisfactionStatistics all, Map<String, SatisfactionStatistics> byIndustry, Map<String, Long> replies) {}

    private IndustryFigures industryFigures(SurveyCampaign campaign) {
        var items = itemsOf(campaign);
        var all = new SatisfactionStatistics(items);
        Map<String, SatisfactionStatistics> byIndustry = new TreeMap<>();
        em.createQuery(
                        "select coalesce(i.customer.industry, '-'), a.item.id, a.score, count(a)" + SUBMITTED
                                + " group by i.customer.industry, a.item.id, a.score",
                        Object[].class)
                .setParameter("c", campaign.getId())
                .getResultStream()
                .forEach(r -> {
                    long item = (Long) r[1];
                    int score = ((Number) r[2]).intValue();
                    long count = ((Number) r[3]).longValue();
                    all.add(item, score, count);
                    byIndustry
                            .computeIfAbsent((String) r[0], g -> new SatisfactionStatistics(items))
                            .add(item, score, count);
                });
        Map<String, Long> replies = new HashMap<>();
        em.createQuery(
                        "select coalesce(i.customer.industry, '-'), count(i.repliedAt) from Invitation i"
                                + " where i.campaign.id = :c and i.repliedAt is not null"
                                + " group by i.customer.industry",
                        Object[].class)
                .setParameter("c", campaign.getId())
                .getResultStream()
                .forEach(r -> replies.merge((String) r[0], (Long) r[1], Long::sum));
        return new IndustryFigures(all, byIndustry, replies);
    }

    /** The figures per customer: a long list, so only on demand (export, customer tab). */
    public List<GroupRow> byCustomer(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        return grouped(
                campaign,
                Optional.empty(),
                c -> em.createQuery(
                                "select concat(concat(i.customer.code, ' '), coalesce(i.customer.nameZh, i.customer.nameEn)),"
                                        + " a.item.id, a.score, count(a)" + SUBMITTED
                                        + " group by i.customer.code, i.customer.nameZh, i.customer.nameEn,"
                                        + " a.item.id, a.score",
                                Object[].class)
                        .setParameter("c", c.getId()),
                c -> em.createQuery(
                                "select concat(concat(i.customer.code, ' '), coalesce(i.customer.nameZh, i.customer.nameEn)),"
                                        + " count(i.repliedAt) from Invitation i"
                                        + " where i.campaign.id = :c and i.repliedAt is not null"
                                        + " group by i.customer.code, i.customer.nameZh, i.customer.nameEn",
                                Object[].class)
                        .setParameter("c", c.getId()));
    }

    /**
     * A customer counts for every product family it received in the eligibility window. Asked
     * family by family: the families delivered are few, and "customer in (delivered the family)"
     * is one pass over the answers, where joining deliveries to every answer is not. The families
     * are found from the deliveries ("an invitation of the campaign exists"): an "in" over the
     * campaign's tens of thousands of invitations first collected them all.
     */
    private List<GroupRow> byProductFamily(SurveyCampaign campaign, Optional<SurveyCampaign> previous) {
        var rows = new ArrayList<GroupRow>();
        for (String family : window(
                        em.createQuery(
                                "select distinct d.product.family from Delivery d where d.product.family is not null"
                                        + " and d.shipDate >= :since and d.shipDate <= :periodEnd and exists"
                                        + " (select i from Invitation i where i.campaign.id = :c and i.customer = d.customer)",
                                String.class),
                        campaign)
                .setParameter("c", campaign.getId())
                .getResultList()) {
            long replies = window(
                            em.createQuery(
                                    "select count(i.repliedAt) from Invitation i where i.campaign.id = :c"
                                            + " and i.repliedAt is not null and i.customer.id in " + DELIVERED,
                                    Long.class),
                            campaign)
                    .setParameter("c", campaign.getId())
                    .setParameter("family", family)
                    .getSingleResult();
            if (replies == 0) {
                continue;
            }
            SatisfactionStatistics now = familyStatistics(campaign, family);
            double before =
                    previous.map(p -> familyStatistics(p, family).index()).orElse(Double.NaN);
            rows.add(new GroupRow(family, replies, now.index(), now.satisfiedPercent(), before));
        }
        rows.sort((a, b) -> a.group().compareTo(b.group()));
        return rows;
    }

    private static final String DELIVERED = "(select d.customer.id from Delivery d where d.product.family = :family"
            + " and d.shipDate >= :since and d.shipDate <= :periodEnd)";

    private SatisfactionStatistics familyStatistics(SurveyCampaign campaign, String family) {
        var stats = new SatisfactionStatistics(itemsOf(campaign));
        window(
                        em.createQuery(
                                "select a.item.id, a.score, count(a)" + SUBMITTED + " and i.customer.id in " + DELIVERED
                                        + " group by a.item.id, a.score",
                                Object[].class),
                        campaign)
                .setParameter("c", campaign.getId())
                .setParameter("family", family)
                .getResultStream()
                .forEach(r -> stats.add((Long) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
        return stats;
    }

    private <T> TypedQuery<T> window(TypedQuery<T> query, SurveyCampaign campaign) {
        var rule = new SurveyEligibility(
                campaign.getPeriodStart(),
                campaign.getPeriodEnd(),
                settings.value(ProcedureParameter.CS02_DELIVERY_MONTHS));
        return query.setParameter("since", rule.deliveriesSince()).setParameter("periodEnd", campaign.getPeriodEnd());
    }

    private List<GroupRow> grouped(
            SurveyCampaign campaign,
            Optional<SurveyCampaign> previous,
            Function<SurveyCampaign, TypedQuery<Object[]>> counts,
            Function<SurveyCampaign, TypedQuery<Object[]>> replies) {
        Map<String, SatisfactionStatistics> now = groupStatistics(campaign, counts);
        Map<String, SatisfactionStatistics> then =
                previous.map(p -> groupStatistics(p, counts)).orElse(Map.of());
        Map<String, Long> replyCounts = new HashMap<>();
        replies.apply(campaign).getResultStream().forEach(r -> replyCounts.put((String) r[0], (Long) r[1]));
        var rows = new ArrayList<GroupRow>();
        now.forEach((group, stats) -> rows.add(new GroupRow(
                group,
                replyCounts.getOrDefault(group, 0L),
                stats.index(),
                stats.satisfiedPercent(),
                then.containsKey(group) ? then.get(group).index() : Double.NaN)));
        rows.sort((a, b) -> a.group().compareTo(b.group()));
        return rows;
    }

    private Map<String, SatisfactionStatistics> groupStatistics(
            SurveyCampaign campaign, Function<SurveyCampaign, TypedQuery<Object[]>> counts) {
        var items = itemsOf(campaign);
        Map<String, SatisfactionStatistics> result = new LinkedHashMap<>();
        counts.apply(campaign).getResultStream().forEach(r -> result.computeIfAbsent(
                        (String) r[0], g -> new SatisfactionStatistics(items))
                .add((Long) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).longValue()));
        return result;
    }

    /**
     * CS-11: the campaign's satisfaction index in percent, NaN before its first scored reply. Read
     * by every department but SERVICE as the satisfaction indicator (IM-04).
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
    public double satisfactionIndex(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null) {
            throw new RuleViolation("survey.campaign.unknown");
        }
        // IM-04, CS-10: a closed campaign takes no reply any more; once its analysis report has
        // kept its figures they are read, not counted again from its answers
        if (campaign.getStatus() == CampaignStatus.CLOSED) {
            var kept = em.find(CampaignFigures.class, campaignId);
            if (kept != null) {
                return kept.getIndex() == null ? Double.NaN : kept.getIndex();
            }
        }
        // the objectives read every campaign of a year on each request: counted once per new reply
        return figures.get(
                campaignId, "satisfaction", RecentCampaignFigures.Invitations.of(em, campaign), false, () -> overall(
                                campaign)
                        .index());
    }

    private SatisfactionStatistics overall(SurveyCampaign campaign) {
        var stats = new SatisfactionStatistics(itemsOf(campaign));
        em.createQuery(
                        "select a.item.id, a.score, count(a)" + SUBMITTED + " group by a.item.id, a.score",
                        Object[].class)
                .setParameter("c", campaign.getId())
                .getResultStream()
                .forEach(r -> stats.add((Long) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
        return stats;
    }

    private static List<SatisfactionStatistics.Item> itemsOf(SurveyCampaign campaign) {
        return campaign.getQuestionnaire().getItems().stream()
                .map(i -> new SatisfactionStatistics.Item(i.getId(), i.getWeight()))
                .toList();
    }

    /** The campaign before this one: the latest whose period ended before this one began. */
    public Optional<SurveyCampaign> previous(SurveyCampaign campaign) {
        return em.createQuery(
                        "select c from SurveyCampaign c where c.periodEnd < :start and c.status <> :planned"
                                + " order by c.periodEnd desc, c.id desc",
                        SurveyCampaign.class)
                .setParameter("start", campaign.getPeriodStart())
                .setParameter("planned", CampaignStatus.PLANNED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The general manager's overview: every dispatched campaign's figures (CS-05, CS-08). */
    public List<CampaignRows.Overview> overview() {
        var rows = new ArrayList<CampaignRows.Overview>();
        for (SurveyCampaign c : em.createQuery(
                        "select c from SurveyCampaign c order by c.periodStart desc, c.id desc", SurveyCampaign.class)
                .getResultList()) {
            Object[] counts = em.createQuery(
                            "select count(i), count(i.repliedAt) from Invitation i where i.campaign.id = :c",
                            Object[].class)
                    .setParameter("c", c.getId())
                    .getSingleResult();
            rows.add(new CampaignRows.Overview(
                    c.getId(),
                    c.getName(),
                    c.getKind().name(),
                    c.getStatus().name(),
                    c.getDeadline(),
                    (Long) counts[0],
                    (Long) counts[1],
                    SurveyCampaigns.coverageOf(em, settings, c),
                    overall(c).index()));
        }
        return rows;
    }
}
