package com.qualitydesk.survey.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.OwnPostgresDatabase;
import com.qualitydesk.it.support.ServerProcess;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * CS-04 under real crashes: the WAR on Payara Micro in a process of its own, its mail going to an
 * SMTP server on loopback in this JVM; SALES dispatches a campaign of a few thousand e-mail
 * recipients by clicking, and the server process is killed with SIGKILL while it invites, while it
 * hands the mails over, and at a random moment of what is left, each time started again. Nobody restarts anything: the server finds the dead run, marks it failed and resumes it.
 * With automatic resumption switched off (QD_JOBS_RESUMES=0) the run waits, failed, until the
 * administrator restarts it from Administration → Batch jobs.
 * Afterwards every recipient has exactly one invitation, nobody received a mail twice, and every
 * recipient whose mail did not arrive has it reported in doubt in the outbox. On H2, and on
 * PostgreSQL when QD_DB_URL names one (a database of its own is created for the test).
 */
class DispatchCrashIT {

    static final int CUSTOMERS = 2000;
    /** Every second customer has a second recipient. */
    static final int RECIPIENTS = CUSTOMERS + (CUSTOMERS + 1) / 2;

    static final String DOMAIN = "@crash.example";

    static Path work;
    static String databaseUrl;
    static String databaseUser;
    static String databasePassword;
    static OwnPostgresDatabase own;
    static GreenMail sink;
    static ServerProcess server;
    /** The server's settings, read at each of its starts. */
    static final Map<String, String> environment = new HashMap<>();

