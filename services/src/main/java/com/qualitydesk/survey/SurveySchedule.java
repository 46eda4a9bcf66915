package com.qualitydesk.survey;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.jobs.ScheduledTurns;
import com.qualitydesk.jobs.ScheduledWork;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The survey cycle's clock, every morning: the quarterly dispatch on the dispatch day and the
 * year-end satisfaction letter on December's (CS-01, switchable), the reminders (CS-05), the below-target flag before the deadline (CS-02) and the
 * closing of campaigns past their deadline.
 */
@Singleton
@PermitAll
public class SurveySchedule {

    private static final Logger LOG = Logger.getLogger(SurveySchedule.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    AuditedRecords records;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    SurveyDispatch dispatch;

    @Inject
    SurveyReminders reminders;

    @Inject
    Clock clock;

    @Inject
    ScheduledTurns turns;

    @Resource
    SessionContext context;

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Shanghai", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void daily() {
        SurveySchedule self = context.getBusinessObject(SurveySchedule.class);
        // one moment for the whole run: the services are given it, so a test can run them "as of"
        // another moment without the application's clock being changeable from outside
        Instant now = clock.instant();
        if (!turns.take(ScheduledWork.SURVEY_SCHEDULE, now)) {
            return; // another instance of the cluster runs today's schedule (issue 16)
        }
        try {
            self.quarterlyCampaign(LocalDate.ofInstant(now, clock.getZone())).ifPresent(id -> {
                long execution = dispatch.run(id);
                LOG.info("Quarterly survey dispatch started, execution " + execution);
            });
        } catch (RuntimeException e) {
            LOG.warning("Quarterly survey dispatch failed: " + e);
        }
        try {
            // CS-01: on December's dispatch day beside the cycle's campaign, if the cycle has one then
            self.yearEndLetter(LocalDate.ofInstant(now, clock.getZone())).ifPresent(id -> {
                long execution = dispatch.run(id);
                LOG.info("Year-end satisfaction letter dispatch started, execution " + execution);
            });
        } catch (RuntimeException e) {
            LOG.warning("Year-end satisfaction letter dispatch failed: " + e);
        }
        try {
            reminders.sendDue(now);
        } catch (RuntimeException e) {
            LOG.warning("Survey reminders failed: " + e);
        }
        try {
            self.flagAndClose(now);
        } catch (RuntimeException e) {
            LOG.warning("Survey coverage check failed: " + e);
        }
    }

    /**
     * On the dispatch day of a cycle's first month (CS-01: the cycle is a procedure setting of at
     * most three months), plans that cycle's campaign unless one exists or the scheduled dispatch
     * is switched off; returns the campaign to dispatch.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> quarterlyCampaign(LocalDate today) {
        var cycle = new SurveyCycle(
                settings.value(ProcedureParameter.CS01_QUARTERLY_DISPATCH) != 0,
                settings.value(ProcedureParameter.CS01_DISPATCH_DAY),
                Math.min(SurveyCycle.LONGEST, settings.value(ProcedureParameter.CS01_SURVEY_CYCLE_MONTHS)));
        if (!cycle.isDispatchDay(today)) {
            return Optional.empty();
        }
        return plan(
                CampaignKind.CYCLE, cycle.campaignName(today), cycle.periodStart(today), cycle.periodEnd(today), today);
    }

    /**
     * On the dispatch day of December, with the scheduled dispatch switched on, plans the year's
     * year-end satisfaction letter (CS-01, seed 002 §3.4.4) unless it exists: the year's whole
     * period, the latest questionnaire, its own letter text; returns the campaign to dispatch. A
     * cycle's campaign planned the same day (a monthly cycle) is left as it is: the two ask about
     * different periods, and the procedure wants the letter beside the cycle, not instead of it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> yearEndLetter(LocalDate today) {
        var letter = new YearEndLetter(
                settings.value(ProcedureParameter.CS01_QUARTERLY_DISPATCH) != 0,
                settings.value(ProcedureParameter.CS01_DISPATCH_DAY));
        if (!letter.isDispatchDay(today)) {
            return Optional.empty();
        }
        return plan(
                CampaignKind.YEAR_END_LETTER,
                YearEndLetter.campaignName(today),
                YearEndLetter.periodStart(today),
                YearEndLetter.periodEnd(today),
                today);
    }

    /** The campaign of this name, dispatched today, unless it exists or there is no questionnaire. */
    private Optional<Long> plan(
            CampaignKind kind, String name, LocalDate periodStart, LocalDate periodEnd, LocalDate today) {
        boolean exists = !em.createQuery("select c.id from SurveyCampaign c where c.name = :n", Long.class)
                .setParameter("n", name)
                .getResultList()
                .isEmpty();
        List<Questionnaire> latest = em.createQuery(
                        "select q from Questionnaire q order by q.revision desc, q.id desc", Questionnaire.class)
                .setMaxResults(1)
                .getResultList();
        if (exists || latest.isEmpty()) {
            return Optional.empty();
        }
        var campaign = new SurveyCampaign(name, latest.get(0), periodStart, periodEnd);
        campaign.setKind(kind);
        campaign.setDispatchDate(today);
        campaign.setDeadline(today.plusDays(settings.value(ProcedureParameter.CS04_REPLY_DAYS)));
        campaign.setCoverageTarget(settings.value(ProcedureParameter.CS02_COVERAGE_TARGET));
        return Optional.of(records.create(campaign).getId());
    }

