package com.qualitydesk.survey;

import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.CampaignStatistics.GroupRow;
import com.qualitydesk.survey.CampaignStatistics.ItemRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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
import java.util.function.Function;

/**
 * CS-08 computed in the database: answers are counted per item and score (and group), the
 * figures themselves come from {@link SatisfactionStatistics}, unit-tested in the domain.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
public class SurveyStatistics {

    private static final String SUBMITTED = " from SurveyAnswer a join a.reply r join r.invitation i"
            + " where i.campaign.id = :c and r.submittedAt is not null and a.score is not null";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    public CampaignStatistics of(long campaignId) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, campaignId);
        if (campaign == null) {
            throw new RuleViolation("survey.campaign.unknown");
        }
        Optional<SurveyCampaign> previous = previous(campaign);
        List<QuestionnaireItem> items = campaign.getQuestionnaire().getItems();
        SatisfactionStatistics current = overall(campaign);
        Optional<SatisfactionStatistics> before = previous.map(this::overall);
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
        long replies = em.createQuery(
                        "select count(r) from SurveyReply r where r.invitation.campaign.id = :c"
                                + " and r.submittedAt is not null",
                        Long.class)
                .setParameter("c", campaignId)
                .getSingleResult();
        return new CampaignStatistics(
                campaign.getName(),
                previous.map(SurveyCampaign::getName).orElse(null),
                replies,
                current.index(),
                before.map(SatisfactionStatistics::index).orElse(Double.NaN),
                current.satisfiedPercent(),
                rows,
                byIndustry(campaign, previous),
                byProductFamily(campaign, previous));
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
                                        + " count(r) from SurveyReply r join r.invitation i"
                                        + " where i.campaign.id = :c and r.submittedAt is not null"
                                        + " group by i.customer.code, i.customer.nameZh, i.customer.nameEn",
                                Object[].class)
                        .setParameter("c", c.getId()));
    }

    private List<GroupRow> byIndustry(SurveyCampaign campaign, Optional<SurveyCampaign> previous) {
        return grouped(
                campaign,
                previous,
                c -> em.createQuery(
                                "select coalesce(i.customer.industry, '-'), a.item.id, a.score, count(a)" + SUBMITTED
                                        + " group by i.customer.industry, a.item.id, a.score",
                                Object[].class)
                        .setParameter("c", c.getId()),
                c -> em.createQuery(
                                "select coalesce(i.customer.industry, '-'), count(r) from SurveyReply r join r.invitation i"
                                        + " where i.campaign.id = :c and r.submittedAt is not null"
                                        + " group by i.customer.industry",
                                Object[].class)
                        .setParameter("c", c.getId()));
    }

    /** A customer counts for every product family it received in the eligibility window. */
    private List<GroupRow> byProductFamily(SurveyCampaign campaign, Optional<SurveyCampaign> previous) {
        String family = " exists (select d.id from Delivery d where d.customer = i.customer"
                + " and d.product.family = p.family and d.shipDate >= :since and d.shipDate <= :periodEnd)";
        return grouped(
                campaign,
                previous,
                c -> window(
                        em.createQuery(
                                        "select p.family, a.item.id, a.score, count(distinct a.id)"
                                                + " from SurveyAnswer a join a.reply r join r.invitation i, Product p"
                                                + " where i.campaign.id = :c and r.submittedAt is not null"
                                                + " and a.score is not null and p.family is not null and " + family
                                                + " group by p.family, a.item.id, a.score",
                                        Object[].class)
                                .setParameter("c", c.getId()),
                        c),
                c -> window(
                        em.createQuery(
                                        "select p.family, count(distinct r.id) from SurveyReply r join r.invitation i,"
                                                + " Product p where i.campaign.id = :c and r.submittedAt is not null"
                                                + " and p.family is not null and " + family + " group by p.family",
                                        Object[].class)
                                .setParameter("c", c.getId()),
                        c));
    }

    private TypedQuery<Object[]> window(TypedQuery<Object[]> query, SurveyCampaign campaign) {
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
