package com.qualitydesk.survey;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.persistence.FilteredQuery;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.Page;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.CampaignRows.DispatchProgress;
import com.qualitydesk.survey.CampaignRows.EligibleCustomer;
import com.qualitydesk.survey.CampaignRows.EligibleSummary;
import com.qualitydesk.survey.CampaignRows.NotCovered;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Satisfaction campaigns (CS-01, CS-02, CS-05): planning, the eligible customers and the coverage
 * risks before dispatch, starting the dispatch job, coverage by customer account and the
 * follow-up of customers who have not answered. SALES runs them; the general manager reads.
 */
@Stateless
@RolesAllowed({Role.SALES, Role.GENERAL_MANAGER, Role.ADMIN})
public class SurveyCampaigns {

    public static final String DISPATCH_JOB = BatchJobs.SURVEY_DISPATCH;

    @Inject
    RecentCampaignFigures figures;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    ProcedureSettings settings;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Clock clock;

    @Inject
    SurveyDispatch dispatch;

    @Inject
    BatchJobs jobs;

    @Resource
    SessionContext session;

    public Page<SurveyCampaign> page(@NotNull PageRequest request) {
        boolean unsorted = request.sortField() == null;
        return FilteredQuery.of(em, SurveyCampaign.class)
                .page(new PageRequest(
                        request.first(),
                        request.size(),
                        unsorted ? "periodStart" : request.sortField(),
                        !unsorted && request.ascending(),
                        request.filters()));
    }

    public List<SurveyCampaign> all() {
        return em.createQuery(
                        "select c from SurveyCampaign c order by c.periodStart desc, c.id desc", SurveyCampaign.class)
                .getResultList();
    }

    public Optional<SurveyCampaign> find(long id) {
        return Optional.ofNullable(em.find(SurveyCampaign.class, id));
    }

    /** A new campaign for the quarter of the given day, filled with the parameters' defaults (CS-01). */
    public SurveyCampaign draftFor(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate start = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        var campaign = new SurveyCampaign(
                day.getYear() + "-Q" + quarter,
                questionnaires.latest().stream().findFirst().orElse(null),
                start,
                start.plusMonths(3).minusDays(1));
        campaign.setDispatchDate(day);
        campaign.setDeadline(day.plusDays(settings.value(ProcedureParameter.CS04_REPLY_DAYS)));
        campaign.setCoverageTarget(settings.value(ProcedureParameter.CS02_COVERAGE_TARGET));
        return campaign;
    }

    public SurveyCampaign draft() {
        return draftFor(LocalDate.now(clock));
    }

    /** A new campaign of the given kind for today (CS-01). */
    public SurveyCampaign draft(CampaignKind kind) {
        return draftFor(LocalDate.now(clock), kind);
    }

    /**
     * A new campaign of the given kind for the given day: the quarter's survey, or the year-end
     * satisfaction letter about the day's whole year (CS-01), which SALES may also plan by hand.
     */
    public SurveyCampaign draftFor(LocalDate day, CampaignKind kind) {
        SurveyCampaign campaign = draftFor(day);
        if (kind == CampaignKind.YEAR_END_LETTER) {
            campaign.setKind(kind);
            campaign.setName(YearEndLetter.campaignName(day));
            campaign.setPeriodStart(YearEndLetter.periodStart(day));
            campaign.setPeriodEnd(YearEndLetter.periodEnd(day));
        }
        return campaign;
    }

    /** Creates or edits a campaign; once its dispatch started nothing about it changes. */
    @RolesAllowed(Role.SALES)
    public SurveyCampaign save(@NotNull SurveyCampaign campaign) {
        if (campaign.getQuestionnaire() != null) {
            campaign.setQuestionnaire(
                    em.find(Questionnaire.class, campaign.getQuestionnaire().getId()));
        }
        if (!campaign.isNew()) {
            SurveyCampaign stored = em.find(SurveyCampaign.class, campaign.getId());
            if (stored != null && stored.isDispatchStarted()) {
                throw new RuleViolation("survey.campaign.dispatched", stored.getName());
            }
        }
        Optional<SurveyCampaign> sameName = campaign.getName() == null
                ? Optional.empty()
                : em.createQuery("select c from SurveyCampaign c where c.name = :n", SurveyCampaign.class)
                        .setParameter("n", campaign.getName())
                        .getResultStream()
                        .findFirst();
        return records.save(
                campaign, sameName, () -> new RuleViolation("survey.campaign.name.taken", campaign.getName()));
    }

    /**
     * A customer with no contact marked as survey recipient: nobody can answer for it (CS-02). Not
     * "not exists": PostgreSQL, with statistics from before a large import, ran that as a nested
     * loop over every contact for every customer (14 s for 20,000); "not in" is one hashed lookup.
     */
    private static final String NO_RECIPIENT =
            "cu.id not in (select r.customer.id from Contact r where r.surveyRecipient = true)";