    /**
     * Flags campaigns below target shortly before their deadline; closes those past it. The timer
     * passes its moment; the day is taken in the company's zone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void flagAndClose(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        int daysBefore = settings.value(ProcedureParameter.CS02_FLAG_DAYS_BEFORE_DEADLINE);
        var open = em.createQuery("select c from SurveyCampaign c where c.status = :s", SurveyCampaign.class)
                .setParameter("s", CampaignStatus.DISPATCHED)
                .getResultList();
        for (SurveyCampaign campaign : open) {
            if (today.isAfter(campaign.getDeadline())) {
                var before = campaign.auditSnapshot();
                campaign.setStatus(CampaignStatus.CLOSED);
                audit.changed(campaign, before);
            } else if (campaign.getBelowTargetFlaggedAt() == null
                    && !today.isBefore(campaign.getDeadline().minusDays(daysBefore))) {
                flagIfBelowTarget(campaign, now);
            }
        }
    }

    /** Tells SALES and the general manager that coverage is below target (CS-02). */
    boolean flagIfBelowTarget(SurveyCampaign campaign, Instant now) {
        Coverage coverage = SurveyCampaigns.coverageOf(em, settings, campaign);
        if (!coverage.isBelowTarget()) {
            return false;
        }
        campaign.setBelowTargetFlaggedAt(now);
        audit.event(campaign, "BELOW_TARGET", coverage.percent() + " % < " + campaign.getCoverageTarget() + " %");
        for (Account account : em.createQuery("select a from Account a where a.active = true", Account.class)
                .getResultList()) {
            if (account.getEmail() == null
                    || (!account.getDepartments().contains(Department.SALES)
                            && !account.getDepartments().contains(Department.GENERAL_MANAGER))) {
                continue;
            }
            String language = account.getLanguage();
            outbox.queue(
                    "survey-below-target-" + campaign.getId() + "-" + account.getId(),
                    account.getEmail(),
                    SurveyMailTexts.text(
                            language,
                            "belowTarget.subject",
                            campaign.getName(),
                            String.valueOf(coverage.percent()),
                            String.valueOf(campaign.getCoverageTarget())),
                    SurveyMailTexts.text(
                            language,
                            "belowTarget.body",
                            campaign.getName(),
                            String.valueOf(coverage.percent()),
                            String.valueOf(campaign.getCoverageTarget()),
                            String.valueOf(coverage.covered()),
                            String.valueOf(coverage.eligible()),
                            String.valueOf(coverage.missing()),
                            campaign.getDeadline().toString()));
        }
        return true;
    }
}