    static final List<String> figures = new ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        work = Files.createTempDirectory("qd-crash");
        own = OwnPostgresDatabase.create("qd_crash").orElse(null);
        if (own != null) {
            databaseUrl = own.url();
            databaseUser = own.user();
            databasePassword = own.password();
        } else {
            // AUTO_SERVER: this test reads the database while the server has it open
            databaseUrl = "jdbc:h2:file:" + work.resolve("db/quality-desk") + ";MODE=LEGACY;AUTO_SERVER=TRUE";
            databaseUser = "qualitydesk";
            databasePassword = "qualitydesk";
        }
        sink = new GreenMail(new ServerSetup(ServerProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sink.start();
        environment.put("QD_DATA_DIR", work.resolve("data").toString());
        environment.put("QD_DB_URL", databaseUrl);
        environment.put("QD_DB_USER", databaseUser);
        environment.put("QD_DB_PASSWORD", databasePassword);
        environment.put("QD_ADMIN_PASSWORD", System.getProperty("qd.admin.password", "it-admin-secret"));
        environment.put("QD_DEMO_DATA", "true");
        environment.put("QD_MAIL_HOST", "127.0.0.1");
        environment.put("QD_MAIL_PORT", String.valueOf(sink.getSmtp().getPort()));
        // a run whose server has been silent this long is dead (the default is meant for two instances)
        environment.put("QD_JOBS_SILENT_AFTER_SECONDS", "10");
        server = new ServerProcess(environment, work).start();
        importRecipients();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (sink != null) {
            sink.stop();
        }
        if (own != null) {
            own.close();
        }
        figures.forEach(System.out::println);
        Files.write(Path.of("target", "dispatch-crash-figures.txt"), figures, StandardCharsets.UTF_8);
    }

    /**
     * One campaign, killed three times: while it invites, once inviting has ended while mails are
     * still handed over, and at a random moment of what is left; each time started again and left
     * to resume by itself.
     */
    @Test
    void killedWhileInvitingWhileHandingOverAndAtRandomTheDispatchEndsWithOneInvitationAndAtMostOneMailEach_CS04()
            throws Exception {
        long seed = System.nanoTime();
        var random = new Random(seed);
        long campaign = dispatch("Crash test");

        waitFor(() -> invitations(campaign) >= RECIPIENTS / 6, Duration.ofMinutes(2));
        crashAndRestart("while inviting", campaign);

        waitFor(
                () -> ourInvitations(campaign) == RECIPIENTS || received() >= RECIPIENTS * 2 / 3,
                Duration.ofMinutes(3));
        crashAndRestart("while handing over", campaign);

        int before = received();
        waitFor(() -> received() > before || isDispatched(campaign), Duration.ofMinutes(3));
        Thread.sleep(random.nextInt(1500));
        crashAndRestart("at random (seed " + seed + ")", campaign);

        assertDispatchedOnceEach(campaign);
        administratorSeesTheInterruptedRunsAsFailedWithTheReason();
    }

    /**
     * With automatic resumption switched off (QD_JOBS_RESUMES=0), a dispatch killed while it
     * invites stays failed after the restart, shown as interrupted, until the administrator
     * restarts it from Administration → Batch jobs; it then ends with one invitation and at most
     * one mail each, as a resumed one does.
     */
    @Test
    void withAutomaticResumptionOffTheAdministratorRestartsTheKilledDispatchFromBatchJobs_CS04() throws Exception {
        environment.put("QD_JOBS_RESUMES", "0");
        try {
            long campaign = dispatch("Crash test, restarted by the administrator");
            long execution = query("SELECT dispatch_execution FROM survey_campaign WHERE id = ?", campaign);
            waitFor(() -> invitations(campaign) >= RECIPIENTS / 6, Duration.ofMinutes(2));
            crashAndRestart("while inviting, automatic resumption off", campaign);
            waitFor(
                    () -> query(
                                    "SELECT COUNT(*) FROM jbatchEXECUTIONINSTANCEDATA WHERE jobexecid = ?"
                                            + " AND batchstatus = 'FAILED' AND exitstatus = 'INTERRUPTED'",
                                    execution)
                            == 1,
                    Duration.ofMinutes(1));
            // left for the administrator: no newer run of the dispatch, the campaign not dispatched
            Thread.sleep(6000);
            assertEquals(execution, latestExecution(execution), "nothing resumed the dispatch by itself");
            assertTrue(!isDispatched(campaign), "the campaign waits for the administrator");
            try (var b = Browser.open(server.base(), "en")) {
                b.logInAsAdmin();
                b.go("/admin/batch-jobs.xhtml");
                b.useLanguage("EN");
                // a scheduled job may have run meanwhile: the dispatch's row is found by its execution
                String row = b.find(By.xpath("//tbody/tr[td[1][normalize-space()='" + execution + "']]"))
                        .getAttribute("data-ri");
                assertTrue(b.find(By.id("jobForm:jobTable:" + row + ":interrupted"))
                        .getText()
                        .contains("Interrupted"));
                b.click(By.id("jobForm:jobTable:" + row + ":restart"));
                b.waitForText("The job was restarted.");
            }
            figures.add(String.format("%s   restarted by the administrator from Batch jobs", database()));
            assertTrue(latestExecution(execution) > execution, "the administrator's restart is a new run");
            assertDispatchedOnceEach(campaign);
            assertTrue(
                    !server.log()
                            .contains("Job execution " + execution + " (survey-dispatch) died with its server:"
                                    + " marked failed and resumed"),
                    "the server did not resume the run by itself");
        } finally {
            environment.remove("QD_JOBS_RESUMES");
        }
    }

    static int latestExecution(long execution) {
        return query(
                "SELECT MAX(e.jobexecid) FROM jbatchEXECUTIONINSTANCEDATA e JOIN jbatchEXECUTIONINSTANCEDATA f"
                        + " ON f.jobinstanceid = e.jobinstanceid WHERE f.jobexecid = ?",
                execution);
    }

    /** SALES plans a campaign and dispatches it by clicking; its id. */
    static long dispatch(String name) throws Exception {
        sink.purgeEmailFromAllMailboxes();
        try (var b = Browser.open(server.base(), "en")) {
            b.logInAs("sales");
            b.go("/survey/campaigns.xhtml");
            b.click(By.id("listForm:newCampaign"));
            b.type(By.id("editForm:name"), name);
            b.click(By.id("editForm:save"));
            String href = b.find(By.linkText(name)).getAttribute("href");
            b.go(href.substring(href.indexOf("/survey/campaign.xhtml")));
            b.waitForText("Planned");
            b.click(By.id("campaignForm:tabs:dispatch"));
            b.click(By.id("campaignForm:confirmYes"));
            b.waitForText("Dispatch job");
            return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        }
    }

    static void crashAndRestart(String moment, long campaign) throws Exception {
        int invited = ourInvitations(campaign);
        int received = received();
        server.kill();
        figures.add(String.format(
                "%s kill %s: %d of %d recipients invited, %d mails at the SMTP server",
                database(), moment, invited, RECIPIENTS, received));
        Instant restarted = Instant.now();
        server.start();
        figures.add(String.format(
                "%s   started again in %d s",
                database(), Duration.between(restarted, Instant.now()).toSeconds()));
    }

    /**
     * Waits until the resumed dispatch ended (the campaign dispatched, no mail of it waiting), then
     * checks what a recipient and the administrator would check.
     */
    static void assertDispatchedOnceEach(long campaign) throws Exception {
        Instant start = Instant.now();
        waitFor(() -> isDispatched(campaign) && waitingMails(campaign) == 0, Duration.ofMinutes(4));
        // the demo data's recipients are invited too
        assertEquals(RECIPIENTS, ourInvitations(campaign), "one invitation per recipient");
        assertEquals(
                invitations(campaign),
                query("SELECT COUNT(DISTINCT contact_id) FROM survey_invitation WHERE campaign_id = ?", campaign),
                "nobody invited twice");

        Map<String, Integer> arrived = new HashMap<>();
        for (MimeMessage message : sink.getReceivedMessages()) {
            for (String to : recipients(message)) {
                arrived.merge(to, 1, Integer::sum);
            }
        }
        List<String> twice = arrived.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();

        Set<String> inDoubt = new HashSet<>();
        Set<String> sent = new HashSet<>();
        try (Connection c = connect();
                PreparedStatement s =
                        c.prepareStatement("SELECT m.recipient, m.status, m.handed_at FROM outgoing_mail m"
                                + " JOIN survey_invitation i ON m.event_key = CONCAT('survey-invitation-', CAST(i.id AS VARCHAR(20)))"
                                + " WHERE i.campaign_id = ?")) {
            s.setLong(1, campaign);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String to = r.getString(1).toLowerCase();
                    if (!to.endsWith(DOMAIN)) {
                        continue; // the demo data's few recipients, whom this sink does not count
                    }
                    if ("SENT".equals(r.getString(2))) {
                        sent.add(to);
                    } else if ("FAILED".equals(r.getString(2)) && r.getTimestamp(3) != null) {
                        inDoubt.add(to);
                    }
                }
            }
        }
        Set<String> missing = new HashSet<>();
        for (String to : sent) {
            if (!arrived.containsKey(to)) {
                missing.add(to);
            }
        }
        var notArrivedNorReported = new ArrayList<String>();
        for (int i = 0; i < CUSTOMERS; i++) {
            for (String to : i % 2 == 0 ? List.of("a" + i + DOMAIN, "b" + i + DOMAIN) : List.of("a" + i + DOMAIN)) {
                if (!arrived.containsKey(to) && !inDoubt.contains(to)) {
                    notArrivedNorReported.add(to);
                }
            }
        }
        figures.add(String.format(
                "%s after the kills: invitations %d of %d recipients, mails at the SMTP server %d for %d recipients,"
                        + " received twice %d, in doubt %d (of which arrived %d), finished %d s after the last start",
                database(),
                ourInvitations(campaign),
                RECIPIENTS,
                arrived.values().stream().mapToInt(Integer::intValue).sum(),
                arrived.size(),
                twice.size(),
                inDoubt.size(),
                inDoubt.stream().filter(arrived::containsKey).count(),
                Duration.between(start, Instant.now()).toSeconds()));
        assertEquals(List.of(), twice, "recipients who received the invitation twice");
        assertEquals(Set.of(), missing, "mails recorded as sent that never arrived");
        assertEquals(List.of(), notArrivedNorReported, "recipients without a mail and without a mail in doubt");
        assertTrue(
                query("SELECT COUNT(*) FROM jbatchEXECUTIONINSTANCEDATA WHERE exitstatus = 'INTERRUPTED'") > 0,
                "the run that died with the server is marked failed as interrupted");
    }

    /** The administrator's batch jobs screen shows the dead runs as failed, with why. */
    static void administratorSeesTheInterruptedRunsAsFailedWithTheReason() {
        try (var b = Browser.open(server.base(), "en")) {
            b.logInAsAdmin();
            b.go("/admin/batch-jobs.xhtml");
            String page = b.pageText();
            assertTrue(page.contains("Interrupted: its server stopped"), page);
            assertTrue(b.find(By.cssSelector("[id$='interrupted']"))
                    .getAttribute("title")
                    .contains("resumed from its last checkpoint by itself"));
            assertTrue(page.contains("Failed"), page);
            assertEquals(
                    0,
                    query(
                            "SELECT COUNT(*) FROM jbatchEXECUTIONINSTANCEDATA e JOIN jbatchJOBINSTANCEDATA i"
                                    + " ON i.jobinstanceid = e.jobinstanceid WHERE i.name LIKE ?"
                                    + " AND e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING')",
                            "%dispatch%"),
                    "no part of the dispatch is left running for good");
            b.screenshot("batch-jobs-after-crashes-en");
        }
    }

    static List<String> recipients(MimeMessage message) {
        try {
            var result = new ArrayList<String>();
            Address[] to = message.getAllRecipients();
            for (Address a : to == null ? new Address[0] : to) {
                String address = a.toString().toLowerCase();
                if (address.endsWith(DOMAIN)) {
                    result.add(address);
                }
            }
            return result;
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static int received() {
        int n = 0;
        for (MimeMessage message : sink.getReceivedMessages()) {
            n += recipients(message).size();
        }
        return n;
    }

    static int invitations(long campaign) {
        return query("SELECT COUNT(*) FROM survey_invitation WHERE campaign_id = ?", campaign);
    }

    /** The invitations of this test's recipients. */
    static int ourInvitations(long campaign) {
        return query(
                "SELECT COUNT(*) FROM survey_invitation i JOIN contact c ON c.id = i.contact_id"
                        + " WHERE i.campaign_id = ? AND c.email LIKE '%" + DOMAIN + "'",
                campaign);
    }

    static int waitingMails(long campaign) {
        return query(
                "SELECT COUNT(*) FROM outgoing_mail m JOIN survey_invitation i"
                        + " ON m.event_key = CONCAT('survey-invitation-', CAST(i.id AS VARCHAR(20)))"
                        + " WHERE i.campaign_id = ? AND m.status = 'QUEUED'",
                campaign);
    }

    static boolean isDispatched(long campaign) {
        return query("SELECT COUNT(*) FROM survey_campaign WHERE id = ? AND status = 'DISPATCHED'", campaign) == 1;
    }

    static int query(String sql, Object... parameters) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(databaseUrl, databaseUser, databasePassword);
    }

    static String database() {
        return databaseUrl.startsWith("jdbc:h2:") ? "[H2]" : "[PostgreSQL]";
    }

    static void waitFor(BooleanSupplier condition, Duration limit) throws InterruptedException {
        Instant until = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("not reached within " + limit.toSeconds() + " s");
            }
            Thread.sleep(50);
        }
    }

    /** CUSTOMERS customers with a running contract and RECIPIENTS e-mail recipients, imported as SALES (CC-01). */
    static void importRecipients() throws IOException, InterruptedException {
        var customers = new StringBuilder("code,name_zh,name_en,industry,address,status\n");
        var contracts = new StringBuilder("number,customer_code,start_date,end_date\n");
        var contacts = new StringBuilder(
                "customer_code,name,position,email,phone,fax,postal_address,language,survey_channel,survey_recipient\n");
        for (int i = 0; i < CUSTOMERS; i++) {
            String code = String.format("K%05d", i);
            String language = i % 3 == 0 ? "en" : "zh_CN";
            customers
                    .append(code)
                    .append(",崩溃测试客户")
                    .append(i)
                    .append(",Crash customer ")
                    .append(i)
                    .append(",Industry ")
                    .append(i % 7)
                    .append(",地址 ")
                    .append(i)
                    .append(",ACTIVE\n");
            contracts.append("KC-").append(code).append(',').append(code).append(",2020-01-01,\n");
            contacts.append(code)
                    .append(",Recipient A")
                    .append(i)
                    .append(",Buyer,a")
                    .append(i)
                    .append(DOMAIN)
                    .append(",,,,")
                    .append(language)
                    .append(",EMAIL,true\n");
            if (i % 2 == 0) {
                contacts.append(code)
                        .append(",Recipient B")
                        .append(i)
                        .append(",Quality,b")
                        .append(i)
                        .append(DOMAIN)
                        .append(",,,,")
                        .append(language)
                        .append(",EMAIL,true\n");
            }
        }
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String auth = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("sales:" + Browser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        for (var file : List.of(
                Map.entry("customers", customers),
                Map.entry("contracts", contracts),
                Map.entry("contacts", contacts))) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(server.base() + "/api/master-data/" + file.getKey()))
                            .header("Authorization", auth)
                            .header("Content-Type", "text/csv; charset=UTF-8")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    file.getValue().toString(), StandardCharsets.UTF_8))
                            .timeout(Duration.ofMinutes(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), file.getKey() + ": " + response.body());
            assertTrue(response.body().contains("\"imported\":true"), file.getKey() + ": " + response.body());
        }
    }
}
