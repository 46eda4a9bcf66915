package com.qualitydesk.analysis;

import com.qualitydesk.action.ActionKind;
import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.calendar.WorkingCalendars;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.Invitation;
import com.qualitydesk.survey.InvitationToken;
import com.qualitydesk.survey.Questionnaire;
import com.qualitydesk.survey.QuestionnaireItem;
import com.qualitydesk.survey.ReplyCode;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCategory;
import com.qualitydesk.survey.SurveyReply;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * The demo company's survey history (CS-08, CS-10, IM-01): the closed quarterly campaigns of the
 * last two years with their replies, and the issued analysis reports of the last four, each with
 * Sales's conclusions and the improvements it opened, the older ones done and verified. Delivery
 * slips below the objective for a while, so that the trend and the Pareto have something to show.
 *
 * <p>The demo is loaded at the first start, by nobody logged in; the reports are drafted as SALES
 * drafts them, so that their quality objectives (IM-04, read from QualityIndicators, which only a
 * department may) are filled like those of a report drafted on the screen. The run-as identity is
 * a principal no account can have (WEB-INF/glassfish-ejb-jar.xml, mapped to SALES in
 * glassfish-web.xml), so that it grants nothing to anyone who logs in.
 */
@Stateless
@PermitAll
@RunAs(Role.SALES)
public class AnalysisReportsDemo {

    static final int QUARTERS = 8;
    static final int REPORTED = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    ClosedCampaigns closed;

    @Inject
    ReportDrafting drafting;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    private static final String[] CONCLUSIONS = {
        "Satisfaction stayed near the objective. Delivery reliability is the main complaint; Sales confirms"
                + " delivery dates with Production every week.",
        "Delivery improved after the weekly date check but is still below the objective; product quality and"
                + " service are above it. Technical reviews the performance complaints of the pumps.",
        "Satisfaction is back above 90 %. The weekly date check stays; price remarks from two customers go to"
                + " Finance for the next contract round.",
        "Satisfaction holds above the objective. Delivery is the weakest item again in the peak season; Sales"
                + " and Production plan the season's capacity together."
    };

    private static final String[][] ACTIONS = {
        {"SALES", "Confirm every open order's delivery date with Production weekly and tell the customer at once"},
        {"TECHNICAL", "Review the gear pump performance complaints and publish a selection guide"},
        {"FINANCE", "Prepare a price review of the valve range for the next contract round"},
        {"PRODUCTION", "Plan the peak season's capacity with Sales two months ahead"}
    };