    /**
     * The customers this campaign surveys, a page at a time, with their number of recipients; none
     * is a risk (CS-02). Filters: "code", "name" (either language), "industry" (parts of them) and
     * "risk" (true: only the customers without recipient). Sorted by code unless by "name" or
     * "industry".
     */
    public Page<EligibleCustomer> eligible(long campaignId, PageRequest request) {
        SurveyCampaign campaign = campaign(campaignId);
        int months = settings.value(ProcedureParameter.CS02_DELIVERY_MONTHS);
        var filter = new CustomerListFilter(request);
        String where = EligibleCustomers.CONDITION
                + filter.condition()
                + (Boolean.parseBoolean(String.valueOf(request.filters().get("risk"))) ? " and " + NO_RECIPIENT : "");
        long total = filter.bind(EligibleCustomers.query(
                        em, "select count(cu) from Customer cu where " + where, Long.class, campaign, months))
                .getSingleResult();
        var page = filter.bind(EligibleCustomers.query(
                        em,
                        "select cu.id, cu.code, cu.nameZh, cu.nameEn, cu.industry from Customer cu where " + where
                                + filter.order(),
                        Object[].class,
                        campaign,
                        months))
                .setFirstResult(request.first())
                .setMaxResults(request.size());
        List<Object[]> customers = page.getResultList();
        Map<Long, Long> recipients = new HashMap<>();
        if (!customers.isEmpty()) {
            em.createQuery(
                            "select ct.customer.id, count(ct) from Contact ct where ct.surveyRecipient = true"
                                    + " and ct.customer.id in :ids group by ct.customer.id",
                            Object[].class)
                    .setParameter(
                            "ids", customers.stream().map(r -> (Long) r[0]).toList())
                    .getResultList()
                    .forEach(r -> recipients.put((Long) r[0], (Long) r[1]));
        }
        var rows = new ArrayList<EligibleCustomer>(customers.size());
        for (Object[] r : customers) {
            long id = (Long) r[0];
            rows.add(new EligibleCustomer(
                    id,
                    (String) r[1],
                    name((String) r[2], (String) r[3]),
                    (String) r[4],
                    recipients.getOrDefault(id, 0L)));
        }
        return new Page<>(rows, total);
    }

    /** How many customers the campaign surveys, their recipients and how many have none (CS-02). */
    public EligibleSummary eligibleSummary(long campaignId) {
        SurveyCampaign campaign = campaign(campaignId);
        int months = settings.value(ProcedureParameter.CS02_DELIVERY_MONTHS);
        long customers = EligibleCustomers.query(
                        em,
                        "select count(cu) from Customer cu where " + EligibleCustomers.CONDITION,
                        Long.class,
                        campaign,
                        months)
                .getSingleResult();
        // from the recipients to their customers: the other way round (customers left joined with
        // their recipients) PostgreSQL, with statistics from before a large import, took 27 s
        Object[] reached = EligibleCustomers.query(
                        em,
                        "select count(distinct cu.id), count(ct) from Contact ct join ct.customer cu"
                                + " where ct.surveyRecipient = true and " + EligibleCustomers.CONDITION,
                        Object[].class,
                        campaign,
                        months)
                .getSingleResult();
        long withRecipient = ((Number) reached[0]).longValue();
        return new EligibleSummary(customers, ((Number) reached[1]).longValue(), customers - withRecipient);
    }

    private long recipients(SurveyCampaign campaign, int months) {
        return EligibleCustomers.query(
                        em,
                        "select count(ct) from Contact ct join ct.customer cu where ct.surveyRecipient = true and "
                                + EligibleCustomers.CONDITION,
                        Long.class,
                        campaign,
                        months)
                .getSingleResult();
    }

    /** Starts the dispatch job (CS-04); a stopped or failed dispatch is restarted where it stopped. */
    @RolesAllowed(Role.SALES)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startDispatch(long campaignId) {
        return dispatch.run(campaignId);
    }

    public DispatchProgress progress(long campaignId) {
        SurveyCampaign campaign = campaign(campaignId);
        long recipients = recipients(campaign, settings.value(ProcedureParameter.CS02_DELIVERY_MONTHS));
        long invited = em.createQuery("select count(i) from Invitation i where i.campaign.id = :c", Long.class)
                .setParameter("c", campaignId)
                .getSingleResult();
        String status = null;
        if (campaign.getDispatchExecution() != null) {
            status = jobs.latest(campaign.getDispatchExecution()).status().name();
        }
        return new DispatchProgress(Math.max(recipients, invited), invited, status, campaign.getDispatchExecution());
    }

