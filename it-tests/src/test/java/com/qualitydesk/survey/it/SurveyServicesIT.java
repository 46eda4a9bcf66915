package com.qualitydesk.survey.it;

import static com.qualitydesk.it.support.MailServer.body;
import static com.qualitydesk.it.support.MailServer.recipient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.action.ActionSource;
import com.qualitydesk.action.CorrectiveAction;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contacts;
import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Contracts;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.Deliveries;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.customer.Product;
import com.qualitydesk.customer.Products;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.MailServer;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.it.support.SettingChanges;
import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.mail.MailDelivery;
import com.qualitydesk.mail.MailStatus;
import com.qualitydesk.mail.Outbox;
import com.qualitydesk.mail.SmtpConfiguration;
import com.qualitydesk.persistence.DatabaseMigration;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.PublicEntrance;
import com.qualitydesk.security.PublicRateLimit;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.CampaignStatistics;
import com.qualitydesk.survey.Invitation;
import com.qualitydesk.survey.LinkOpening;
import com.qualitydesk.survey.Questionnaires;
import com.qualitydesk.survey.ReplyChannel;
import com.qualitydesk.survey.ReplyForm;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCampaigns;
import com.qualitydesk.survey.SurveyDispatch;
import com.qualitydesk.survey.SurveyDissatisfaction;
import com.qualitydesk.survey.SurveyReplies;
import com.qualitydesk.survey.SurveyReply;
import com.qualitydesk.survey.SurveyStatistics;
import com.qualitydesk.survey.document.SurveyDocuments;
import com.qualitydesk.task.Task;
import com.qualitydesk.task.TaskKind;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The survey services in the real WAR, with GreenMail as the SMTP server on a random loopback
 * port inside the server: dispatch by the batch job, the links, a stop and restart of the job in
 * the middle, SMTP down and up again, and dissatisfaction sent to the right department.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyServicesIT {

    private static final Pattern LINK =
            Pattern.compile("(https?://\\S+/public/survey/reply\\.xhtml\\?t=)([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() throws Exception {
        // GreenMail runs inside the server, beside the application; PDFBox reads the print file there
        var war = MailServer.inside(RealWar.withTestsInside(SurveyServicesIT.class, Departments.class));
        for (Class<?> c : List.of(
                org.apache.pdfbox.Loader.class,
                org.apache.pdfbox.io.RandomAccessRead.class,
                org.apache.fontbox.ttf.TrueTypeFont.class,
                org.apache.commons.logging.LogFactory.class)) {
            war.addAsLibrary(MailServer.jarOf(c));
        }
        return war;
    }

    @ArquillianResource
    URL deployed;

    @Inject
    Departments as;

    @Inject
    SettingChanges changes;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    Contracts contracts;

    @Inject
    Products products;

    @Inject
    Deliveries deliveries;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    SurveyDispatch dispatch;

    @Inject
    BatchJobs jobs;

    @Inject
    SurveyReplies replies;

    @Inject
    SurveyStatistics statistics;

    @Inject
    SurveyDissatisfaction dissatisfaction;

    @Inject
    com.qualitydesk.action.CorrectiveActions actions;

    @Inject
    Questionnaires questionnaires;

    @Inject
    SurveyDocuments documents;

    @Inject
    MailDelivery delivery;

    @Inject
    Outbox outbox;

    @Inject
    SmtpConfiguration smtpConfiguration;

    @Inject
    Clock clock;

    @Inject
    PublicRateLimit rateLimit;

    @Inject
    ProcedureSettings settings;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    /** Points the application's SMTP settings (qd.mail.host/port) at GreenMail, started inside the server. */
    private void useGreenMail() throws Exception {
        MailServer.pointAt(smtpConfiguration);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A customer with a contract running now and its survey recipients. */
    private Customer customerWithRecipients(int recipients, SurveyChannel channel, String language) throws Exception {
        String code = unique("SV");
        Customer customer =
                as.sales(() -> customers.save(new Customer(code, "调查客户" + code, "Survey customer " + code)));
        LocalDate today = LocalDate.now();
        as.sales(() -> contracts.save(new Contract("K-" + code, customer, today.minusYears(1), today.plusYears(1))));
        for (int i = 0; i < recipients; i++) {
            var contact = new Contact(customer, "Recipient " + i);
            contact.setEmail(code.toLowerCase() + "." + i + "@customer.example");
            contact.setFax("0571-1234567");
            contact.setLanguage(language);
            contact.setSurveyChannel(channel);
            contact.setSurveyRecipient(true);
            as.sales(() -> contacts.save(contact));
        }
        return customer;
    }

    private SurveyCampaign plan() throws Exception {
        return as.sales(() -> {
            SurveyCampaign draft = campaigns.draft();
            draft.setName(unique("IT-"));
            return campaigns.save(draft);
        });
    }

    private BatchStatus waitFor(long campaignId, Set<BatchStatus> done) throws Exception {
        for (int i = 0; i < 1200; i++) {
            Long execution = em.find(SurveyCampaign.class, campaignId).getDispatchExecution();
            em.clear();
            if (execution != null) {
                BatchStatus status = jobs.latest(execution).status();
                if (done.contains(status)) {
                    return status;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dispatch did not end");
    }

    private List<Invitation> invitations(long campaignId) {
        em.clear();
        return em.createQuery("select i from Invitation i where i.campaign.id = :c", Invitation.class)
                .setParameter("c", campaignId)
                .getResultList();
    }

    private static List<MimeMessage> received(String campaignName) {
        return MailServer.about(campaignName);
    }

    @Test
    void theDispatchMailsEveryEmailRecipientInTheirLanguageAndEveryLinkOpensTheForm_CS02_CS04() throws Exception {
        useGreenMail();
        Customer chinese = customerWithRecipients(2, SurveyChannel.EMAIL, "zh_CN");
        Customer english = customerWithRecipients(1, SurveyChannel.EMAIL, "en");
        Customer byFax = customerWithRecipients(1, SurveyChannel.FAX, "zh_CN");
        SurveyCampaign campaign = plan();

        Customer nobody = customerWithRecipients(0, SurveyChannel.EMAIL, "en");
        var found = as.sales(() -> campaigns.eligible(
                campaign.getId(), new PageRequest(0, 15, null, true, Map.of("code", chinese.getCode()))));
        assertEquals(1, found.total());
        assertEquals(2, found.rows().get(0).recipients(), "both recipients counted");
        var risk = as.sales(() -> campaigns.eligible(
                campaign.getId(),
                new PageRequest(0, 15, "name", true, Map.of("risk", "true", "code", nobody.getCode()))));
        assertEquals(1, risk.total(), "a customer without recipient is a risk");
        assertTrue(risk.rows().get(0).isRisk());
        var notRisk = as.sales(() -> campaigns.eligible(
                campaign.getId(),
                new PageRequest(0, 15, null, true, Map.of("risk", "true", "code", chinese.getCode()))));
        assertEquals(0, notRisk.total(), "one with recipients is not");
        var allRisks = as.sales(
                () -> campaigns.eligible(campaign.getId(), new PageRequest(0, 15, null, true, Map.of("risk", "true"))));
        var summary = as.sales(() -> campaigns.eligibleSummary(campaign.getId()));
        assertEquals(allRisks.total(), summary.risks(), "the risks counted are the risks listed");
        assertTrue(summary.customers() >= 4 && summary.recipients() >= 4, summary.toString());

        as.sales(() -> campaigns.startDispatch(campaign.getId()));
        assertEquals(
                BatchStatus.COMPLETED, waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED)));

        List<Invitation> invited = invitations(campaign.getId());
        long recipients = as.sales(() -> campaigns.progress(campaign.getId())).recipients();
        assertEquals(recipients, invited.size(), "one invitation per recipient");
        assertEquals(
                invited.size(),
                invited.stream().map(i -> i.getContact().getId()).distinct().count());
        assertTrue(invited.stream().allMatch(i -> i.getTokenHash().length() == 64), "only hashes are stored");
        // the administrator's job history reads the steps of the split's two flows
        Long execution = as.sales(() -> campaigns.progress(campaign.getId())).execution();
        var steps = BatchRuntime.getJobOperator().getStepExecutions(execution);
        assertEquals(
                Set.of("invite", "deliver"),
                steps.stream().map(StepExecution::getStepName).collect(Collectors.toSet()));
        assertEquals(
                invited.size(),
                steps.stream()
                        .filter(step -> step.getStepName().equals("invite"))
                        .flatMap(step -> Arrays.stream(step.getMetrics()))
                        .filter(m -> m.getType() == Metric.MetricType.WRITE_COUNT)
                        .mapToLong(Metric::getValue)
                        .sum(),
                "the job history counts the recipients invited");

        var emailInvitations = invited.stream()
                .filter(i ->
                        i.getChannel() == SurveyChannel.EMAIL && i.getContact().getEmail() != null)
                .toList();
        List<MimeMessage> mails = received(campaign.getName());
        assertEquals(emailInvitations.size(), mails.size(), "one message per e-mail invitation");
        assertTrue(invited.stream()
                .anyMatch(i -> i.getCustomer().getId().equals(byFax.getId())
                        && i.getReplyCode().matches("....-....")));
        assertFalse(mails.stream()
                .anyMatch(m -> recipient(m).startsWith(byFax.getCode().toLowerCase())));

        // CS-04: the paper questionnaires of the fax, mail and hand-delivery recipients, one print file
        var printFile = new ByteArrayOutputStream();
        as.sales(() -> {
            documents.writePrintFile(campaign.getId(), printFile);
            return null;
        });
        String printed;
        int pages;
        try (PDDocument pdf = Loader.loadPDF(printFile.toByteArray())) {
            printed = new PDFTextStripper().getText(pdf);
            pages = pdf.getNumberOfPages();
        }
        var paper = invited.stream()
                .filter(i -> SurveyDocuments.PAPER.contains(i.getChannel()))
                .toList();
        assertTrue(paper.stream().anyMatch(i -> i.getCustomer().getId().equals(byFax.getId())));
        for (Invitation i : paper) {
            assertTrue(printed.contains(i.getReplyCode()), "the print file has " + i.getReplyCode());
        }
        assertTrue(printed.contains("客户满意度调查问卷"), "the Chinese fax recipient's questionnaire is in Chinese");
        assertTrue(pages >= paper.size(), "each questionnaire from a new page");
        for (Invitation i : emailInvitations) {
            assertFalse(printed.contains(i.getReplyCode()), "no paper for the e-mail recipient " + i.getReplyCode());
        }

        String base = RealWar.loopback(deployed);
        for (MimeMessage mail : mails) {
            String body = body(mail);
            Matcher link = LINK.matcher(body);
            assertTrue(link.find(), "a link in " + body);
            String token = link.group(2);
            assertTrue(replies.open(token).isPresent(), "the link's token opens the form");
            var page = (HttpURLConnection) new URL(base + "/public/survey/reply.xhtml?t=" + token).openConnection();
            assertEquals(200, page.getResponseCode(), "the public page opens without a login");
            String html = new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String address = recipient(mail);
            if (address.startsWith(english.getCode().toLowerCase())) {
                assertTrue(mail.getSubject().startsWith("Customer satisfaction survey"), mail.getSubject());
                assertTrue(html.contains("Product quality"), "English questions for an English contact");
            } else if (address.startsWith(chinese.getCode().toLowerCase())) {
                assertTrue(mail.getSubject().startsWith("客户满意度调查"), mail.getSubject());
                assertTrue(html.contains("产品质量"), "Chinese questions for a Chinese contact");
            }
        }

        var unknown =
                (HttpURLConnection) new URL(base + "/public/survey/reply.xhtml?t=" + "x".repeat(43)).openConnection();
        assertEquals(200, unknown.getResponseCode());
        String unusable = new String(unknown.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(unusable.contains("This link cannot be used"), "an unknown token gets the plain page");
        assertFalse(unusable.contains("Survey customer"), "and learns nothing");
    }

    @Test
    void aDispatchStoppedInTheMiddleAndRestartedInvitesEveryoneOnceAndMailsEachOnce_CS04() throws Exception {
        try {
            stopAndRestart();
        } catch (Exception e) {
            var chain = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                chain.append(" <- ").append(t);
                if (t instanceof EJBException ejb && ejb.getCausedByException() != null && ejb.getCause() == null) {
                    chain.append(" <- ").append(ejb.getCausedByException());
                }
            }
            throw new AssertionError("at " + stage + ": " + chain, e);
        }
    }

    private String stage = "start";

    private void stopAndRestart() throws Exception {
        useGreenMail();
        var mine = new ArrayList<Customer>();
        for (int i = 0; i < 60; i++) {
            stage = "customer " + i;
            mine.add(customerWithRecipients(1, SurveyChannel.EMAIL, i % 2 == 0 ? "zh_CN" : "en"));
        }
        stage = "plan";
        SurveyCampaign campaign = plan();
        stage = "run";
        long execution = dispatch.run(campaign.getId(), 2);
        // stop as soon as the first chunks are committed
        for (int i = 0; i < 600 && invitations(campaign.getId()).isEmpty(); i++) {
            Thread.sleep(20);
        }
        stage = "stop";
        as.admin(() -> {
            jobs.stop(execution);
            return null;
        });
        BatchStatus stopped =
                waitFor(campaign.getId(), Set.of(BatchStatus.STOPPED, BatchStatus.COMPLETED, BatchStatus.FAILED));
        assertEquals(BatchStatus.STOPPED, stopped, "stopped in the middle");
        int before = invitations(campaign.getId()).size();
        stage = "progress";
        long recipients = as.sales(() -> campaigns.progress(campaign.getId())).recipients();
        assertTrue(before > 0 && before < recipients, "stopped part way: " + before + " of " + recipients);

        stage = "restart";
        long restarted = as.sales(() -> campaigns.startDispatch(campaign.getId()));
        assertTrue(restarted != execution);
        assertEquals(
                BatchStatus.COMPLETED, waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED)));

        List<Invitation> invited = invitations(campaign.getId());
        assertEquals(recipients, invited.size(), "every recipient invited");
        assertEquals(
                invited.size(),
                invited.stream().map(i -> i.getContact().getId()).distinct().count(),
                "once");
        long emailInvitations = invited.stream()
                .filter(i ->
                        i.getChannel() == SurveyChannel.EMAIL && i.getContact().getEmail() != null)
                .count();
        for (Invitation i : invited) {
            assertTrue(outbox.findByEventKey(SurveyDispatch.INVITATION_EVENT + i.getId())
                            .isPresent()
                    || i.getChannel() != SurveyChannel.EMAIL);
        }
        List<MimeMessage> mails = received(campaign.getName());
        assertEquals(emailInvitations, mails.size(), "one message per e-mail invitation");
        Map<String, Long> perAddress =
                mails.stream().collect(Collectors.groupingBy(MailServer::recipient, Collectors.counting()));
        assertTrue(perAddress.values().stream().allMatch(n -> n == 1), "nobody mailed twice: " + perAddress);
        for (Customer c : mine) {
            assertEquals(1L, perAddress.get(c.getCode().toLowerCase() + ".0@customer.example"), c.getCode());
        }
    }

    @Test
    void mailsQueuedWhileTheSmtpServerIsDownAreAllSentOnceItIsBackAndTheOutageIsShownUntilThen_CS04() throws Exception {
        useGreenMail();
        customerWithRecipients(2, SurveyChannel.EMAIL, "en");
        SurveyCampaign campaign = plan();
        MailServer.stop();
        try {
            as.sales(() -> campaigns.startDispatch(campaign.getId()));
            assertEquals(
                    BatchStatus.COMPLETED,
                    waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED)));
            // a five-minute run during the outage: the administrator sees the outage itself
            delivery.deliverDue();
            var outage = as.admin(() -> outbox.outage()).orElseThrow();
            assertTrue(outage.mailsWaiting() >= 2, "the waiting mails are counted: " + outage);
            assertTrue(outage.lastError() != null && !outage.lastError().isBlank(), "with the server's error");
            assertTrue(!outage.since().isAfter(outage.lastTriedAt()), "since the first failure");
        } finally {
            MailServer.start();
        }
        List<Invitation> invited = invitations(campaign.getId());
        var keys = invited.stream()
                .filter(i -> i.getChannel() == SurveyChannel.EMAIL)
                .map(i -> SurveyDispatch.INVITATION_EVENT + i.getId())
                .toList();
        assertTrue(keys.stream()
                .allMatch(k -> outbox.findByEventKey(k).orElseThrow().getStatus() != MailStatus.SENT));
        while (delivery.deliverDue() > 0) {
            // until the outbox is empty
        }
        em.clear();
        assertTrue(
                keys.stream()
                        .allMatch(k -> outbox.findByEventKey(k).orElseThrow().getStatus() == MailStatus.SENT),
                "all sent after the server came back");
        assertEquals(keys.size(), received(campaign.getName()).size());
        assertTrue(as.admin(() -> outbox.outage()).isEmpty(), "a mail accepted again ends the outage");
    }

    @Test
    void aMailInterruptedWhileHandedToTheServerIsNotSentAgainUntilAnAdministratorRetriesIt_CS04() throws Exception {
        useGreenMail();
        String stale = unique("it-interrupted-").toLowerCase();
        String current = unique("it-handing-").toLowerCase();
        for (String key : List.of(stale, current)) {
            as.admin(() -> outbox.queue(key, key + "@customer.example", "Invitation " + key, "Please reply."));
        }
        // the application stopped after marking them handed, before the server's answers were recorded:
        // one long ago, one a minute ago (a run of another server may still be handing it over)
        Instant now = clock.instant();
        as.admin(() -> {
            outbox.findByEventKey(stale)
                    .orElseThrow()
                    .handing(now.minus(MailDelivery.IN_DOUBT_AFTER).minusSeconds(60));
            outbox.findByEventKey(current).orElseThrow().handing(now.minusSeconds(60));
            return null;
        });
        // more mails in doubt than a run takes, older than a mail queued after them: they hold nothing up
        String many = unique("it-doubt-").toLowerCase();
        as.admin(() -> {
            for (int i = 0; i < 120; i++) {
                outbox.queue(many + "-" + i, many + "-" + i + "@customer.example", "Invitation " + i, "Please reply.")
                        .handing(now.minus(MailDelivery.IN_DOUBT_AFTER).minusSeconds(60));
            }
            return null;
        });
        String later = unique("it-later-").toLowerCase();
        as.admin(() -> outbox.queue(later, later + "@customer.example", "Invitation " + later, "Please reply."));
        while (delivery.deliverDue() > 0) {
            // until nothing due is left
        }
        em.clear();
        var interrupted = outbox.findByEventKey(stale).orElseThrow();
        assertEquals(MailStatus.FAILED, interrupted.getStatus(), "reported to the administrator");
        assertTrue(interrupted.isInDoubt());
        var handing = outbox.findByEventKey(current).orElseThrow();
        assertEquals(MailStatus.QUEUED, handing.getStatus(), "not reported while it may still be handed over");
        assertEquals(0, receivedBy(stale) + receivedBy(current), "neither sent again on its own");
        assertEquals(1, receivedBy(later), "the mail queued after those in doubt went out");
        assertEquals(0, receivedBy(many + "-0") + receivedBy(many + "-119"));

        as.admin(() -> outbox.retry(interrupted.getId()));
        while (delivery.deliverDue() > 0) {
            // until nothing due is left
        }
        em.clear();
        assertEquals(MailStatus.SENT, outbox.findByEventKey(stale).orElseThrow().getStatus());
        assertEquals(1, receivedBy(stale), "sent once after the administrator's retry");
        assertEquals(0, receivedBy(current));
    }

    private static long receivedBy(String key) {
        return MailServer.received(m -> recipient(m).equals(key + "@customer.example"))
                .size();
    }

    @Test
    void statisticsByIndustryProductFamilyAndCustomerFromHandComputedReplies_CS08() throws Exception {
        useGreenMail();
        String tag = unique("G");
        Product x = as.technical(() -> products.save(new Product(tag + "-PX", "Pump X", "FX-" + tag, false)));
        Product y = as.technical(() -> products.save(new Product(tag + "-PY", "Valve Y", "FY-" + tag, false)));
        // A (industry IA) received family FX; B (industry IB) received FX and FY, within the window
        Customer a = customerWithRecipients(1, SurveyChannel.EMAIL, "en");
        Customer b = customerWithRecipients(1, SurveyChannel.EMAIL, "en");
        a.setIndustry("IA-" + tag);
        b.setIndustry("IB-" + tag);
        Customer savedA = as.sales(() -> customers.save(a));
        Customer savedB = as.sales(() -> customers.save(b));
        LocalDate shipped = LocalDate.now().minusDays(10);
        as.sales(() -> deliveries.save(new Delivery(savedA, x, "L1-" + tag, 100, shipped)));
        as.sales(() -> deliveries.save(new Delivery(savedB, x, "L2-" + tag, 100, shipped)));
        as.sales(() -> deliveries.save(new Delivery(savedB, y, "L3-" + tag, 100, shipped)));
        SurveyCampaign campaign = plan();
        as.sales(() -> campaigns.startDispatch(campaign.getId()));
        waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED));
        // A scores every item 5, B every item 3
        for (var answer : Map.of(a, 5, b, 3).entrySet()) {
            String token = tokenFor(campaign, answer.getKey().getCode().toLowerCase() + ".0@");
            var scores = new HashMap<Long, Integer>();
            replies.open(token).orElseThrow().questions().forEach(q -> scores.put(q.itemId(), answer.getValue()));
            assertTrue(replies.submit(token, new ReplyForm.Answers(scores, Map.of(), null)));
        }

        var stats = as.sales(() -> statistics.of(campaign.getId()));
        assertEquals(2, stats.replies());
        assertEquals(80.0, stats.index(), 1e-9, "(5 + 3) / 2 of 5");
        assertEquals(50.0, stats.satisfiedPercent(), 1e-9, "one of the two answers to each item is 4 or 5");
        var byIndustry = groups(stats.byIndustry());
        assertEquals(100.0, byIndustry.get("IA-" + tag).index(), 1e-9);
        assertEquals(60.0, byIndustry.get("IB-" + tag).index(), 1e-9);
        assertEquals(1, byIndustry.get("IB-" + tag).replies());
        var byFamily = groups(stats.byProductFamily());
        assertEquals(80.0, byFamily.get("FX-" + tag).index(), 1e-9, "A and B received FX");
        assertEquals(2, byFamily.get("FX-" + tag).replies());
        assertEquals(60.0, byFamily.get("FY-" + tag).index(), 1e-9, "only B received FY");
        assertEquals(0.0, byFamily.get("FY-" + tag).satisfiedPercent(), 1e-9);
        var byCustomer = groups(as.sales(() -> statistics.byCustomer(campaign.getId())));
        assertEquals(
                100.0,
                byCustomer.get(savedA.getCode() + " " + savedA.getNameZh()).index(),
                1e-9);
        assertEquals(
                60.0,
                byCustomer.get(savedB.getCode() + " " + savedB.getNameZh()).index(),
                1e-9);
        assertEquals(2, byCustomer.size(), "only customers who replied");
    }

    private static Map<String, CampaignStatistics.GroupRow> groups(List<CampaignStatistics.GroupRow> rows) {
        var byName = new HashMap<String, CampaignStatistics.GroupRow>();
        rows.forEach(r -> byName.put(r.group(), r));
        return byName;
    }

    @Test
    void aReplyIsSubmittedOnceThankedAndMovesCoverage_CS04_CS05_CS06() throws Exception {
        useGreenMail();
        Customer customer = customerWithRecipients(2, SurveyChannel.EMAIL, "zh_CN");
        SurveyCampaign campaign = plan();
        as.sales(() -> campaigns.startDispatch(campaign.getId()));
        waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED));
        String token = tokenFor(campaign, customer.getCode().toLowerCase() + ".0@");
        var before = as.sales(() -> campaigns.coverage(campaign.getId()));

        ReplyForm form = replies.open(token).orElseThrow();
        var scores = new HashMap<Long, Integer>();
        form.questions().forEach(q -> scores.put(q.itemId(), 4));
        scores.put(form.questions().get(5).itemId(), null);
        assertTrue(replies.save(token, new ReplyForm.Answers(scores, Map.of(), "先保存")));
        assertEquals("先保存", replies.open(token).orElseThrow().comment(), "saved and continued later");
        assertTrue(replies.submit(token, new ReplyForm.Answers(scores, Map.of(), "很好")));
        assertFalse(replies.submit(token, new ReplyForm.Answers(scores, Map.of(), "again")), "submitted once");
        assertTrue(replies.open(token).isEmpty(), "a used link opens nothing");
        assertTrue(replies.alreadySubmitted(token), "its holder is told it was answered");
        assertFalse(replies.alreadySubmitted("x".repeat(43)), "a guess is told nothing");

        var after = as.sales(() -> campaigns.coverage(campaign.getId()));
        assertEquals(before.covered() + 1, after.covered(), "the customer is covered once one recipient replied");
        SurveyReply reply = replyOf(campaign, customer);
        assertEquals("EMAIL", reply.getThankedBy());
        assertTrue(
                outbox.findByEventKey(SurveyReplies.THANKS_EVENT + reply.getId())
                        .isPresent(),
                "thanked (CS-06)");
        var stats = as.sales(() -> statistics.of(campaign.getId()));
        assertEquals(80.0, stats.index(), 1e-9, "all 4 of 5");

        Invitation other = as.sales(() -> replies.invitationsOf(campaign.getId(), customer.getId())).stream()
                .filter(i -> !i.isReplied())
                .findFirst()
                .orElseThrow();
        as.sales(() -> replies.enterPaperReply(
                other.getId(),
                ReplyChannel.FAX,
                new ReplyForm.Answers(scores, Map.of(), null),
                "fax.png",
                "image/png",
                new byte[] {1, 2, 3}));
        assertEquals(
                after.covered(),
                as.sales(() -> campaigns.coverage(campaign.getId())).covered(),
                "same customer");
        var denied = assertThrows(Exception.class, () -> as.quality(() -> campaigns.startDispatch(campaign.getId())));
        assertInstanceOf(EJBAccessException.class, rootCause(denied, EJBAccessException.class), denied.toString());
    }

    @Test
    void aRealLinkOpensForItsCustomerWhileAnAddressThatGuessedTooOftenIsAnswered429_CS04() throws Exception {
        useGreenMail();
        Customer customer = customerWithRecipients(1, SurveyChannel.EMAIL, "en");
        SurveyCampaign campaign = plan();
        as.sales(() -> campaigns.startDispatch(campaign.getId()));
        waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED));
        String token = tokenFor(campaign, customer.getCode().toLowerCase() + ".0@");
        int limit = settings.value(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR);

        String guesser = "203.0.113." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
        for (int i = 0; i < limit; i++) {
            assertEquals(
                    LinkOpening.Outcome.UNUSABLE,
                    replies.openFrom("x".repeat(42) + i, guesser).outcome(),
                    "guess " + i);
        }
        LinkOpening refused = replies.openFrom(token, guesser);
        assertEquals(LinkOpening.Outcome.TOO_MANY, refused.outcome(), "not even a real link is looked up for it");
        assertEquals(null, refused.form());
        assertEquals(
                LinkOpening.Outcome.FORM,
                replies.openFrom(token, "198.51.100." + (int) (Math.random() * 250))
                        .outcome(),
                "the customer, from another address, opens the questionnaire");

        // over HTTP from this server's loopback: the form, then, once the loopback used up its hour, 429
        String base = RealWar.loopback(deployed);
        forgetLoopback();
        try {
            var page = (HttpURLConnection) new URL(base + "/public/survey/reply.xhtml?t=" + token).openConnection();
            assertEquals(200, page.getResponseCode());
            String html = new String(page.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(html.contains("Product quality"), "the questions");
            while (rateLimit.admit(PublicEntrance.SURVEY_LINK, "127.0.0.1")) {
                // the loopback's hour used up, as by guesses
            }
            var blocked = (HttpURLConnection) new URL(base + "/public/survey/reply.xhtml?t=" + token).openConnection();
            assertEquals(429, blocked.getResponseCode());
            assertTrue(Long.parseLong(blocked.getHeaderField("Retry-After")) > 0);
        } finally {
            forgetLoopback();
        }
    }

    /** The counts are shared by every test class on this database: the loopback's are forgotten. */
    private void forgetLoopback() throws Exception {
        try (var c = dataSource.getConnection();
                var delete = c.prepareStatement("DELETE FROM public_attempt_window WHERE address = '127.0.0.1'")) {
            delete.executeUpdate();
        }
    }

    @Test
    void aLowScoreGoesToTheDepartmentResponsibleForTheItem_CS07() throws Exception {
        useGreenMail();
        Customer customer = customerWithRecipients(1, SurveyChannel.EMAIL, "en");
        SurveyCampaign campaign = plan();
        as.sales(() -> campaigns.startDispatch(campaign.getId()));
        waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED));
        String token = tokenFor(campaign, customer.getCode().toLowerCase() + ".0@");
        ReplyForm form = replies.open(token).orElseThrow();
        var scores = new HashMap<Long, Integer>();
        form.questions().forEach(q -> scores.put(q.itemId(), 5));
        scores.put(form.questions().get(0).itemId(), 2); // product quality
        scores.put(form.questions().get(1).itemId(), 1); // delivery
        assertTrue(replies.submit(token, new ReplyForm.Answers(scores, Map.of(), "Late twice")));

        // nobody of SALES has looked at the campaign: the actions are open all the same
        SurveyReply reply = replyOf(campaign, customer);
        assertFalse(reply.isActionsPending(), "nothing waits for SALES");
        var findings = as.sales(() -> dissatisfactionOf(reply.getId()));
        assertEquals(Set.of(Department.QUALITY, Department.SALES), findings);
        List<CorrectiveAction> opened = em.createQuery(
                        "select a from CorrectiveAction a where a.sourceType = :t and a.sourceId = :r",
                        CorrectiveAction.class)
                .setParameter("t", ActionSource.SURVEY_REPLY)
                .setParameter("r", reply.getId())
                .getResultList();
        assertTrue(
                opened.stream().allMatch(a -> AuditTrail.SYSTEM.equals(a.getCreatedBy())),
                "opened by the system for a customer without an account");
        CorrectiveAction quality = opened.stream()
                .filter(a -> a.getOwnerDepartment() == Department.QUALITY)
                .findFirst()
                .orElseThrow();
        assertTrue(quality.getDescription().contains(": 2/5"), quality.getDescription());
        assertEquals(
                1L,
                em.createQuery(
                                "select count(t) from Task t where t.actionId = :a and t.department = :d"
                                        + " and t.doneAt is null",
                                Long.class)
                        .setParameter("a", quality.getId())
                        .setParameter("d", Department.QUALITY)
                        .getSingleResult(),
                "the action waits in QUALITY's inbox");
        assertEquals(0, as.sales(() -> replies.openPendingActions(campaign.getId())), "nothing left to open");
    }

    @Test
    void aSurveyActionPassesOnlyOnTheNextCampaignsScoreOfItsItemsInTheCustomersIndustry_CS07_IM01() throws Exception {
        useGreenMail();
        Customer customer = customerWithRecipients(1, SurveyChannel.EMAIL, "en");
        // an industry of its own: the score compared is this customer group's alone
        customer.setIndustry(unique("Industry "));
        as.sales(() -> customers.save(customer));
        SurveyCampaign first = plan();
        as.sales(() -> campaigns.startDispatch(first.getId()));
        waitFor(first.getId(), Set.of(BatchStatus.COMPLETED));
        answerAll(first, customer, 5, 1);
        CorrectiveAction action = em.createQuery(
                        "select a from CorrectiveAction a where a.sourceType = :t and a.sourceId = :r"
                                + " and a.ownerDepartment = :d",
                        CorrectiveAction.class)
                .setParameter("t", ActionSource.SURVEY_REPLY)
                .setParameter("r", replyOf(first, customer).getId())
                .setParameter("d", Department.SALES)
                .getSingleResult();

        int window = settings.value(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS);
        changes.set(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS, 0);
        try {
            as.sales(() -> actions.note(action.getId(), "Second truck booked for this customer's lots"));
            as.sales(() -> actions.complete(action.getId(), "Deliveries planned two days earlier; tour plan P-12"));
            // no campaign since: no figure after, and "effective" is refused
            var before = as.quality(() -> actions.figure(action.getId(), null));
            assertEquals(1.0, before.before(), 1e-9);
            assertEquals(null, before.after());
            assertEquals(
                    "action.verification.noFigure.ITEM_SCORE",
                    SettingChanges.ruleOf(assertThrows(
                            Exception.class,
                            () -> as.quality(() -> actions.verify(
                                    action.getId(),
                                    new com.qualitydesk.action.Verification(true, "Looks better", null, null))))));

            SurveyCampaign second = plan();
            as.sales(() -> campaigns.startDispatch(second.getId()));
            waitFor(second.getId(), Set.of(BatchStatus.COMPLETED));
            answerAll(second, customer, 4, 4);
            var figure = as.quality(() -> actions.figure(action.getId(), null));
            assertEquals(4.0, figure.after(), 1e-9);
            assertEquals(second.getName(), figure.afterLabel());
            assertTrue(figure.supports(), "4 of 5 is above the dissatisfied score");
            CorrectiveAction verified = as.quality(() -> actions.verify(
                    action.getId(),
                    new com.qualitydesk.action.Verification(true, "Delivery scored 4 in the next survey", null, null)));
            assertEquals(com.qualitydesk.action.ActionStatus.VERIFIED, verified.getStatus());
            assertEquals(com.qualitydesk.action.VerificationBasis.ITEM_SCORE, verified.getVerificationBasis());
            assertEquals(1.0, verified.getFigureBefore(), 1e-9);
            assertEquals(4.0, verified.getFigureAfter(), 1e-9);
            assertTrue(
                    verified.getFigureText().contains(first.getName())
                            && verified.getFigureText().contains(second.getName()),
                    verified.getFigureText());
            assertEquals(1, as.sales(() -> actions.notes(action.getId())).size());
        } finally {
            changes.set(ProcedureParameter.CF10_VERIFICATION_WINDOW_DAYS, window);
        }
    }

    /** The customer's one recipient answers every item with {@code score}, the delivery item with {@code delivery}. */
    private void answerAll(SurveyCampaign campaign, Customer customer, int score, int delivery) throws Exception {
        String token = tokenFor(campaign, customer.getCode().toLowerCase() + ".0@");
        ReplyForm form = replies.open(token).orElseThrow();
        var scores = new HashMap<Long, Integer>();
        form.questions().forEach(q -> scores.put(q.itemId(), score));
        scores.put(form.questions().get(1).itemId(), delivery);
        assertTrue(replies.submit(token, new ReplyForm.Answers(scores, Map.of(), null)));
    }

    @Test
    void aRecipientToBeVisitedWaitsInTheSalespersonsInboxUntilTheReplyIsEntered_CS04() throws Exception {
        useGreenMail();
        Customer visited = customerWithRecipients(1, SurveyChannel.VISIT, "zh_CN");
        Customer unassigned = customerWithRecipients(1, SurveyChannel.VISIT, "en");
        visited.setSalesperson("quality");
        var refused = assertThrows(Exception.class, () -> as.sales(() -> customers.save(visited)));
        assertTrue(
                String.valueOf(rootCause(refused, RuleViolation.class)).contains("customer.salesperson.notSales"),
                refused.toString());
        visited.setSalesperson("sales");
        Customer assigned = as.sales(() -> customers.save(visited));
        assertEquals("sales", assigned.getSalesperson());

        SurveyCampaign campaign = plan();
        as.sales(() -> campaigns.startDispatch(campaign.getId()));
        assertEquals(
                BatchStatus.COMPLETED, waitFor(campaign.getId(), Set.of(BatchStatus.COMPLETED, BatchStatus.FAILED)));
        Invitation toVisit = invitationOf(campaign, visited);
        Invitation toVisitToo = invitationOf(campaign, unassigned);
        assertTrue(
                received(campaign.getName()).stream().noneMatch(m -> recipient(m)
                        .startsWith(visited.getCode().toLowerCase())),
                "a visit is not mailed");

        Task visit = visitTaskOf(toVisit);
        assertEquals(Department.SALES, visit.getDepartment());
        assertEquals("sales", visit.getAssignee(), "the customer's salesperson");
        assertEquals(toVisit.getReplyCode(), visit.getReference());
        assertTrue(visit.getSubject().contains(visited.getCode()), visit.getSubject());
        assertEquals(
                campaign.getDeadline(),
                visit.getDueAt().atZone(clock.getZone()).toLocalDate(),
                "due on the reply deadline");
        assertTrue(visit.isOpen());
        Task other = visitTaskOf(toVisitToo);
        assertEquals(Department.SALES, other.getDepartment());
        assertEquals(null, other.getAssignee(), "without a salesperson SALES as a whole");

        var scores = new HashMap<Long, Integer>();
        as.sales(() -> replies.formOf(toVisit.getId())).questions().forEach(q -> scores.put(q.itemId(), 5));
        as.sales(() -> replies.enterPaperReply(
                toVisit.getId(),
                ReplyChannel.VISIT,
                new ReplyForm.Answers(scores, Map.of(), "拜访记录"),
                null,
                null,
                null));
        assertFalse(visitTaskOf(toVisit).isOpen(), "the entered reply finishes the visit");
        assertTrue(visitTaskOf(toVisitToo).isOpen(), "the other visit still waits");
    }

    private Invitation invitationOf(SurveyCampaign campaign, Customer customer) {
        return invitations(campaign.getId()).stream()
                .filter(i -> i.getCustomer().getId().equals(customer.getId()))
                .findFirst()
                .orElseThrow();
    }

    private Task visitTaskOf(Invitation invitation) {
        em.clear();
        return em.createQuery("select t from Task t where t.invitationId = :i and t.kind = :k", Task.class)
                .setParameter("i", invitation.getId())
                .setParameter("k", TaskKind.SURVEY_VISIT)
                .getSingleResult();
    }

    private Set<Department> dissatisfactionOf(long replyId) {
        return dissatisfaction.departmentsActingOn(replyId);
    }

    private String tokenFor(SurveyCampaign campaign, String addressPrefix) {
        for (MimeMessage m : received(campaign.getName())) {
            if (recipient(m).startsWith(addressPrefix)) {
                Matcher link = LINK.matcher(body(m));
                assertTrue(link.find());
                return link.group(2);
            }
        }
        throw new AssertionError("no mail to " + addressPrefix);
    }

    private SurveyReply replyOf(SurveyCampaign campaign, Customer customer) {
        em.clear();
        return em.createQuery(
                        "select r from SurveyReply r where r.invitation.campaign.id = :c and r.invitation.customer.id = :cu"
                                + " and r.submittedAt is not null order by r.id",
                        SurveyReply.class)
                .setParameter("c", campaign.getId())
                .setParameter("cu", customer.getId())
                .getResultList()
                .get(0);
    }

    private static Throwable rootCause(Throwable e, Class<? extends Throwable> wanted) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (wanted.isInstance(t)) {
                return t;
            }
            if (t instanceof EJBException ejb && wanted.isInstance(ejb.getCausedByException())) {
                return ejb.getCausedByException();
            }
        }
        return e;
    }
}