    public void load() {
        Questionnaire questionnaire = em.createQuery("select q from Questionnaire q order by q.id", Questionnaire.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        List<Contact> recipients = em.createQuery(
                        "select k from Contact k where k.surveyRecipient = true order by k.id", Contact.class)
                .getResultList();
        if (questionnaire == null || recipients.isEmpty()) {
            return;
        }
        ZoneId zone = calendars.current().zone();
        LocalDate today = LocalDate.now(clock);
        LocalDate thisQuarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        var random = new Random(2026);
        SurveyCampaign[] campaigns = new SurveyCampaign[QUARTERS];
        for (int back = QUARTERS; back >= 1; back--) {
            LocalDate start = thisQuarter.minusMonths(3L * back);
            LocalDate end = start.plusMonths(3).minusDays(1);
            var campaign = new SurveyCampaign(
                    end.getYear() + " Q" + ((end.getMonthValue() - 1) / 3 + 1), questionnaire, start, end);
            campaign.setDispatchDate(end.plusDays(5));
            campaign.setDeadline(end.plusDays(35));
            campaign.setStatus(CampaignStatus.CLOSED);
            em.persist(campaign);
            // delivery slips in the middle of the two years, then recovers
            boolean deliverySlips = back >= 3 && back <= 6;
            for (Contact contact : recipients) {
                Instant invited =
                        campaign.getDispatchDate().atTime(9, 0).atZone(zone).toInstant();
                var invitation = new Invitation(
                        campaign,
                        contact,
                        InvitationToken.issue(invited.plus(Duration.ofDays(30))),
                        ReplyCode.issue(),
                        invited);
                em.persist(invitation);
                if (random.nextInt(6) == 0) {
                    continue;
                }
                Instant replied = invited.plus(Duration.ofDays(3 + random.nextInt(10)));
                var reply = new SurveyReply(invitation, replied);
                for (QuestionnaireItem item : questionnaire.getItems()) {
                    reply.answer(item, score(item.getCategory(), deliverySlips, random), null);
                }
                reply.submit(replied);
                em.persist(reply);
            }
            campaigns[QUARTERS - back] = campaign;
        }
        em.flush();
        for (int k = QUARTERS - REPORTED; k < QUARTERS; k++) {
            report(campaigns[k], k - (QUARTERS - REPORTED), zone);
        }
    }

    private static int score(SurveyCategory category, boolean deliverySlips, Random random) {
        int roll = random.nextInt(10);
        if (category == SurveyCategory.DELIVERY && deliverySlips) {
            return roll < 4 ? 2 : roll < 7 ? 3 : 4;
        }
        if (category == SurveyCategory.PRICE) {
            return roll == 0 ? 3 : roll < 6 ? 4 : 5;
        }
        // most customers are content with the rest: the quarters without the slip reach the objective
        return roll < 3 ? 4 : 5;
    }

    /** The campaign's report as Sales issued it, with the improvement it opened. */
    private void report(SurveyCampaign campaign, int index, ZoneId zone) {
        Instant drafted =
                campaign.getDeadline().plusDays(5).atTime(10, 0).atZone(zone).toInstant();
        Instant issued = drafted.plus(Duration.ofDays(2));
        var report = AnalysisReport.draft(
                campaign.getId(),
                campaign.getName(),
                campaign.getPeriodStart(),
                campaign.getPeriodEnd(),
                drafting.figures(campaign, zone).toJson(),
                "sales",
                drafted);
        em.persist(report);
        em.flush();
        var action = new CorrectiveAction();
        action.setSourceType(ActionSource.ANALYSIS_REPORT);
        action.setSourceId(report.getId());
        action.setSourceReference("CS-10 " + report.reference());
        action.setKind(ActionKind.IMPROVEMENT);
        action.setDescription(ACTIONS[index][1]);
        action.setOwnerDepartment(Department.valueOf(ACTIONS[index][0]));
        LocalDate due = campaign.getDeadline().plusDays(70);
        action.setDueDate(due);
        // the older improvements are done and verified; the latest is still being worked on
        boolean latest = index == REPORTED - 1;
        action.setStatus(
                latest ? ActionStatus.OPEN : index == REPORTED - 2 ? ActionStatus.COMPLETED : ActionStatus.VERIFIED);
        if (!latest) {
            action.setEvidence("Done as planned; see the department's records.");
            action.setCompletedAt(issued.plus(Duration.ofDays(40)));
            action.setCompletedBy(ACTIONS[index][0].toLowerCase());
            action.setVerificationDue(LocalDate.ofInstant(issued.plus(Duration.ofDays(70)), zone));
        }
        if (action.getStatus() == ActionStatus.VERIFIED) {
            action.setVerifiedAt(issued.plus(Duration.ofDays(75)));
            action.setVerifiedBy("quality");
            action.setVerificationNote("The item's score is back above the objective in the next campaign.");
        }
        action.setCreatedAt(issued.minus(Duration.ofHours(1)));
        action.setCreatedBy("sales");
        em.persist(action);
        em.flush();
        report.writeConclusions(CONCLUSIONS[index]);
        report.takeFigures(
                ReportFigures.fromJson(report.getFigures())
                        .withActions(drafting.actionsOf(campaign.getId()))
                        .toJson(),
                drafted);
        report.issue("sales", issued);
        em.flush();
    }
}