    /**
     * Coverage by customer account against the campaign's target (CS-02, CS-05); every department
     * but SERVICE reads it as the survey-coverage indicator (IM-04).
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
    public Coverage coverage(long campaignId) {
        SurveyCampaign campaign = campaign(campaignId);
        return figures.get(
                campaignId,
                "coverage",
                RecentCampaignFigures.Invitations.of(em, campaign),
                true,
                () -> coverageOf(em, settings, campaign));
    }

    static Coverage coverageOf(EntityManager em, ProcedureSettings settings, SurveyCampaign campaign) {
        Set<Long> eligible = new HashSet<>(EligibleCustomers.query(
                        em,
                        "select cu.id from Customer cu where " + EligibleCustomers.CONDITION,
                        Long.class,
                        campaign,
                        settings.value(ProcedureParameter.CS02_DELIVERY_MONTHS))
                .getResultList());
        List<Coverage.Invited> invited = em.createQuery(
                        "select i.customer.id, count(i.repliedAt) from Invitation i where i.campaign.id = :c"
                                + " group by i.customer.id",
                        Object[].class)
                .setParameter("c", campaign.getId())
                .getResultStream()
                .map(r -> new Coverage.Invited((Long) r[0], ((Long) r[1]) > 0))
                .toList();
        return Coverage.of(eligible, invited, campaign.getCoverageTarget());
    }

    /**
     * The eligible customers not covered yet, a page at a time, with their invitations and the last
     * attempt to reach them: an invitation, a reminder or a follow-up call (CS-05). Filtered and
     * sorted as {@link CustomerListFilter} says.
     */
    public Page<NotCovered> notCovered(long campaignId, PageRequest request) {
        SurveyCampaign campaign = campaign(campaignId);
        int months = settings.value(ProcedureParameter.CS02_DELIVERY_MONTHS);
        var filter = new CustomerListFilter(request);
        String where = EligibleCustomers.CONDITION + filter.condition()
                + " and not exists (select i.id from Invitation i where i.campaign.id = :campaign"
                + " and i.customer = cu and i.repliedAt is not null)";
        long total = filter.bind(EligibleCustomers.query(
                        em, "select count(cu) from Customer cu where " + where, Long.class, campaign, months))
                .setParameter("campaign", campaignId)
                .getSingleResult();
        List<Object[]> customers = filter.bind(EligibleCustomers.query(
                        em,
                        "select cu.id, cu.code, cu.nameZh, cu.nameEn from Customer cu where " + where + filter.order(),
                        Object[].class,
                        campaign,
                        months))
                .setParameter("campaign", campaignId)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
        if (customers.isEmpty()) {
            return new Page<>(List.of(), total);
        }
        List<Long> ids = customers.stream().map(r -> (Long) r[0]).toList();
        // per customer: invitations and the last invitation or reminder. Added up here: the max()
        // of an Instant column comes back from PostgreSQL as a raw timestamp the Instant converter
        // does not take.
        Map<Long, Long> invited = new HashMap<>();
        Map<Long, Instant> lastSent = new HashMap<>();
        em.createQuery(
                        "select i.customer.id, i.invitedAt, i.lastReminderAt from Invitation i"
                                + " where i.campaign.id = :c and i.customer.id in :ids",
                        Object[].class)
                .setParameter("c", campaignId)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(r -> {
                    invited.merge((Long) r[0], 1L, Long::sum);
                    lastSent.merge((Long) r[0], latest((Instant) r[1], (Instant) r[2]), (a, b) -> latest(a, b));
                });
        Map<Long, FollowUpCall> lastCall = new HashMap<>();
        em.createQuery(
                        "select f from FollowUpCall f where f.campaign.id = :c and f.customer.id in :ids"
                                + " order by f.calledAt",
                        FollowUpCall.class)
                .setParameter("c", campaignId)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(f -> lastCall.put(f.getCustomer().getId(), f));
        var rows = new ArrayList<NotCovered>(customers.size());
        for (Object[] r : customers) {
            long id = (Long) r[0];
            FollowUpCall call = lastCall.get(id);
            rows.add(new NotCovered(
                    id,
                    (String) r[1],
                    name((String) r[2], (String) r[3]),
                    invited.getOrDefault(id, 0L),
                    latest(lastSent.get(id), call == null ? null : call.getCalledAt()),
                    call == null ? null : call.getNote()));
        }
        return new Page<>(rows, total);
    }

    /** SALES records a call to a customer who has not answered (CS-05). */
    @RolesAllowed(Role.SALES)
    public FollowUpCall logFollowUp(long campaignId, long customerId, String note) {
        Customer customer = em.find(Customer.class, customerId);
        if (customer == null) {
            throw new RuleViolation("survey.customer.unknown");
        }
        return records.create(new FollowUpCall(
                campaign(campaignId),
                customer,
                note,
                clock.instant(),
                session.getCallerPrincipal().getName()));
    }

    public List<FollowUpCall> followUps(long campaignId) {
        return em.createQuery(
                        "select f from FollowUpCall f where f.campaign.id = :c order by f.calledAt desc",
                        FollowUpCall.class)
                .setParameter("c", campaignId)
                .getResultList();
    }

    SurveyCampaign campaign(long id) {
        SurveyCampaign campaign = em.find(SurveyCampaign.class, id);
        if (campaign == null) {
            throw new RuleViolation("survey.campaign.unknown");
        }
        return campaign;
    }

    static String name(String zh, String en) {
        if (zh != null && !zh.isBlank()) {
            return en == null || en.isBlank() ? zh : zh + " / " + en;
        }
        return en;
    }

    private static Instant latest(Instant... instants) {
        Instant result = null;
        for (Instant i : instants) {
            if (i != null && (result == null || i.isAfter(result))) {
                result = i;
            }
        }
        return result;
    }
}
