package com.qualitydesk.survey.it;

import static com.qualitydesk.it.support.MailServer.body;
import static com.qualitydesk.it.support.MailServer.recipient;
import static com.qualitydesk.it.support.MailServer.subject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contacts;
import com.qualitydesk.customer.Contract;
import com.qualitydesk.customer.Contracts;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.MailServer;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.jobs.BatchJobs;
import com.qualitydesk.mail.MailDelivery;
import com.qualitydesk.mail.SmtpConfiguration;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSetting;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.survey.CampaignKind;
import com.qualitydesk.survey.CampaignStatus;
import com.qualitydesk.survey.Invitation;
import com.qualitydesk.survey.ReplyForm;
import com.qualitydesk.survey.SurveyCampaign;
import com.qualitydesk.survey.SurveyCampaigns;
import com.qualitydesk.survey.SurveyDispatch;
import com.qualitydesk.survey.SurveyReminders;
import com.qualitydesk.survey.SurveyReplies;
import com.qualitydesk.survey.SurveySchedule;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The time-driven survey rules in the real WAR, run "as of" chosen moments exactly as the daily
 * timer runs them at 07:00 in the company's zone, with GreenMail receiving the mail: the reminders
 * of CS-05, the below-target flag of CS-02, the quarterly dispatch day of CS-01 and its year-end
 * satisfaction letter.
 *
 * <p>Each campaign asks about its own quarter in the 1950s, where only its own customers have a
 * contract: its coverage counts exactly the customers the test made. The year-end letter asks about
 * 1949, before all of them, for the same reason.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyRemindersIT {

    private static final Pattern LINK =
            Pattern.compile("https?://\\S+/public/survey/reply\\.xhtml\\?t=([A-Za-z0-9_-]+)");

    /** The zone the application's clock runs in (qd.zone), where the timer fires at 07:00. */
    private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");

    private static final AtomicInteger PERIOD_YEAR = new AtomicInteger(1950);

    @Deployment
    static WebArchive deployment() throws Exception {
        return MailServer.inside(RealWar.withTestsInside(SurveyRemindersIT.class, Departments.class));
    }

    @Inject
    Departments as;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    Contracts contracts;

    @Inject
    Accounts accounts;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    BatchJobs jobs;

    @Inject
    SurveyReplies replies;

    @Inject
    SurveyReminders reminders;

    @Inject
    SurveySchedule schedule;

    @Inject
    SurveyDispatch dispatch;

    @Inject
    ProcedureSettings settings;

    @Inject
    MailDelivery delivery;

    @Inject
    SmtpConfiguration smtpConfiguration;

    @PersistenceContext
    EntityManager em;

    // ---------------------------------------------------------------- CS-05 reminders

    @Test
    void nonRespondentsAreRemindedAfterNDaysAtMostMTimesAndEachRoundOnce_CS05() throws Exception {
        useGreenMail();
        parameter(ProcedureParameter.CS05_REMINDER_AFTER_DAYS, 3);
        parameter(ProcedureParameter.CS05_REMINDER_MAX, 2);
        LocalDate today = LocalDate.now(COMPANY);
        var campaign = new Planned();
        Customer a = campaign.customer(List.of(SurveyChannel.EMAIL, SurveyChannel.EMAIL), List.of("en", "zh_CN"));
        Customer b = campaign.customer(List.of(SurveyChannel.EMAIL), List.of("en"));
        Customer f = campaign.customer(List.of(SurveyChannel.FAX), List.of("en"));
        SurveyCampaign c = campaign.dispatch(today.plusDays(30), 90);
        String a0 = address(a, 0);
        String a1 = address(a, 1);
        String b0 = address(b, 0);
        String f0 = address(f, 0);
        assertEquals(1, invitationsTo(c, a0).size(), "invited by e-mail");
        assertEquals(0, mailsTo(c, f0).size(), "the fax recipient gets no e-mail");

        assertTrue(replies.submit(
                token(invitationsTo(c, b0).get(0)),
                allFours(token(invitationsTo(c, b0).get(0)))));

        // the day before the third day, at its last second: nobody
        reminders.sendDue(
                today.plusDays(2).atTime(LocalTime.MAX).atZone(COMPANY).toInstant());
        reminders.sendDue(timerRun(today, 2));
        deliverAll();
        assertReminders(c, Map.of(a0, 0, a1, 0, b0, 0, f0, 0), "not before N days");

        // the third day's run, twice at the same time and once more afterwards: round 1 once each
        runConcurrently(timerRun(today, 3));
        reminders.sendDue(timerRun(today, 3));
        reminders.sendDue(timerRun(today, 3).plusSeconds(10 * 3600));
        deliverAll();
        assertReminders(c, Map.of(a0, 1, a1, 1, b0, 0, f0, 0), "round 1, once");
        assertEquals(
                "Reminder: customer satisfaction survey " + c.getName(),
                remindersTo(c, a0).get(0).getSubject());
        assertEquals("提醒：客户满意度调查 " + c.getName(), remindersTo(c, a1).get(0).getSubject());
        assertEquals(1, remindedRounds(c, a0));

        // a1 answers through the reminder's own link; the first link still opens the form too
        String reminderToken = token(remindersTo(c, a1).get(0));
        assertTrue(replies.open(token(invitationsTo(c, a0).get(0))).isPresent(), "the first link keeps working");
        assertTrue(replies.submit(reminderToken, allFours(reminderToken)), "answered through the reminder");

        reminders.sendDue(timerRun(today, 5));
        deliverAll();
        assertReminders(c, Map.of(a0, 1, a1, 1, b0, 0, f0, 0), "N days counted from the previous reminder");

        reminders.sendDue(timerRun(today, 6));
        reminders.sendDue(timerRun(today, 6));
        deliverAll();
        assertReminders(c, Map.of(a0, 2, a1, 1, b0, 0, f0, 0), "round 2 to the one who still has not answered");

        reminders.sendDue(timerRun(today, 9));
        reminders.sendDue(timerRun(today, 12));
        deliverAll();
        assertReminders(c, Map.of(a0, 2, a1, 1, b0, 0, f0, 0), "at most M reminders");
        assertEquals(2, remindedRounds(c, a0));
        assertEquals(3, mailsTo(c, a0).size(), "the invitation and two reminders");
    }

    @Test
    void noReminderGoesOutOnceTheDeadlineHasPassed_CS05() throws Exception {
        useGreenMail();
        parameter(ProcedureParameter.CS05_REMINDER_AFTER_DAYS, 3);
        parameter(ProcedureParameter.CS05_REMINDER_MAX, 3);
        LocalDate today = LocalDate.now(COMPANY);
        var campaign = new Planned();
        Customer d = campaign.customer(List.of(SurveyChannel.EMAIL), List.of("en"));
        SurveyCampaign c = campaign.dispatch(today.plusDays(4), 90);
        String d0 = address(d, 0);

        reminders.sendDue(timerRun(today, 3));
        deliverAll();
        assertReminders(c, Map.of(d0, 1), "round 1 before the deadline");

        // round 2 would be due on day 6, two days after the deadline's end
        reminders.sendDue(timerRun(today, 6));
        reminders.sendDue(timerRun(today, 9));
        deliverAll();
        assertReminders(c, Map.of(d0, 1), "nothing after the deadline");

        schedule.flagAndClose(timerRun(today, 5));
        assertEquals(CampaignStatus.CLOSED, reload(c).getStatus(), "closed the day after its deadline");
    }

    // ---------------------------------------------------------------- CS-02 below target

    @Test
    void aCampaignBelowItsTargetIsFlaggedOnceToSalesAndTheGeneralManagerBeforeTheDeadline_CS02() throws Exception {
        useGreenMail();
        parameter(ProcedureParameter.CS02_FLAG_DAYS_BEFORE_DEADLINE, 5);
        String id = UUID.randomUUID().toString().substring(0, 8);
        Account sales = account("it-sales-" + id, Department.SALES, "en");
        Account manager = account("it-gm-" + id, Department.GENERAL_MANAGER, "zh_CN");
        Account quality = account("it-quality-" + id, Department.QUALITY, "en");
        LocalDate today = LocalDate.now(COMPANY);
        LocalDate deadline = today.plusDays(20);

        var belowPlan = new Planned();
        Customer answering = belowPlan.customer(List.of(SurveyChannel.EMAIL), List.of("en"));
        belowPlan.customer(List.of(SurveyChannel.EMAIL), List.of("en"));
        SurveyCampaign below = belowPlan.dispatch(deadline, 90);
        reply(below, address(answering, 0));

        var reachedPlan = new Planned();
        Customer answeringToo = reachedPlan.customer(List.of(SurveyChannel.EMAIL), List.of("en"));
        reachedPlan.customer(List.of(SurveyChannel.EMAIL), List.of("en"));
        SurveyCampaign reached = reachedPlan.dispatch(deadline, 50);
        reply(reached, address(answeringToo, 0));
        assertEquals(50.0, as.sales(() -> campaigns.coverage(below.getId())).percent(), 1e-9);
        assertEquals(50.0, as.sales(() -> campaigns.coverage(reached.getId())).percent(), 1e-9);

        schedule.flagAndClose(timerRun(today, 14));
        deliverAll();
        assertNull(reload(below).getBelowTargetFlaggedAt(), "six days before the deadline: not yet");
        assertEquals(0, mailsTo(below, sales.getEmail()).size());

        Instant windowOpens = timerRun(today, 15);
        schedule.flagAndClose(windowOpens);
        schedule.flagAndClose(windowOpens);
        schedule.flagAndClose(timerRun(today, 16));
        schedule.flagAndClose(timerRun(today, 20));
        deliverAll();
        assertEquals(windowOpens, reload(below).getBelowTargetFlaggedAt(), "flagged five days before the deadline");
        List<MimeMessage> toSales = mailsTo(below, sales.getEmail());
        List<MimeMessage> toManager = mailsTo(below, manager.getEmail());
        assertEquals(1, toSales.size(), "SALES told once");
        assertEquals(1, toManager.size(), "the general manager told once");
        assertEquals(0, mailsTo(below, quality.getEmail()).size(), "nobody else");
        assertEquals(
                "Survey " + below.getName() + ": coverage 50.0 % is below the target of 90 %",
                toSales.get(0).getSubject());
        assertTrue(
                body(toSales.get(0)).contains("1 more customers must reply before the deadline " + deadline),
                body(toSales.get(0)));
        assertEquals(
                "调查 " + below.getName() + "：覆盖率 50.0% 低于目标 90%",
                toManager.get(0).getSubject());

        assertNull(reload(reached).getBelowTargetFlaggedAt(), "the target reached exactly is not below it");
        for (Account person : List.of(sales, manager, quality)) {
            assertEquals(0, mailsTo(reached, person.getEmail()).size(), person.getUsername());
        }

        schedule.flagAndClose(timerRun(today, 21));
        assertEquals(CampaignStatus.CLOSED, reload(below).getStatus());
        assertEquals(CampaignStatus.CLOSED, reload(reached).getStatus());
    }

    // ---------------------------------------------------------------- CS-01 quarterly dispatch

    @Test
    void theQuarterlyCampaignHonoursTheDispatchDayAndItsSwitch_CS01() throws Exception {
        try {
            parameter(ProcedureParameter.CS01_DISPATCH_DAY, 12);
            parameter(ProcedureParameter.CS01_QUARTERLY_DISPATCH, 0);
            assertTrue(schedule.quarterlyCampaign(LocalDate.of(2091, 4, 12)).isEmpty(), "switched off");

            parameter(ProcedureParameter.CS01_QUARTERLY_DISPATCH, 1);
            assertTrue(schedule.quarterlyCampaign(LocalDate.of(2091, 4, 5)).isEmpty(), "not on the default day");
            assertTrue(
                    schedule.quarterlyCampaign(LocalDate.of(2091, 5, 12)).isEmpty(), "not in a quarter's second month");
            Optional<Long> planned = schedule.quarterlyCampaign(LocalDate.of(2091, 4, 12));
            assertTrue(planned.isPresent(), "on the dispatch day of the quarter's first month");
            SurveyCampaign campaign = em.find(SurveyCampaign.class, planned.get());
            assertEquals("2091-Q2", campaign.getName());
            assertEquals(LocalDate.of(2091, 1, 1), campaign.getPeriodStart(), "asks about the quarter just ended");
            assertEquals(LocalDate.of(2091, 3, 31), campaign.getPeriodEnd());
            assertEquals(LocalDate.of(2091, 4, 12), campaign.getDispatchDate());
            assertEquals(
                    LocalDate.of(2091, 4, 12).plusDays(settings.value(ProcedureParameter.CS04_REPLY_DAYS)),
                    campaign.getDeadline());
            assertTrue(schedule.quarterlyCampaign(LocalDate.of(2091, 4, 12)).isEmpty(), "one campaign per quarter");
        } finally {
            parameter(ProcedureParameter.CS01_DISPATCH_DAY, ProcedureParameter.CS01_DISPATCH_DAY.defaultValue());
            parameter(
                    ProcedureParameter.CS01_QUARTERLY_DISPATCH,
                    ProcedureParameter.CS01_QUARTERLY_DISPATCH.defaultValue());
        }
    }

    @Test
    void theYearEndLetterIsPlannedInDecemberWithItsOwnTextInTheRecipientsLanguage_CS01() throws Exception {
        useGreenMail();
        // 1949: no other test's customer, and none of the demonstration data, had business that year
        LocalDate december = LocalDate.of(1949, 12, 12);
        var year = new Planned(LocalDate.of(1949, 1, 1), LocalDate.of(1949, 12, 31));
        Customer customer = year.customer(List.of(SurveyChannel.EMAIL, SurveyChannel.EMAIL), List.of("en", "zh_CN"));
        String english = address(customer, 0);
        String chinese = address(customer, 1);
        try {
            parameter(ProcedureParameter.CS01_DISPATCH_DAY, 12);
            parameter(ProcedureParameter.CS01_QUARTERLY_DISPATCH, 0);
            assertTrue(schedule.yearEndLetter(december).isEmpty(), "switched off with the scheduled dispatch");

            parameter(ProcedureParameter.CS01_QUARTERLY_DISPATCH, 1);
            assertTrue(schedule.yearEndLetter(LocalDate.of(1949, 11, 12)).isEmpty(), "not in November");
            assertTrue(schedule.yearEndLetter(LocalDate.of(1949, 12, 5)).isEmpty(), "not on another day of December");
            assertTrue(schedule.quarterlyCampaign(december).isEmpty(), "December starts no quarter");
            Optional<Long> planned = schedule.yearEndLetter(december);
            assertTrue(planned.isPresent(), "on December's dispatch day");
            assertTrue(schedule.yearEndLetter(december).isEmpty(), "once per year");

            SurveyCampaign letter = em.find(SurveyCampaign.class, planned.get());
            assertEquals("1949 year-end", letter.getName());
            assertEquals(CampaignKind.YEAR_END_LETTER, letter.getKind());
            assertEquals(LocalDate.of(1949, 1, 1), letter.getPeriodStart(), "asks about the whole year");
            assertEquals(LocalDate.of(1949, 12, 31), letter.getPeriodEnd());
            assertEquals(december, letter.getDispatchDate());
            assertEquals(december.plusDays(settings.value(ProcedureParameter.CS04_REPLY_DAYS)), letter.getDeadline());
            assertEquals(CampaignStatus.PLANNED, letter.getStatus());

            // replies are still possible for the test: its links expire at the deadline, long past for 1949
            as.sales(() -> {
                SurveyCampaign edited = campaigns.find(letter.getId()).orElseThrow();
                edited.setDeadline(LocalDate.now(COMPANY).plusDays(30));
                return campaigns.save(edited);
            });
            // dispatched as the daily timer dispatches what it planned
            dispatch.run(planned.get());
            SurveyCampaign sent = awaitDispatched(letter);

            List<MimeMessage> toEnglish = invitationsTo(sent, english);
            List<MimeMessage> toChinese = invitationsTo(sent, chinese);
            assertEquals(1, toEnglish.size(), "one letter in English");
            assertEquals(1, toChinese.size(), "one letter in Chinese");
            assertEquals(
                    "Thank you for 1949: our year-end customer satisfaction letter 1949 year-end",
                    toEnglish.get(0).getSubject());
            String englishBody = body(toEnglish.get(0));
            assertTrue(
                    englishBody.contains("as the year 1949 comes to an end, we thank you sincerely for your trust"),
                    englishBody);
            assertTrue(englishBody.contains("the quality of our products, our delivery dates"), englishBody);
            assertTrue(englishBody.contains("We wish you a happy new year"), englishBody);
            assertFalse(englishBody.contains("every quarter"), "not the cycle's invitation: " + englishBody);
            assertEquals("1949年度感谢信暨客户满意度调查函 1949 year-end", toChinese.get(0).getSubject());
            String chineseBody = body(toChinese.get(0));
            assertTrue(chineseBody.contains("1949年即将过去，衷心感谢贵公司一年来对我们的信任与支持"), chineseBody);
            assertTrue(chineseBody.contains("产品质量、交货期和服务"), chineseBody);
            assertFalse(chineseBody.contains("每季度"), "not the cycle's invitation: " + chineseBody);

            // the reply works as for any campaign: the same questionnaire through the letter's link
            String token = token(toChinese.get(0));
            assertEquals(
                    letter.getQuestionnaire().getItems().size(),
                    replies.open(token).orElseThrow().questions().size());
            assertTrue(replies.submit(token, allFours(token)), "answered through the year-end letter's link");
            assertEquals(100.0, as.sales(() -> campaigns.coverage(sent.getId())).percent(), 1e-9);
        } finally {
            parameter(ProcedureParameter.CS01_DISPATCH_DAY, ProcedureParameter.CS01_DISPATCH_DAY.defaultValue());
            parameter(
                    ProcedureParameter.CS01_QUARTERLY_DISPATCH,
                    ProcedureParameter.CS01_QUARTERLY_DISPATCH.defaultValue());
        }
    }

    // ---------------------------------------------------------------- fixtures

    /** A campaign about a quarter of its own, its customers and their recipients. */
    private final class Planned {

        private final LocalDate periodStart;
        private final LocalDate periodEnd;

        Planned() {
            this(LocalDate.of(PERIOD_YEAR.getAndIncrement(), 1, 1));
        }

        private Planned(LocalDate periodStart) {
            this(periodStart, periodStart.plusMonths(3).minusDays(1));
        }

        /** Customers with a contract in the given period, for a campaign the test does not plan itself. */
        Planned(LocalDate periodStart, LocalDate periodEnd) {
            this.periodStart = periodStart;
            this.periodEnd = periodEnd;
        }

        /** A customer with a contract in the campaign's quarter and one recipient per channel. */
        Customer customer(List<SurveyChannel> channels, List<String> languages) throws Exception {
            String code = "SR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Customer customer =
                    as.sales(() -> customers.save(new Customer(code, "提醒客户" + code, "Reminder customer " + code)));
            as.sales(() -> contracts.save(new Contract("K-" + code, customer, periodStart, periodEnd)));
            for (int i = 0; i < channels.size(); i++) {
                var contact = new Contact(customer, "Recipient " + i);
                contact.setEmail(code.toLowerCase() + "." + i + "@customer.example");
                contact.setFax("0571-1234567");
                contact.setLanguage(languages.get(i));
                contact.setSurveyChannel(channels.get(i));
                contact.setSurveyRecipient(true);
                as.sales(() -> contacts.save(contact));
            }
            return customer;
        }

        /** Plans the campaign, dispatched today with the given deadline and target, and sends it. */
        SurveyCampaign dispatch(LocalDate deadline, int target) throws Exception {
            SurveyCampaign saved = as.sales(() -> {
                SurveyCampaign draft = campaigns.draft();
                draft.setName(
                        "IT-R-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
                draft.setPeriodStart(periodStart);
                draft.setPeriodEnd(periodEnd);
                draft.setDispatchDate(LocalDate.now(COMPANY));
                draft.setDeadline(deadline);
                draft.setCoverageTarget(target);
                return campaigns.save(draft);
            });
            as.sales(() -> campaigns.startDispatch(saved.getId()));
            return awaitDispatched(saved);
        }
    }

    /** Waits for the campaign's dispatch job to complete, then delivers its mails. */
    private SurveyCampaign awaitDispatched(SurveyCampaign campaign) throws Exception {
        for (int i = 0; i < 1200; i++) {
            SurveyCampaign now = reload(campaign);
            if (now.getStatus() == CampaignStatus.DISPATCHED
                    && jobs.latest(now.getDispatchExecution()).status() == BatchStatus.COMPLETED) {
                deliverAll();
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the dispatch did not complete");
    }

    /** The daily timer's moment on the given day after today: 07:00 in the company's zone. */
    private static Instant timerRun(LocalDate today, int daysLater) {
        return today.plusDays(daysLater).atTime(7, 0).atZone(COMPANY).toInstant();
    }

    private void parameter(ProcedureParameter parameter, int value) throws Exception {
        as.admin(() -> {
            ProcedureSetting setting = settings.all().stream()
                    .filter(s -> s.getParameter() == parameter)
                    .findFirst()
                    .orElseThrow();
            return settings.change(parameter, value, setting.getVersion());
        });
        assertEquals(value, settings.value(parameter));
    }

    private Account account(String username, Department department, String language) throws Exception {
        return as.admin(() -> {
            Account created = accounts.create(
                    username,
                    "Person " + username,
                    username + "@it.example",
                    EnumSet.of(department),
                    "it-secret-1".toCharArray());
            created.setLanguage(language);
            return accounts.update(created);
        });
    }

    private SurveyCampaign reload(SurveyCampaign campaign) {
        em.clear();
        return em.find(SurveyCampaign.class, campaign.getId());
    }

    private int remindedRounds(SurveyCampaign campaign, String address) {
        em.clear();
        return em.createQuery(
                        "select i from Invitation i where i.campaign.id = :c and i.contact.email = :a",
                        Invitation.class)
                .setParameter("c", campaign.getId())
                .setParameter("a", address)
                .getSingleResult()
                .getRemindersSent();
    }

    /** Two reminder runs for the same moment at the same time, as two servers' timers would. */
    private void runConcurrently(Instant at) throws Exception {
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        Future<Integer> first = executor.submit(() -> reminders.sendDue(at));
        Future<Integer> second = executor.submit(() -> reminders.sendDue(at));
        first.get(2, TimeUnit.MINUTES);
        second.get(2, TimeUnit.MINUTES);
    }

    private void reply(SurveyCampaign campaign, String address) throws Exception {
        String token = token(invitationsTo(campaign, address).get(0));
        assertTrue(replies.submit(token, allFours(token)));
    }

    private ReplyForm.Answers allFours(String token) {
        var scores = new HashMap<Long, Integer>();
        replies.open(token).orElseThrow().questions().forEach(q -> scores.put(q.itemId(), 4));
        return new ReplyForm.Answers(scores, Map.of(), null);
    }

    // ---------------------------------------------------------------- mail

    /** Points the application's SMTP settings (qd.mail.host/port) at GreenMail, started inside the server. */
    private void useGreenMail() throws Exception {
        MailServer.pointAt(smtpConfiguration);
    }

    private void deliverAll() {
        while (delivery.deliverDue() > 0) {
            // until the outbox is empty
        }
    }

    private static String address(Customer customer, int recipient) {
        return customer.getCode().toLowerCase() + "." + recipient + "@customer.example";
    }

    /** Every message the SMTP server received for this address about this campaign. */
    private static List<MimeMessage> mailsTo(SurveyCampaign campaign, String address) {
        return MailServer.received(
                m -> recipient(m).equals(address) && subject(m).contains(campaign.getName()));
    }

    private static List<MimeMessage> invitationsTo(SurveyCampaign campaign, String address) {
        return mailsTo(campaign, address).stream()
                .filter(m -> subject(m).startsWith("Customer satisfaction survey")
                        || subject(m).startsWith("客户满意度调查")
                        || subject(m).contains("year-end customer satisfaction letter")
                        || subject(m).contains("年度感谢信暨客户满意度调查函"))
                .toList();
    }

    private static List<MimeMessage> remindersTo(SurveyCampaign campaign, String address) {
        return mailsTo(campaign, address).stream()
                .filter(m -> subject(m).startsWith("Reminder:") || subject(m).startsWith("提醒"))
                .toList();
    }

    private static void assertReminders(SurveyCampaign campaign, Map<String, Integer> expected, String why) {
        var actual = new HashMap<String, Integer>();
        expected.keySet().forEach(a -> actual.put(a, remindersTo(campaign, a).size()));
        assertEquals(expected, actual, why);
    }

    private static String token(MimeMessage mail) {
        Matcher link = LINK.matcher(body(mail));
        assertTrue(link.find(), "a link in " + body(mail));
        return link.group(1);
    }
}
