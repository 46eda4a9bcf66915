package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.persistence.DatabaseMigration;
import com.qualitydesk.security.PublicEntrance;
import com.qualitydesk.security.PublicRateLimit;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.survey.LinkOpening;
import com.qualitydesk.survey.SurveyReplies;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The limit per network address at the ways in without an account (CC-02 website feedback, CS-04
 * questionnaire links), in the real WAR: over HTTP from inside the server, where this test's
 * requests come from the loopback address, and through the services for other addresses. The
 * counts are in the database, shared by every instance, so the test forgets the loopback's counts
 * before and after, and puts the settings back.
 */
@ExtendWith(ArquillianExtension.class)
class PublicRateLimitIT {

    static final String LOOPBACK = "127.0.0.1";

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInside(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    ProcedureSettings settings;

    @Inject
    PublicRateLimit rateLimit;

    @Inject
    SurveyReplies replies;

    /** The request of Arquillian's runner: it tells where this server listens. */
    @Inject
    HttpServletRequest runnerRequest;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();

    private int linksBefore;
    private int intakeBefore;

    @BeforeEach
    void rememberTheSettingsAndForgetTheLoopback() throws Exception {
        linksBefore = settings.value(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR);
        intakeBefore = settings.value(ProcedureParameter.CC02_INTAKE_PER_HOUR);
        forget(LOOPBACK);
    }

    @AfterEach
    void putTheSettingsBack() throws Exception {
        change(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR, linksBefore);
        change(ProcedureParameter.CC02_INTAKE_PER_HOUR, intakeBefore);
        forget(LOOPBACK);
    }

    @Test
    void randomLinksFromOneAddressGet429AfterTheLimitWithAPageInBothLanguages_CS04() throws Exception {
        change(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR, 5);
        for (int i = 0; i < 5; i++) {
            var guess = reply(randomToken());
            assertEquals(200, guess.statusCode(), "guess " + i);
            assertTrue(guess.body().contains("This link cannot be used"), guess.body());
            assertEquals(
                    "no-referrer", guess.headers().firstValue("Referrer-Policy").orElse(""), "the token stays");
        }
        var refused = reply(randomToken());
        assertEquals(429, refused.statusCode(), refused.body());
        long retryAfter =
                Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 3600, "seconds until the address's hour is over: " + retryAfter);
        assertTrue(refused.body().contains("Too many attempts"), refused.body());
        assertTrue(refused.body().contains("尝试次数过多"), refused.body());
        assertFalse(refused.body().contains("This link cannot be used"), "not the page for a link");
        assertFalse(refused.body().contains("replyForm:save"), "no form");

        String someoneElse = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
        assertEquals(
                LinkOpening.Outcome.UNUSABLE,
                replies.openFrom(randomToken(), someoneElse).outcome(),
                "another address is not affected");
    }

    @Test
    void theLimitFollowsTheSetting_CS04() throws Exception {
        change(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR, 2);
        assertEquals(200, reply(randomToken()).statusCode());
        assertEquals(200, reply(randomToken()).statusCode());
        assertEquals(429, reply(randomToken()).statusCode(), "two a hour");

        change(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR, 4);
        assertEquals(200, reply(randomToken()).statusCode(), "raised to four: the refused one did not count");
        assertEquals(200, reply(randomToken()).statusCode());
        assertEquals(429, reply(randomToken()).statusCode(), "four a hour");

        change(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR, 1);
        assertEquals(429, reply(randomToken()).statusCode(), "lowered below what was counted");
    }

    @Test
    void whenTheAddressesHourIsOverItMayTryAgain_CS04() throws Exception {
        change(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR, 1);
        assertEquals(200, reply(randomToken()).statusCode());
        assertEquals(429, reply(randomToken()).statusCode());
        startedAgo(PublicEntrance.SURVEY_LINK, LOOPBACK, Duration.ofMinutes(61));
        assertEquals(200, reply(randomToken()).statusCode(), "a new hour");
        assertEquals(429, reply(randomToken()).statusCode());
    }

