package com.qualitydesk.analysis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.ActionStatus;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.action.CorrectiveActions;
import com.qualitydesk.analysis.AnalysisReport;
import com.qualitydesk.analysis.AnalysisReports;
import com.qualitydesk.analysis.CampaignFigures;
import com.qualitydesk.analysis.ReportAction;
import com.qualitydesk.analysis.ReportFigures;
import com.qualitydesk.analysis.ReportStatus;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.Invitation;
import com.qualitydesk.survey.InvitationToken;
import com.qualitydesk.survey.Questionnaire;
import com.qualitydesk.survey.QuestionnaireItem;
import com.qualitydesk.survey.ReplyCode;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCategory;
import com.qualitydesk.survey.SurveyReply;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * CS-10, CS-08, IM-01 in the real WAR, on H2 and PostgreSQL: Sales drafts a closed campaign's
 * analysis report from the figures kept for it, issues it to every department's inbox, and the
 * service refuses any change of the issued report afterwards; a correction is version 2 and leaves
 * version 1 as it was. Improvements opened from a report reach the responsible department in the
 * action register and show, with how far they are, in the next quarter's report. Each test keeps to
 * campaigns of its own, in quarters of 2015 nobody else uses: the database is shared.
 */
@ExtendWith(ArquillianExtension.class)
class AnalysisReportIT {

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInsideAndDepartmentGroups(Departments.class, AnalysisReportIT.class);
    }

    /** Closed campaigns with replies as customers sent them, written as the survey would have. */
    @Stateless
    @PermitAll
    public static class Surveys {
        @PersistenceContext
        EntityManager em;

        /**
         * A closed campaign of the quarter with one reply per score row: each row gives the score of
         * every item, and DELIVERY items get the row's delivery score.
         */
        public SurveyCampaign closedCampaign(int year, int quarter, int[][] scores) {
            Questionnaire q = em.createQuery("select q from Questionnaire q order by q.id", Questionnaire.class)
                    .setMaxResults(1)
                    .getSingleResult();
            LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
            var campaign = new SurveyCampaign(
                    "AR " + year + "Q" + quarter + " "
                            + UUID.randomUUID().toString().substring(0, 6),
                    q,
                    start,
                    start.plusMonths(3).minusDays(1));
            campaign.setDispatchDate(start.plusMonths(3).plusDays(3));
            campaign.setDeadline(start.plusMonths(4));
            campaign.setStatus(CampaignStatus.CLOSED);
            em.persist(campaign);
            for (int[] row : scores) {
                var c = new Customer(
                        "AR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), null, "AR test");
                c.setIndustry("Analysis test");
                em.persist(c);
                var contact = new Contact(c, "AR contact");
                contact.setLanguage("en");
                contact.setSurveyChannel(SurveyChannel.EMAIL);
                contact.setSurveyRecipient(true);
                em.persist(contact);
                var at = campaign.getDispatchDate().atStartOfDay().toInstant(ZoneOffset.UTC);
                var invitation = new Invitation(
                        campaign, contact, InvitationToken.issue(at.plusSeconds(86400 * 30)), ReplyCode.issue(), at);
                em.persist(invitation);
                var reply = new SurveyReply(invitation, at.plusSeconds(86400));
                for (QuestionnaireItem item : q.getItems()) {
                    reply.answer(item, item.getCategory() == SurveyCategory.DELIVERY ? row[1] : row[0], null);
                }
                reply.submit(at.plusSeconds(86400));
                em.persist(reply);
            }
            return campaign;
        }

        /** A late reply written into the closed campaign behind the services' back. */
        public void lateReply(SurveyCampaign campaign) {
            closedCampaignReplyOnly(em.find(SurveyCampaign.class, campaign.getId()));
        }

        private void closedCampaignReplyOnly(SurveyCampaign campaign) {
            var c = new Customer(
                    "AR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), null, "AR late");
            em.persist(c);
            var contact = new Contact(c, "AR late");
            contact.setLanguage("en");
            contact.setSurveyChannel(SurveyChannel.EMAIL);
            em.persist(contact);
            var at = campaign.getDeadline().atStartOfDay().toInstant(ZoneOffset.UTC);
            var invitation = new Invitation(
                    campaign, contact, InvitationToken.issue(at.plusSeconds(86400)), ReplyCode.issue(), at);
            em.persist(invitation);
            var reply = new SurveyReply(invitation, at);
            campaign.getQuestionnaire().getItems().forEach(i -> reply.answer(i, 1, null));
            reply.submit(at);
            em.persist(reply);
        }

        public CampaignFigures kept(long campaignId) {
            return em.find(CampaignFigures.class, campaignId);
        }

        public List<Task> tasks(long reportId) {
            return em.createQuery("select t from Task t where t.kind = :k and t.recordId = :r", Task.class)
                    .setParameter("k", TaskKind.ANALYSIS_REPORT)
                    .setParameter("r", reportId)
                    .getResultList();
        }

        public List<String> audited(long reportId) {
            return em.createQuery(
                            "select e.action from AuditEntry e where e.recordType = 'AnalysisReport' and e.recordId = :r"
                                    + " order by e.id",
                            String.class)
                    .setParameter("r", reportId)
                    .getResultList();
        }

        public AnalysisReport stored(long id) {
            em.getEntityManagerFactory().getCache().evictAll();
            return em.find(AnalysisReport.class, id);
        }
    }

    @Inject
    Departments as;

    @Inject
    Surveys surveys;

    @Inject
    AnalysisReports reports;

    @Inject
    CorrectiveActions actions;

    /** Four customers: all content with everything but one, who is unhappy with delivery. */
    private static final int[][] ONE_UNHAPPY = {{5, 5}, {4, 4}, {5, 4}, {4, 2}};

    @Test
    void anIssuedReportIsFrozenByTheServiceAndACorrectionIsVersionTwo_CS10() throws Exception {
        SurveyCampaign campaign = surveys.closedCampaign(2015, 1, ONE_UNHAPPY);
        AnalysisReport draft = as.sales(() -> reports.draft(campaign.getId()));
        assertEquals(ReportStatus.DRAFT, draft.getStatus());
        assertEquals(1, draft.getReportVersion());

        ReportFigures figures = as.sales(() -> reports.figures(draft.getId()));
        assertEquals(4, figures.current().replies());
        assertEquals("2015-Q1", figures.current().quarter());
        // the unhappy customer's delivery answers are the main aspect, for Sales to improve (IM-02)
        ReportFigures.Aspect main = figures.dissatisfaction().get(0);
        assertEquals("ITEM", main.source());
        assertEquals("SALES", main.department());
        assertTrue(figures.items().stream()
                .anyMatch(i -> i.category().equals("DELIVERY") && i.satisfiedPercent() == 75.0));
        assertTrue(figures.groups().stream().anyMatch(g -> g.name().equals("Analysis test") && g.replies() == 4));

        AnalysisReport written = as.sales(() -> reports.writeConclusions(
                draft.getId(), draft.getVersion(), "Delivery disappointed one customer in four."));
        AnalysisReport issued = as.sales(() -> reports.issue(written.getId(), written.getVersion()));
        assertEquals(ReportStatus.ISSUED, issued.getStatus());
        assertEquals(issued.fingerprint(), issued.getSha256());
        // every department receives it in its inbox
        assertEquals(
                EnumSet.of(
                        Department.SALES,
                        Department.QUALITY,
                        Department.TECHNICAL,
                        Department.PRODUCTION,
                        Department.FINANCE,
                        Department.OFFICE,
                        Department.GENERAL_MANAGER),
                surveys.tasks(issued.getId()).stream()
                        .map(Task::getDepartment)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Department.class))));

        // the service refuses any change, whatever the screen shows
        long v = issued.getVersion();
        assertRefusedAs("analysis.report.issued", () -> reports.writeConclusions(issued.getId(), v, "Changed"));
        assertRefusedAs("analysis.report.issued", () -> reports.refresh(issued.getId(), v));
        assertRefusedAs("analysis.report.issued", () -> reports.issue(issued.getId(), v));
        assertRefusedAs("analysis.report.exists", () -> reports.draft(campaign.getId()));
        assertRefusedAs("analysis.report.reason.required", () -> reports.newVersion(issued.getId(), " "));

        AnalysisReport second = as.sales(() -> reports.newVersion(issued.getId(), "A paper reply was entered late"));
        assertEquals(2, second.getReportVersion());
        assertEquals(ReportStatus.DRAFT, second.getStatus());
        assertEquals("Delivery disappointed one customer in four.", second.getConclusions());
        as.sales(() -> reports.writeConclusions(second.getId(), second.getVersion(), "Corrected conclusions."));

        AnalysisReport first = surveys.stored(issued.getId());
        assertEquals(ReportStatus.ISSUED, first.getStatus());
        assertEquals("Delivery disappointed one customer in four.", first.getConclusions());
        assertEquals(issued.getSha256(), first.getSha256());
        assertEquals(first.getSha256(), first.fingerprint(), "version 1 is stored as it was issued");
        // audited field by field: drafted, written and issued, then its correction made
        assertEquals(
                List.of("CREATED", "CHANGED", "NEW_VERSION"),
                surveys.audited(first.getId()).stream().distinct().toList());
        assertTrue(surveys.audited(first.getId()).size() > 4);
        assertEquals(
                List.of("CREATED", "CHANGED"),
                surveys.audited(second.getId()).stream().distinct().toList());

        // the files of the issued version, in both languages
        byte[] en = as.generalManager(() -> reports.pdf(issued.getId(), "en"));
        byte[] zh = as.quality(() -> reports.pdf(issued.getId(), "zh_CN"));
        assertEquals("%PDF", new String(en, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("%PDF", new String(zh, 0, 4, StandardCharsets.US_ASCII));
        byte[] xlsx = as.finance(() -> reports.excel(issued.getId(), "en"));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(
                    issued.getSha256(),
                    book.getSheet("Report").getRow(5).getCell(1).getStringCellValue());
        }
        // the list filters by year and state
        var issued2015 = as.technical(() -> reports.page(2015, ReportStatus.ISSUED, PageRequest.of(0, 50)));
        assertTrue(issued2015.rows().stream().anyMatch(r -> r.getId().equals(issued.getId())));
        assertTrue(issued2015.rows().stream().noneMatch(r -> r.getId().equals(second.getId())));
    }

    @Test
    void aClosedCampaignsFiguresAreCountedOnceAndKept_CS08() throws Exception {
        SurveyCampaign campaign = surveys.closedCampaign(2015, 2, ONE_UNHAPPY);
        AnalysisReport draft = as.sales(() -> reports.draft(campaign.getId()));
        CampaignFigures kept = surveys.kept(campaign.getId());
        assertNotNull(kept);
        assertEquals(4, kept.getReplies());

        // a reply that reaches a closed campaign anyway does not change what the report reads
        surveys.lateReply(campaign);
        AnalysisReport refreshed = as.sales(() -> reports.refresh(draft.getId(), draft.getVersion()));
        assertEquals(
                4, as.sales(() -> reports.figures(refreshed.getId())).current().replies());
        assertEquals(4, surveys.kept(campaign.getId()).getReplies());
    }

    /**
     * IM-04: the demo company's issued reports, drafted at the first start by nobody logged in, show
     * the quality objectives as a report Sales drafts does (the demo drafts as SALES). The demo is
     * loaded on H2 only.
     */
    @Test
    void theDemosIssuedReportsCarryTheQualityObjectives_IM04() throws Exception {
        List<AnalysisReport> demo =
                as.sales(() -> reports.page(null, ReportStatus.ISSUED, PageRequest.of(0, 200))).rows().stream()
                        .filter(r -> r.getConclusions() != null
                                && DEMO_CONCLUSION.matcher(r.getConclusions()).find())
                        .toList();
        org.junit.jupiter.api.Assumptions.assumeFalse(demo.isEmpty(), "no demo data in this database");
        assertEquals(4, demo.size(), "the demo issues the last four quarters' reports");
        for (AnalysisReport r : demo) {
            var indicators = as.quality(() -> reports.figures(r.getId())).indicators();
            assertEquals(
                    com.qualitydesk.figures.QualityObjective.values().length,
                    indicators.size(),
                    r.reference() + " shows every objective");
        }
    }

    /** The beginnings of the demo reports' conclusions (AnalysisReportsDemo). */
    private static final java.util.regex.Pattern DEMO_CONCLUSION = java.util.regex.Pattern.compile(
            "^(Satisfaction stayed near the objective|Delivery improved after the weekly date check"
                    + "|Satisfaction is back above 90|Satisfaction holds above the objective)");

    @Test
    void onlySalesWritesTheReportAndTheDepartmentsReadIt_CS10() throws Exception {
        SurveyCampaign campaign = surveys.closedCampaign(2015, 3, ONE_UNHAPPY);
        assertDenied(() -> as.quality(() -> reports.draft(campaign.getId())));
        assertDenied(() -> as.generalManager(() -> reports.draft(campaign.getId())));
        AnalysisReport draft = as.sales(() -> reports.draft(campaign.getId()));
        assertDenied(() -> as.technical(() -> reports.writeConclusions(draft.getId(), draft.getVersion(), "mine")));
        assertDenied(() -> as.service(() -> reports.find(draft.getId())));
        assertEquals(
                draft.getId(), as.production(() -> reports.find(draft.getId())).getId());
        assertRefusedAs("analysis.report.conclusions.required", () -> reports.issue(draft.getId(), draft.getVersion()));
    }

    @Test
    void anImprovementGoesToTheResponsibleDepartmentAndTheNextReportShowsHowFarItIs_IM01() throws Exception {
        SurveyCampaign q4 = surveys.closedCampaign(2015, 4, ONE_UNHAPPY);
        AnalysisReport draft = as.sales(() -> reports.draft(q4.getId()));
        CorrectiveAction action = as.sales(() -> reports.openAction(
                draft.getId(),
                new ReportAction(
                        "Publish the pump selection guide",
                        Department.TECHNICAL,
                        LocalDate.now().plusDays(30))));
        assertEquals(ActionSource.ANALYSIS_REPORT, action.getSourceType());
        assertEquals(draft.getId(), action.getSourceId());
        assertEquals(Department.TECHNICAL, action.getOwnerDepartment());
        assertRefusedAs(
                "analysis.action.department.required",
                () -> reports.openAction(draft.getId(), new ReportAction("Something", null, null)));
        AnalysisReport written =
                as.sales(() -> reports.writeConclusions(draft.getId(), draft.getVersion(), "Pumps need a guide."));
        AnalysisReport issued = as.sales(() -> reports.issue(written.getId(), written.getVersion()));
        // the issued report keeps its actions as they stood
        var atIssue = as.sales(() -> reports.figures(issued.getId())).actions();
        assertEquals(
                List.of(action.getId()),
                atIssue.stream().map(ReportFigures.ActionState::id).toList());
        assertEquals("OPEN", atIssue.get(0).status());

        // TECHNICAL completes it in the action register
        as.technical(() -> actions.complete(action.getId(), "Guide published on the website"));

        SurveyCampaign next = surveys.closedCampaign(2016, 1, new int[][] {{5, 5}, {5, 5}});
        AnalysisReport nextDraft = as.sales(() -> reports.draft(next.getId()));
        ReportFigures nextFigures = as.sales(() -> reports.figures(nextDraft.getId()));
        assertEquals(issued.reference(), nextFigures.previousReport());
        assertEquals(1, nextFigures.previousActions().size());
        assertEquals(action.getId(), nextFigures.previousActions().get(0).id());
        assertEquals(
                ActionStatus.COMPLETED.name(),
                nextFigures.previousActions().get(0).status());
        // the trend reaches back over the quarters before, oldest first
        List<String> quarters =
                nextFigures.trend().stream().map(ReportFigures.Quarter::quarter).toList();
        assertEquals("2016-Q1", quarters.get(quarters.size() - 1));
        assertTrue(quarters.contains("2015-Q4"), quarters.toString());
        assertTrue(nextFigures.trend().size() <= 8);
        // nobody was dissatisfied: nothing below the objective, no complaint
        assertTrue(
                nextFigures.dissatisfaction().isEmpty(),
                nextFigures.dissatisfaction().toString());
    }

    private void assertRefusedAs(String key, java.util.concurrent.Callable<?> work) {
        Throwable t = assertThrows(Exception.class, () -> as.sales(work));
        while (t != null && !(t instanceof RuleViolation)) {
            t = t.getCause();
        }
        assertTrue(t instanceof RuleViolation, "refused by a rule");
        assertEquals(key, ((RuleViolation) t).getMessageKey());
    }

    /** The container refuses the department, whether the refusal reaches the test wrapped or not. */
    private static void assertDenied(org.junit.jupiter.api.function.Executable call) {
        Throwable t = assertThrows(Exception.class, call);
        while (t != null && !(t instanceof EJBAccessException)) {
            t = t.getCause();
        }
        assertTrue(t instanceof EJBAccessException, "refused by the container");
    }
}
