package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.OwnPostgresDatabase;
import com.qualitydesk.it.support.ServerProcess;
import com.qualitydesk.it.support.TcpLink;
import com.qualitydesk.persistence.DatabaseMigration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Operations (issue 16): the load balancer's health check, /health/ready, against a database that
 * goes away and comes back, with the WAR on Payara Micro in a process of its own. On H2 the
 * database is an H2 server in this JVM that the test stops and starts again; on PostgreSQL (when
 * QD_DB_URL names one; a database of its own is created) the shared server cannot be stopped, so
 * the test cuts the TCP link to it and restores it. Nobody restarts the application in between.
 * While the server starts, the check is never answered UP before Quality Desk says it is ready.
 */
class DatabaseOutageIT {

    static Path work;
    static ServerProcess server;
    static Server h2;
    static int h2Port;
    static TcpLink link;
    static OwnPostgresDatabase own;
    static final List<String> duringStart = new ArrayList<>();
    /** Every answer of the check while the server started: when, the status, the body. */
    static final List<Answer> answers = new ArrayList<>();

    static volatile Instant firstUp;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startServer() throws Exception {
        work = Files.createTempDirectory("qd-outage");
        String databaseUrl;
        String databaseUser;
        String password;
        own = OwnPostgresDatabase.create("qd_outage").orElse(null);
        if (own != null) {
            link = new TcpLink(own.host(), own.port());
            databaseUrl = "jdbc:postgresql://127.0.0.1:" + link.port() + "/" + own.name();
            databaseUser = own.user();
            password = own.password();
        } else {
            h2Port = ServerProcess.freePort();
            startH2();
            databaseUrl = "jdbc:h2:tcp://127.0.0.1:" + h2Port + "/quality-desk;MODE=LEGACY";
            databaseUser = "qualitydesk";
            password = "qualitydesk";
        }
        var environment = new HashMap<String, String>();
        environment.put("QD_DATA_DIR", work.resolve("data").toString());
        environment.put("QD_DB_URL", databaseUrl);
        environment.put("QD_DB_USER", databaseUser);
        environment.put("QD_DB_PASSWORD", password);
        environment.put("QD_ADMIN_PASSWORD", System.getProperty("qd.admin.password", "it-admin-secret"));
        environment.put("QD_DEMO_DATA", "false");
        server = new ServerProcess(environment, work);
        // asks the check every 100 ms from the moment the process starts, migrations included
        var watcher = new Thread(() -> watchStart(server.base()), "health-watcher");
        watcher.setDaemon(true);
        watcher.start();
        server.start();
        watcher.join(Duration.ofSeconds(30).toMillis());
    }

    static void startH2() throws Exception {
        h2 = Server.createTcpServer(
                        "-tcpPort",
                        String.valueOf(h2Port),
                        "-baseDir",
                        work.resolve("h2").toString(),
                        "-ifNotExists")
                .start();
    }

    private static void watchStart(String base) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(until)) {
            try {
                long asked = System.currentTimeMillis();
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                int status = response.statusCode();
                synchronized (answers) {
                    answers.add(new Answer(asked, System.currentTimeMillis(), status, response.body()));
                }
                if (status == 200) {
                    firstUp = Instant.now();
                    synchronized (duringStart) {
                        duringStart.add("200 ready said: " + server.log().contains("Quality Desk is ready"));
                    }
                    return;
                }
                synchronized (duringStart) {
                    if (duringStart.isEmpty()
                            || !duringStart.get(duringStart.size() - 1).equals(String.valueOf(status))) {
                        duringStart.add(String.valueOf(status));
                    }
                }
            } catch (Exception notYet) {
                // nothing listens yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (link != null) {
            link.close();
        }
        if (h2 != null) {
            h2.stop();
        }
        if (own != null) {
            own.close();
        }
    }

    @Test
    void readinessIsNeverUpBeforeTheApplicationSaysItIsReady() {
        synchronized (duringStart) {
            assertTrue(firstUp != null, "the check answered UP once started: " + duringStart);
            assertEquals(
                    "200 ready said: true",
                    duringStart.get(duringStart.size() - 1),
                    "the first UP came after the word: " + duringStart);
        }
    }

    /**
     * While the migrations run, the application is not deployed yet and the server's own check
     * answers: 503 with a DOWN document, never a 404 or a 500 a load balancer might read otherwise.
     */
    @Test
    void readinessIsADownDocumentWhileTheMigrationsRun() throws Exception {
        long began = loggedAt(DatabaseMigration.MIGRATING);
        long ended = loggedAt(DatabaseMigration.MIGRATED);
        List<Answer> during;
        synchronized (answers) {
            during = answers.stream()
                    .filter(a -> a.asked() >= began && a.answered() <= ended)
                    .toList();
        }
        assertFalse(during.isEmpty(), "the check was asked while the migrations ran (" + (ended - began) + " ms)");
        for (Answer a : during) {
            assertEquals(503, a.status(), "while migrating: " + a.body());
            assertTrue(a.body().contains("\"status\":\"DOWN\""), "a DOWN document while migrating: " + a.body());
        }
    }

    /** The moment of the first server log record holding the text, from the record's timeMillis. */
    private static long loggedAt(String text) throws Exception {
        String log = server.log();
        int at = log.indexOf(text);
        assertTrue(at >= 0, "logged: " + text);
        var stamp = java.util.regex.Pattern.compile("timeMillis: (\\d+)");
        var matcher = stamp.matcher(log.substring(Math.max(0, log.lastIndexOf("\n[", at)), at));
        assertTrue(matcher.find(), "the record of \"" + text + "\" has its time");
        return Long.parseLong(matcher.group(1));
    }

    record Answer(long asked, long answered, int status, String body) {}

    @Test
    void readinessIsDownWhileTheDatabaseIsGoneAndUpAgainByItselfWhenItIsBack() throws Exception {
        assertEquals(200, ready().statusCode(), "up before the outage");
        assertEquals(200, customers().statusCode(), "the API answers before the outage");

        databaseGone();
        var down = until(503, Duration.ofSeconds(60));
        assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());
        assertTrue(down.body().contains("\"name\":\"database\""), down.body());
        int refused = customers().statusCode();
        assertTrue(refused >= 500, "without its database the API cannot answer: " + refused);

        databaseBack();
        var up = until(200, Duration.ofSeconds(90));
        assertTrue(up.body().contains("\"status\":\"UP\""), up.body());
        assertEquals(200, customers().statusCode(), "the API answers again without a restart");
        assertTrue(server.log().contains("Quality Desk is ready"), "the same server, never restarted");
    }

    private void databaseGone() throws Exception {
        if (link != null) {
            link.cut();
        } else {
            h2.stop();
        }
    }

    private void databaseBack() throws Exception {
        if (link != null) {
            link.restore();
        } else {
            startH2();
        }
    }

    private HttpResponse<String> until(int status, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        HttpResponse<String> last = ready();
        while (last.statusCode() != status && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            last = ready();
        }
        assertEquals(status, last.statusCode(), "within " + within + ": " + last.body());
        return last;
    }

    private HttpResponse<String> ready() throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.base() + "/health/ready"))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> customers() throws Exception {
        String admin = "admin:" + System.getProperty("qd.admin.password", "it-admin-secret");
        return http.send(
                HttpRequest.newBuilder(URI.create(server.base() + "/api/customers"))
                        .header(
                                "Authorization",
                                "Basic " + Base64.getEncoder().encodeToString(admin.getBytes(StandardCharsets.UTF_8)))
                        .header("Accept", "application/json")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