    @Test
    void countsAnotherInstanceWroteToTheDatabaseHoldHere_CS04() throws Exception {
        int limit = settings.value(ProcedureParameter.CS04_BAD_LINKS_PER_HOUR);
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 250) + "-" + UUID.randomUUID();
        // the row another instance leaves when the address has used up its hour there
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO public_attempt_window"
                        + " (entrance, address, window_start, attempts) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, PublicEntrance.SURVEY_LINK.name());
            insert.setString(2, address);
            insert.setTimestamp(3, Timestamp.from(Instant.now().minusSeconds(60)));
            insert.setInt(4, limit);
            insert.executeUpdate();
        }
        LinkOpening opening = replies.openFrom(randomToken(), address);
        assertEquals(LinkOpening.Outcome.TOO_MANY, opening.outcome());
        assertTrue(
                opening.retryAfter().compareTo(Duration.ofMinutes(58)) > 0,
                "the rest of the hour: " + opening.retryAfter());
        assertNull(rateLimit.waitFor(PublicEntrance.WEBSITE_FEEDBACK, address), "each entrance counts on its own");
    }

    @Test
    void concurrentAttemptsFromOneAddressNeverPassTheLimit_CC02_CS04() throws Exception {
        change(ProcedureParameter.CC02_INTAKE_PER_HOUR, 10);
        String address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 250) + "-" + UUID.randomUUID();
        var pool = Executors.newFixedThreadPool(8);
        try {
            var attempts = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 40; i++) {
                Callable<Boolean> attempt = () -> rateLimit.admit(PublicEntrance.WEBSITE_FEEDBACK, address);
                attempts.add(pool.submit(attempt));
            }
            int admitted = 0;
            for (Future<Boolean> attempt : attempts) {
                admitted += attempt.get() ? 1 : 0;
            }
            assertEquals(10, admitted, "exactly the limit, however many come at once");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(rateLimit.waitFor(PublicEntrance.WEBSITE_FEEDBACK, address) != null);
    }

    @Test
    void overTheLimitTheFeedbackPageAnswers429WithoutTheForm_CC02() throws Exception {
        change(ProcedureParameter.CC02_INTAKE_PER_HOUR, 2);
        assertEquals(200, get("/public/feedback.xhtml?lang=en").statusCode(), "below the limit: the form");
        assertTrue(rateLimit.admit(PublicEntrance.WEBSITE_FEEDBACK, LOOPBACK));
        assertTrue(rateLimit.admit(PublicEntrance.WEBSITE_FEEDBACK, LOOPBACK));

        var en = get("/public/feedback.xhtml?lang=en");
        assertEquals(429, en.statusCode());
        assertTrue(Long.parseLong(en.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertTrue(en.body().contains("Please wait a little"), en.body());
        assertFalse(en.body().contains("feedbackForm"), "no form to fill in for nothing");

        var zh = get("/public/feedback.xhtml?lang=zh_CN");
        assertEquals(429, zh.statusCode());
        assertTrue(zh.body().contains("请稍候再试"), zh.body());
    }

    private HttpResponse<String> reply(String token) throws Exception {
        return get("/public/survey/reply.xhtml?t=" + token);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    /** Looks like a link's token (43 characters of base64url) and opens nothing. */
    private static String randomToken() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private void change(ProcedureParameter parameter, int value) throws Exception {
        as.admin(() -> {
            var setting = settings.all().stream()
                    .filter(s -> s.getParameter() == parameter)
                    .findFirst()
                    .orElseThrow();
            return setting.getValue() == value ? setting : settings.change(parameter, value, setting.getVersion());
        });
    }

    private void forget(String address) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM public_attempt_window WHERE address = ?")) {
            delete.setString(1, address);
            delete.executeUpdate();
        }
    }

    /** As if the clock had moved on: the address's hour began that long ago. */
    private void startedAgo(PublicEntrance entrance, String address, Duration ago) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE public_attempt_window SET window_start = ? WHERE entrance = ? AND address = ?")) {
            update.setTimestamp(1, Timestamp.from(Instant.now().minus(ago)));
            update.setString(2, entrance.name());
            update.setString(3, address);
            assertEquals(1, update.executeUpdate());
        }
    }
}
