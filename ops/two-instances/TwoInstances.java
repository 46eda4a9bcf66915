import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Two instances of the WAR on one PostgreSQL, clustered over loopback only, an SMTP sink, and a
 * load of people using both while one instance is killed (SIGKILL) and started again at a steady
 * pace. Reports the requests that failed (and whether each was in flight on a killed instance or
 * sent to it while it was down), the mails the SMTP sink received twice (by their
 * X-Quality-Desk-Mail header, the outbox row's key), the escalations told twice and the survey
 * invitations given twice. Run by run.sh next to it; the arguments are set there.
 *
 * <p>Usage: java -cp postgresql.jar TwoInstances.java micro.jar app.war jdbc-url work-dir minutes users kill-every-seconds
 */
public class TwoInstances {

    static final String PASSWORD = "demo-2026";
    static final String[] USERS = {"sales", "quality", "technical", "production", "finance", "office", "gm"};
    static final String[] PAGES = {"/index.xhtml", "/task/inbox.xhtml", "/customer/customers.xhtml", "/feedback/actions.xhtml"};
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    static final AtomicLong requests = new AtomicLong();
    static final AtomicLong failed = new AtomicLong();
    static final AtomicLong failedOnKilled = new AtomicLong();
    static final AtomicLong loginsAgain = new AtomicLong();
    static final List<String> unexplained = new CopyOnWriteArrayList<>();
    static final Map<String, AtomicInteger> mails = new ConcurrentHashMap<>();
    static final AtomicLong mailsReceived = new AtomicLong();
    static final Map<Integer, AtomicInteger> escalationRuns = new ConcurrentHashMap<>();
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        Path micro = Path.of(args[0]);
        Path war = Path.of(args[1]);
        String jdbc = args[2];
        Path work = Path.of(args[3]);
        Duration length = Duration.ofMinutes(Long.parseLong(args[4]));
        int people = Integer.parseInt(args[5]);
        Duration killEvery = Duration.ofSeconds(Long.parseLong(args[6]));
        Files.createDirectories(work);

        int smtpPort = smtpSink();
        var a = new Instance("A", free(), 5900, micro, war, jdbc, smtpPort, work);
        var b = new Instance("B", free(), 5901, micro, war, jdbc, smtpPort, work);
        long t0 = System.nanoTime();
        a.start(); // the first start migrates the schema and loads the demo company
        b.start();
        System.out.printf("both instances ready in %d s (A :%d, B :%d), SMTP sink :%d%n",
                (System.nanoTime() - t0) / 1_000_000_000, a.port, b.port, smtpPort);
        Instance[] instances = {a, b};

        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            int person = i;
            threads.add(start(() -> person(person, instances)));
        }
        threads.add(start(() -> operator(instances)));
        Instant end = Instant.now().plus(length);
        int kills = 0;
        Instant nextKill = Instant.now().plus(killEvery);
        while (Instant.now().isBefore(end)) {
            Thread.sleep(1000);
            if (Instant.now().isAfter(nextKill) && Instant.now().plus(Duration.ofSeconds(60)).isBefore(end)) {
                Instance victim = instances[kills % 2];
                System.out.printf("%s kill -9 instance %s%n", Instant.now(), victim.name);
                victim.kill();
                kills++;
                Thread.sleep(10_000);
                victim.start();
                System.out.printf("%s instance %s ready again%n", Instant.now(), victim.name);
                nextKill = Instant.now().plus(killEvery);
            }
        }
        running = false;
        for (Thread t : threads) {
            t.join(60_000);
        }
        // the outbox hands over what is left at its next turn (every 5 minutes)
        System.out.println("waiting up to 6 minutes for the outbox to empty");
        Instant until = Instant.now().plus(Duration.ofMinutes(6));
        while (Instant.now().isBefore(until) && waitingMails(jdbc) > 0) {
            Thread.sleep(5000);
        }
        report(jdbc, kills);
        a.kill();
        b.kill();
    }

    /** One person: logs in on one instance, reads pages; on a refused connection goes to the other. */
    static void person(int number, Instance[] instances) {
        var random = new Random(number);
        String user = USERS[number % USERS.length];
        int at = number % 2;
        HttpClient http = null;
        while (running) {
            Instance instance = instances[at];
            try {
                if (http == null) {
                    http = client();
                    login(http, instance, user);
                }
                String page = PAGES[random.nextInt(PAGES.length)];
                var response = send(http, HttpRequest.newBuilder(URI.create(instance.base() + page)).GET().build(), instance);
                if (response.statusCode() != 200 || response.body().contains("id=\"loginForm\"")) {
                    // a page answered by the other instance's login form: the session lived on the killed one
                    loginsAgain.incrementAndGet();
                    http = null;
                }
                Thread.sleep(500 + random.nextInt(1500));
            } catch (IOException e) {
                if (http != null) {
                    loginsAgain.incrementAndGet(); // the other instance does not know the session
                }
                http = null;
                at = 1 - at; // the instance is gone: the load balancer sends the person to the other
                sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Every 20 s an administrator starts an escalation run on one instance or the other, judging the
     * open steps at a working moment a month ahead (the rules judge nothing outside working hours),
     * when the demo company's steps are all late: each run warns and escalates, and four runs in a
     * row (two on each instance) judge the same moment, so that anything told twice would show.
     */
    static void operator(Instance[] instances) {
        var zone = java.time.ZoneId.of("Asia/Shanghai");
        var day = java.time.LocalDate.now(zone).plusDays(30);
        int turn = 0;
        while (running) {
            Instance instance = instances[turn % 2];
            int group = turn / 4;
            var date = day;
            for (int d = 0; d <= group / 7; d++) {
                date = date.plusDays(1);
                while (date.getDayOfWeek().getValue() > 5) {
                    date = date.plusDays(1);
                }
            }
            Instant at = date.atTime(9 + group % 7, 30).atZone(zone).toInstant();
            turn++;
            try {
                var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                var answer = send(http, HttpRequest.newBuilder(URI.create(instance.base() + "/api/escalation-runs?at=" + at))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(), instance);
                escalationRuns.computeIfAbsent(answer.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            } catch (IOException e) {
                // the instance is down; the next turn tries the other
            } catch (InterruptedException e) {
                return;
            }
            sleep(20_000);
        }
    }

    static HttpResponse<String> send(HttpClient http, HttpRequest request, Instance instance)
            throws IOException, InterruptedException {
        requests.incrementAndGet();
        Instant sent = Instant.now();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            failed.incrementAndGet();
            if (instance.downSince(sent)) {
                failedOnKilled.incrementAndGet();
            } else {
                unexplained.add(Instant.now() + " " + request.uri() + " " + e);
            }
            throw e;
        }
    }

    static void login(HttpClient http, Instance instance, String user) throws IOException, InterruptedException {
        var page = send(http, HttpRequest.newBuilder(URI.create(instance.base() + "/login.xhtml")).GET().build(), instance);
        var m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IOException("no login form on " + instance.name);
        }
        String form = "loginForm=loginForm&loginForm%3Ausername=" + user + "&loginForm%3Apassword=" + PASSWORD
                + "&loginForm%3Asubmit=loginForm%3Asubmit&jakarta.faces.ViewState="
                + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        var answer = send(http, HttpRequest.newBuilder(URI.create(instance.base() + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), instance);
        if (answer.body().contains("id=\"loginForm\"")) {
            throw new IllegalStateException(user + " could not log in on " + instance.name);
        }
    }

    static HttpClient client() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static long waitingMails(String jdbc) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM outgoing_mail WHERE status = 'QUEUED' AND handed_at IS NULL")) {
            r.next();
            return r.getLong(1);
        }
    }

    static void report(String jdbc, int kills) throws Exception {
        long twice = mails.values().stream().filter(n -> n.get() > 1).count();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "")) {
            long escalationsTwice = count(c, "SELECT COUNT(*) FROM (SELECT task_id, message_key, recipient FROM notification"
                    + " WHERE task_id IS NOT NULL GROUP BY task_id, message_key, recipient HAVING COUNT(*) > 1) d");
            long notifications = count(c, "SELECT COUNT(*) FROM notification");
            long invitationsTwice = count(c, "SELECT COUNT(*) FROM (SELECT campaign_id, contact_id FROM survey_invitation"
                    + " GROUP BY campaign_id, contact_id HAVING COUNT(*) > 1) d");
            long outbox = count(c, "SELECT COUNT(*) FROM outgoing_mail");
            long sent = count(c, "SELECT COUNT(*) FROM outgoing_mail WHERE status = 'SENT'");
            long doubt = count(c, "SELECT COUNT(*) FROM outgoing_mail WHERE status = 'QUEUED' AND handed_at IS NOT NULL");
            System.out.println("== figures");
            System.out.printf("instances killed (SIGKILL) and started again: %d%n", kills);
            System.out.printf("requests: %d, failed: %d (in flight on a killed instance or sent to it while down: %d; unexplained: %d)%n",
                    requests.get(), failed.get(), failedOnKilled.get(), unexplained.size());
            System.out.printf("people sent to the login page after their instance died: %d%n", loginsAgain.get());
            System.out.printf("mails in the outbox: %d, sent: %d, in doubt: %d; received by the SMTP sink: %d, received twice: %d%n",
                    outbox, sent, doubt, mailsReceived.get(), twice);
            System.out.printf("escalation runs started, by answer: %s; notifications: %d, escalations told twice: %d%n",
                    escalationRuns, notifications, escalationsTwice);
            System.out.printf("survey invitations given twice: %d%n", invitationsTwice);
            unexplained.stream().limit(20).forEach(u -> System.out.println("  unexplained: " + u));
            if (twice > 0 || escalationsTwice > 0 || invitationsTwice > 0 || !unexplained.isEmpty()) {
                System.out.println("RESULT: FAILED");
                System.exit(1);
            }
            System.out.println("RESULT: passed");
        }
    }

    static long count(Connection c, String sql) throws Exception {
        try (ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** An SMTP server that accepts every message and counts them by the outbox key they carry. */
    static int smtpSink() throws IOException {
        var server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        start(() -> {
            while (true) {
                try {
                    Socket s = server.accept();
                    start(() -> smtp(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
        return server.getLocalPort();
    }

    static void smtp(Socket s) {
        try (s;
                var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream out = s.getOutputStream()) {
            reply(out, "220 sink");
            for (String line; (line = in.readLine()) != null; ) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String key = null;
                        for (String d; (d = in.readLine()) != null && !d.equals("."); ) {
                            if (key == null && d.startsWith("X-Quality-Desk-Mail:")) {
                                key = d.substring("X-Quality-Desk-Mail:".length()).trim();
                            }
                        }
                        mailsReceived.incrementAndGet();
                        mails.computeIfAbsent(key == null ? "no key " + mailsReceived.get() : key, k -> new AtomicInteger())
                                .incrementAndGet();
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException e) {
            // the instance that was talking to the sink died
        }
    }

    static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static Thread start(Runnable work) {
        var t = new Thread(work);
        t.setDaemon(true);
        t.start();
        return t;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int free() throws IOException {
        try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** One Payara Micro instance of the WAR, clustered with the other over loopback only. */
    static final class Instance {
        final String name;
        final int port;
        final int clusterPort;
        final Path micro;
        final Path war;
        final String jdbc;
        final int smtpPort;
        final Path work;
        Process process;
        volatile Instant downAt;
        volatile Instant upAt;
        int starts;

        Instance(String name, int port, int clusterPort, Path micro, Path war, String jdbc, int smtpPort, Path work) {
            this.name = name;
            this.port = port;
            this.clusterPort = clusterPort;
            this.micro = micro;
            this.war = war;
            this.jdbc = jdbc;
            this.smtpPort = smtpPort;
            this.work = work;
        }

        String base() {
            return "http://127.0.0.1:" + port;
        }

        /** Whether a request sent at this moment met the instance dead, dying or not yet back. */
        boolean downSince(Instant sent) {
            Instant down = downAt;
            Instant up = upAt;
            return down != null && (up == null || up.isBefore(down) || !sent.isAfter(up.plusSeconds(2)) && !sent.isBefore(down.minusSeconds(5)));
        }

        void start() throws Exception {
            Path log = work.resolve(name + "-" + (++starts) + ".log");
            var command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", micro.toString(),
                    "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                    "--name", name, "--clustername", "quality-desk-two", "--clustermode", "tcpip:127.0.0.1:5900,127.0.0.1:5901",
                    "--startport", String.valueOf(clusterPort),
                    "--interfaces", "127.0.0.1",
                    "--prebootcommandfile", Path.of("web-ui", "src", "main", "payara", "pre-boot-commands.asadmin").toString());
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("QD_DB_URL", jdbc);
            builder.environment().put("QD_DB_USER", "postgres");
            builder.environment().put("QD_DB_PASSWORD", "");
            builder.environment().put("QD_DATA_DIR", work.resolve("data-" + name).toString());
            builder.environment().put("QD_ADMIN_PASSWORD", PASSWORD);
            builder.environment().put("QD_DEMO_DATA", "true");
            builder.environment().put("QD_MAIL_HOST", "127.0.0.1");
            builder.environment().put("QD_MAIL_PORT", String.valueOf(smtpPort));
            builder.environment().put("QD_PUBLIC_URL", base());
            process = builder.start();
            Instant until = Instant.now().plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(until)) {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                if (text.contains("Quality Desk is ready") && text.matches("(?s).*Payara Micro .* ready in .*")) {
                    upAt = Instant.now();
                    return;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("instance " + name + " ended while starting; see " + log);
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("instance " + name + " did not start in 5 minutes; see " + log);
        }

        void kill() throws InterruptedException {
            downAt = Instant.now();
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
