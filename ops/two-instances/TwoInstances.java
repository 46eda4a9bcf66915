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
 * invitations given twice (the load phase). Run by run.sh next to it; the arguments are set there.
 *
 * <p>The dispatch phase ({@link Dispatch}) dispatches a survey campaign on one instance, kills it and
 * has an administrator on the other restart what the product did not resume by itself.
 *
 * <p>Usage: java -cp postgresql.jar TwoInstances.java micro.jar app.war jdbc-url work-dir
 * load|dispatch|all minutes users kill-every-seconds customers
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
    /** Every message the sink accepted: its X-Quality-Desk-Mail key and its recipient. */
    static final List<String[]> deliveries = new CopyOnWriteArrayList<>();
    static final Map<Integer, AtomicInteger> escalationRuns = new ConcurrentHashMap<>();
    static volatile boolean running = true;

    public static void main(String[] args) throws Exception {
        Path micro = Path.of(args[0]);
        Path war = Path.of(args[1]);
        String jdbc = args[2];
        Path work = Path.of(args[3]);
        String phase = args[4];
        Duration length = Duration.ofMinutes(Long.parseLong(args[5]));
        int people = Integer.parseInt(args[6]);
        Duration killEvery = Duration.ofSeconds(Long.parseLong(args[7]));
        int customers = Integer.parseInt(args[8]);
        Files.createDirectories(work);

        int smtpPort = smtpSink();
        int[] clusterPorts = {free(), free()};
        String members = "tcpip:127.0.0.1:" + clusterPorts[0] + ",127.0.0.1:" + clusterPorts[1];
        var a = new Instance("A", free(), clusterPorts[0], members, micro, war, jdbc, smtpPort, work);
        var b = new Instance("B", free(), clusterPorts[1], members, micro, war, jdbc, smtpPort, work);
        long t0 = System.nanoTime();
        a.start(); // the first start migrates the schema and loads the demo company
        b.start();
        System.out.printf("both instances ready in %d s (A :%d, B :%d), SMTP sink :%d%n",
                (System.nanoTime() - t0) / 1_000_000_000, a.port, b.port, smtpPort);
        Instance[] instances = {a, b};
        boolean passed = true;
        if (phase.equals("load") || phase.equals("all")) {
            passed = load(instances, jdbc, length, people, killEvery);
        }
        if (phase.equals("dispatch") || phase.equals("all")) {
            passed &= new Dispatch(a, b, jdbc, customers).run();
        }
        a.kill();
        b.kill();
        System.out.println(passed ? "RESULT: passed" : "RESULT: FAILED");
        System.exit(passed ? 0 : 1);
    }

    /**
     * People using both instances for the given time while one is killed and started again at the
     * given pace, an administrator starting escalation runs beside them; whether nothing was
     * duplicated and every failed request is explained by a kill.
     */
    static boolean load(Instance[] instances, String jdbc, Duration length, int people, Duration killEvery)
            throws Exception {
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
        return report(jdbc, kills);
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

    static boolean report(String jdbc, int kills) throws Exception {
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
            boolean passed = twice == 0 && escalationsTwice == 0 && invitationsTwice == 0 && unexplained.isEmpty();
            System.out.println("load: " + (passed ? "passed" : "FAILED"));
            return passed;
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
            String recipient = null;
            for (String line; (line = in.readLine()) != null; ) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "RCPT" -> {
                        recipient = line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1").toLowerCase();
                        reply(out, "250 ok");
                    }
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
                        deliveries.add(new String[] {key, recipient});
                        recipient = null;
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

    /**
     * Issue 16's dispatch after a crash, with two instances: SALES dispatches a campaign of a few
     * thousand e-mail recipients on A by the campaign screen's button, A is killed (SIGKILL) once
     * part of the mails has arrived, and an administrator on B watches Administration → Batch jobs
     * until the run on the dead instance shows as failed, and restarts it there unless the product
     * has already resumed it by itself. Two rounds: first with the shipped settings (B resumes the
     * run by itself), then with automatic resumption switched off (QD_JOBS_RESUMES=0 on both), so
     * that the administrator's restart on B is what finishes the dispatch. After each round, A is
     * started again and must send nothing; every recipient must have one invitation and at most one
     * mail, and each mail that did not arrive must be reported in doubt.
     */
    static final class Dispatch {

        static final String DOMAIN = "@two.example";
        static final Pattern ROW = Pattern.compile("<tr[^>]*data-ri=\"(\\d+)\"(.*?)</tr>", Pattern.DOTALL);
        static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

        final Instance a;
        final Instance b;
        final String jdbc;
        final int customers;
        final int recipients;
        final List<String> figures = new ArrayList<>();

        Dispatch(Instance a, Instance b, String jdbc, int customers) {
            this.a = a;
            this.b = b;
            this.jdbc = jdbc;
            this.customers = customers;
            this.recipients = customers + (customers + 1) / 2;
        }

        boolean run() throws Exception {
            Instant t = Instant.now();
            importRecipients(a);
            System.out.printf("dispatch: %d customers, %d e-mail recipients imported on A in %d s%n",
                    customers, recipients, Duration.between(t, Instant.now()).toSeconds());
            boolean passed = round(1, "shipped settings (automatic resumption on)");
            // the operator switches automatic resumption off on both instances, one after the other
            a.settings.put("QD_JOBS_RESUMES", "0");
            b.settings.put("QD_JOBS_RESUMES", "0");
            b.stop();
            b.start();
            System.out.printf("%s B started again with QD_JOBS_RESUMES=0 (A was, after round 1)%n", Instant.now());
            passed &= round(2, "QD_JOBS_RESUMES=0 (automatic resumption off)");
            System.out.println("== dispatch figures");
            figures.forEach(System.out::println);
            System.out.println("dispatch: " + (passed ? "passed" : "FAILED"));
            return passed;
        }

        boolean round(int number, String settings) throws Exception {
            String name = "Two instances " + number + " " + ProcessHandle.current().pid();
            var sales = new Faces(a, "sales");
            long campaign = sales.newCampaign(name, jdbc);
            Instant dispatched = Instant.now();
            sales.dispatch(campaign);
            long first = single("SELECT dispatch_execution FROM survey_campaign WHERE id = ?", campaign);
            System.out.printf("%s round %d (%s): campaign %d dispatched on A by SALES, execution %d%n",
                    Instant.now(), number, settings, campaign, first);

            // A hands over part of the mails, then dies
            Instant until = Instant.now().plus(Duration.ofMinutes(3));
            while (arrived(campaign).values().stream().mapToInt(Integer::intValue).sum() < recipients / 5) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("round " + number + ": A sent fewer than a fifth of the mails in 3 minutes");
                }
                Thread.sleep(50);
            }
            a.kill();
            Instant killed = Instant.now();
            int invitedAtKill = invited(campaign);
            int mailsAtKill = arrived(campaign).values().stream().mapToInt(Integer::intValue).sum();
            System.out.printf("%s kill -9 A %d s after the dispatch began: %d of %d invited, %d mails at the sink%n",
                    killed, Duration.between(dispatched, killed).toSeconds(), invitedAtKill, recipients, mailsAtKill);

            // the administrator on B
            var admin = new Faces(b, "admin");
            Instant failedSeen = null;
            String clicked = null;
            long restartedAs = first;
            until = Instant.now().plus(Duration.ofMinutes(3));
            while (restartedAs == first) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("round " + number + ": the run on A was neither resumed nor restartable on B in 3 minutes");
                }
                List<String[]> rows = admin.batchJobs(campaign);
                String[] latest = rows.isEmpty() ? null : rows.get(0); // newest first
                if (latest != null && Long.parseLong(latest[1]) > first) {
                    restartedAs = Long.parseLong(latest[1]);
                    failedSeen = Instant.now();
                } else if (latest != null && latest[3] != null) {
                    failedSeen = Instant.now();
                    System.out.printf("%s B's batch jobs screen shows execution %s as %s, %d s after the kill: the administrator restarts it%n",
                            failedSeen, latest[1], latest[2], Duration.between(killed, failedSeen).toSeconds());
                    clicked = admin.restart(latest[3]);
                    System.out.printf("%s the screen answered: %s%n", Instant.now(), clicked);
                    restartedAs = newest(first);
                    if (restartedAs == first) {
                        Thread.sleep(2000);
                    }
                } else {
                    Thread.sleep(2000);
                }
            }
            boolean automatic = Files.readString(b.log, StandardCharsets.UTF_8)
                    .contains("Job execution " + first + " (survey-dispatch) died with its server: marked failed and resumed");
            String finishedBy = automatic && clicked == null
                    ? "resumed automatically on B"
                    : !automatic && clicked != null
                            ? "restarted by the administrator on B"
                            : automatic ? "resumed automatically on B while the administrator pressed restart (" + clicked + ")"
                                    : "neither resumed by B nor restarted by the administrator";
            String heartbeat = text("SELECT instance FROM job_heartbeat WHERE execution_id = ?", restartedAs);
            System.out.printf("%s execution %d of the dispatch %s, %d s after the kill (running on %s)%n",
                    Instant.now(), restartedAs, finishedBy, Duration.between(killed, failedSeen).toSeconds(),
                    heartbeat == null ? "an ended run" : heartbeat.startsWith(b.pid() + "@") ? "B" : heartbeat);

            until = Instant.now().plus(Duration.ofMinutes(5));
            while (!isDispatched(campaign) || waiting(campaign) > 0) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("round " + number + ": the dispatch did not end within 5 minutes of the restart");
                }
                Thread.sleep(200);
            }
            Instant ended = Instant.now();
            String finalStatus = text("SELECT batchstatus FROM jbatchEXECUTIONINSTANCEDATA WHERE jobexecid = ?", restartedAs);
            Map<String, Integer> before = arrived(campaign);
            int sentBefore = before.values().stream().mapToInt(Integer::intValue).sum();
            int invitedBefore = invitations(campaign);

            // A comes back: it must report what it was handing in doubt and send nothing again
            a.start();
            Thread.sleep(30_000);
            Map<String, Integer> after = arrived(campaign);
            int sentAfter = after.values().stream().mapToInt(Integer::intValue).sum();
            int invitationsTotal = invitations(campaign);
            int ours = invited(campaign);
            int distinct = (int) single("SELECT COUNT(DISTINCT contact_id) FROM survey_invitation WHERE campaign_id = ?", campaign);
            int maxPerRecipient = after.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            long twice = after.values().stream().filter(n -> n > 1).count();
            Map<String, String> inDoubt = inDoubt(campaign);
            int notArrivedNorInDoubt = 0;
            for (int i = 0; i < customers; i++) {
                for (String to : i % 2 == 0 ? List.of("a" + i + DOMAIN, "b" + i + DOMAIN) : List.of("a" + i + DOMAIN)) {
                    if (!after.containsKey(to) && !inDoubt.containsKey(to)) {
                        notArrivedNorInDoubt++;
                    }
                }
            }
            boolean complete = isDispatched(campaign);
            boolean passed = ours == recipients && distinct == invitationsTotal && maxPerRecipient <= 1
                    && notArrivedNorInDoubt == 0 && complete && sentAfter == sentBefore
                    && invitationsTotal == invitedBefore;
            figures.add(String.format(
                    "round %d (%s): %d recipients; killed A %d s after the dispatch began, with %d invited and %d mails at"
                            + " the sink; the run on A showed as failed on B %d s after the kill and was %s (execution %d,"
                            + " %s); the dispatch ended %d s after the kill; invitations %d for %d recipients (%d for other"
                            + " contacts of the demo company), none twice: %s; mails at the sink %d for %d recipients, at most"
                            + " %d per recipient, %d received twice; in doubt %d (of which arrived %d); neither arrived nor in"
                            + " doubt %d; campaign dispatched: %s; A started again sent %d mails and gave %d invitations; %s",
                    number, settings, recipients, Duration.between(dispatched, killed).toSeconds(), invitedAtKill, mailsAtKill,
                    Duration.between(killed, failedSeen).toSeconds(), finishedBy, restartedAs, finalStatus,
                    Duration.between(killed, ended).toSeconds(), ours, recipients, invitationsTotal - ours,
                    distinct == invitationsTotal ? "yes" : "NO", sentAfter, after.size(), maxPerRecipient, twice,
                    inDoubt.size(), inDoubt.keySet().stream().filter(after::containsKey).count(), notArrivedNorInDoubt,
                    complete ? "yes" : "NO", sentAfter - sentBefore, invitationsTotal - invitedBefore,
                    passed ? "passed" : "FAILED"));
            System.out.println(figures.get(figures.size() - 1));
            return passed;
        }

        /** The newest execution of the dispatch's job instance. */
        long newest(long execution) throws Exception {
            return single("SELECT MAX(e.jobexecid) FROM jbatchEXECUTIONINSTANCEDATA e JOIN jbatchEXECUTIONINSTANCEDATA f"
                    + " ON f.jobinstanceid = e.jobinstanceid WHERE f.jobexecid = ?", execution);
        }

        /** The mails of the campaign's invitations that reached the sink, by recipient. */
        Map<String, Integer> arrived(long campaign) throws Exception {
            Map<String, String> keys = new java.util.HashMap<>();
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                    var s = c.prepareStatement("SELECT CONCAT('survey-invitation-', i.id), LOWER(t.email) FROM survey_invitation i"
                            + " JOIN contact t ON t.id = i.contact_id WHERE i.campaign_id = ?")) {
                s.setLong(1, campaign);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        keys.put(r.getString(1), r.getString(2));
                    }
                }
            }
            Map<String, Integer> result = new java.util.HashMap<>();
            for (String[] d : deliveries) {
                String to = keys.get(d[0]);
                if (to != null && to.endsWith(DOMAIN)) {
                    if (!to.equals(d[1])) {
                        throw new IllegalStateException("mail " + d[0] + " for " + to + " went to " + d[1]);
                    }
                    result.merge(to, 1, Integer::sum);
                }
            }
            return result;
        }

        /** The campaign's mails the outbox reports in doubt (handed over when a server died), by recipient. */
        Map<String, String> inDoubt(long campaign) throws Exception {
            Map<String, String> result = new java.util.HashMap<>();
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                    var s = c.prepareStatement("SELECT LOWER(m.recipient), m.event_key FROM outgoing_mail m JOIN survey_invitation i"
                            + " ON m.event_key = CONCAT('survey-invitation-', i.id) WHERE i.campaign_id = ?"
                            + " AND m.status = 'FAILED' AND m.handed_at IS NOT NULL")) {
                s.setLong(1, campaign);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        result.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return result;
        }

        int invitations(long campaign) throws Exception {
            return (int) single("SELECT COUNT(*) FROM survey_invitation WHERE campaign_id = ?", campaign);
        }

        /** The invitations of this run's recipients. */
        int invited(long campaign) throws Exception {
            return (int) single("SELECT COUNT(*) FROM survey_invitation i JOIN contact t ON t.id = i.contact_id"
                    + " WHERE i.campaign_id = ? AND t.email LIKE '%" + DOMAIN + "'", campaign);
        }

        /** The campaign's mails never handed over yet. */
        long waiting(long campaign) throws Exception {
            return single("SELECT COUNT(*) FROM outgoing_mail m JOIN survey_invitation i"
                    + " ON m.event_key = CONCAT('survey-invitation-', i.id) WHERE i.campaign_id = ?"
                    + " AND m.status = 'QUEUED' AND m.handed_at IS NULL", campaign);
        }

        boolean isDispatched(long campaign) throws Exception {
            return single("SELECT COUNT(*) FROM survey_campaign WHERE id = ? AND status = 'DISPATCHED'", campaign) == 1;
        }

        long single(String sql, long parameter) throws Exception {
            String value = text(sql, parameter);
            return value == null ? 0 : Long.parseLong(value);
        }

        String text(String sql, long parameter) throws Exception {
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                    var s = c.prepareStatement(sql)) {
                s.setLong(1, parameter);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getString(1) : null;
                }
            }
        }

        /** Customers with a running contract and their e-mail recipients, imported as SALES (CC-01) as the ERP would. */
        void importRecipients(Instance instance) throws Exception {
            var customerFile = new StringBuilder("code,name_zh,name_en,industry,address,status\n");
            var contracts = new StringBuilder("number,customer_code,start_date,end_date\n");
            var contacts = new StringBuilder(
                    "customer_code,name,position,email,phone,fax,postal_address,language,survey_channel,survey_recipient\n");
            for (int i = 0; i < customers; i++) {
                String code = String.format("T%05d", i);
                String language = i % 3 == 0 ? "en" : "zh_CN";
                customerFile.append(code).append(",双实例客户").append(i).append(",Two-instance customer ").append(i)
                        .append(",Industry ").append(i % 7).append(",地址 ").append(i).append(",ACTIVE\n");
                contracts.append("TC-").append(code).append(',').append(code).append(",2020-01-01,\n");
                contacts.append(code).append(",Recipient A").append(i).append(",Buyer,a").append(i).append(DOMAIN)
                        .append(",,,,").append(language).append(",EMAIL,true\n");
                if (i % 2 == 0) {
                    contacts.append(code).append(",Recipient B").append(i).append(",Quality,b").append(i).append(DOMAIN)
                            .append(",,,,").append(language).append(",EMAIL,true\n");
                }
            }
            var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String auth = "Basic " + Base64.getEncoder().encodeToString(("sales:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (var file : List.of(Map.entry("customers", customerFile), Map.entry("contracts", contracts),
                    Map.entry("contacts", contacts))) {
                var response = http.send(HttpRequest.newBuilder(URI.create(instance.base() + "/api/master-data/" + file.getKey()))
                                .header("Authorization", auth)
                                .header("Content-Type", "text/csv; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(file.getValue().toString(), StandardCharsets.UTF_8))
                                .timeout(Duration.ofMinutes(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("\"imported\":true")) {
                    throw new IllegalStateException(file.getKey() + " not imported: " + response.statusCode() + " " + response.body());
                }
            }
        }
    }

    /**
     * One person's browser reduced to plain HTTP: logged in through the login form, pages read with
     * their view state, buttons pressed as PrimeFaces presses them (a partial request naming the
     * button as source).
     */
    static final class Faces {

        static final Pattern PARTIAL_VIEW_STATE =
                Pattern.compile("<update id=\"[^\"]*jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)\\]\\]>", Pattern.DOTALL);
        static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
        static final Pattern SELECT = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
        static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

        static final Pattern NONCE = Pattern.compile("\\bnonce=\"([^\"]+)\"");

        final Instance instance;
        final HttpClient http = client();
        String viewState;
        /** The page's content security nonce, which PrimeFaces sends back with each partial request. */
        String nonce;

        Faces(Instance instance, String user) throws Exception {
            this.instance = instance;
            login(http, instance, user);
        }

        String get(String page) throws Exception {
            var response = http.send(HttpRequest.newBuilder(URI.create(instance.base() + page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String body = response.body();
            var m = VIEW_STATE.matcher(body);
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException(page + " on " + instance.name + ": " + response.statusCode());
            }
            viewState = m.group(1);
            var n = NONCE.matcher(body);
            nonce = n.find() ? n.group(1) : null;
            return body;
        }

        /** Presses a button of the page read last: a partial request, as the button's click sends it. */
        String press(String form, String button, String execute, String render, Map<String, String> fields)
                throws Exception {
            var body = new StringBuilder();
            var parameters = new java.util.LinkedHashMap<String, String>();
            parameters.put("jakarta.faces.partial.ajax", "true");
            parameters.put("jakarta.faces.source", button);
            parameters.put("jakarta.faces.partial.execute", execute);
            parameters.put("jakarta.faces.partial.render", render);
            parameters.put(button, button);
            parameters.put(form, form);
            parameters.putAll(fields);
            parameters.put("jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                parameters.put("primefaces.nonce", nonce);
            }
            parameters.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            var response = http.send(HttpRequest.newBuilder(URI.create(instance.base() + current))
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .header("Faces-Request", "partial/ajax")
                            .header("X-Requested-With", "XMLHttpRequest")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String answer = response.body();
            if (response.statusCode() != 200 || answer.contains("<error>") || answer.contains("<redirect")) {
                throw new IllegalStateException(button + " on " + instance.name + ": " + response.statusCode() + " " + answer);
            }
            var m = PARTIAL_VIEW_STATE.matcher(answer);
            if (m.find()) {
                viewState = m.group(1);
            }
            return answer;
        }

        String current;

        String open(String page) throws Exception {
            current = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
            return get(page);
        }

        /** SALES: Surveys → Campaigns → New campaign, the dialog's proposals kept, the name typed, saved; its id. */
        long newCampaign(String name, String jdbc) throws Exception {
            open("/survey/campaigns.xhtml");
            String dialog = press("listForm", "listForm:newCampaign", "listForm:newCampaign", "editForm", Map.of());
            Map<String, String> fields = fields(dialog, "editForm:");
            if (!fields.containsKey("editForm:name")) {
                throw new IllegalStateException("no campaign form: " + dialog);
            }
            fields.put("editForm:name", name);
            String saved = press("editForm", "editForm:save", "editForm", "editForm:editMessages listForm growl", fields);
            try (Connection c = DriverManager.getConnection(jdbc, "postgres", "");
                    var s = c.prepareStatement("SELECT id FROM survey_campaign WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("campaign not saved: " + saved);
                    }
                    return r.getLong(1);
                }
            }
        }

        /** SALES: the campaign's Dispatch button, confirmed. */
        void dispatch(long campaign) throws Exception {
            String page = open("/survey/campaign.xhtml?id=" + campaign);
            if (!page.contains("id=\"campaignForm:tabs:dispatch\"")) {
                throw new IllegalStateException("no dispatch button on campaign " + campaign);
            }
            press("campaignForm", "campaignForm:tabs:dispatch", "campaignForm:tabs:dispatch", "campaignForm growl", Map.of());
        }

        /**
         * ADMIN: Administration → Batch jobs, the rows of the campaign's dispatch, newest first: row
         * index, execution, status cell, and the restart button's id when it shows one.
         */
        List<String[]> batchJobs(long campaign) throws Exception {
            String page = open("/admin/batch-jobs.xhtml");
            var rows = new ArrayList<String[]>();
            var m = Dispatch.ROW.matcher(page);
            while (m.find()) {
                String row = m.group(2);
                if (!row.contains("campaignId=" + campaign + ",") && !row.contains("campaignId=" + campaign + "}")) {
                    continue;
                }
                var cells = Dispatch.CELL.matcher(row);
                var texts = new ArrayList<String>();
                while (cells.find()) {
                    texts.add(cells.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").trim());
                }
                String button = "jobForm:jobTable:" + m.group(1) + ":restart";
                rows.add(new String[] {
                    m.group(1), texts.get(0), texts.size() > 3 ? texts.get(3) : "?", row.contains("id=\"" + button + "\"") ? button : null
                });
            }
            return rows;
        }

        /** ADMIN: the row's Restart where it stopped button; what the screen said. */
        String restart(String button) throws Exception {
            String answer = press("jobForm", button, button, "jobForm growl", Map.of());
            var said = Pattern.compile("summary:\"([^\"]*)\"").matcher(answer);
            var messages = new ArrayList<String>();
            while (said.find()) {
                messages.add(said.group(1));
            }
            return messages.isEmpty() ? "nothing" : String.join("; ", messages);
        }

        /** The fields of a form as the browser would send them: inputs with their values, each menu's choice. */
        static Map<String, String> fields(String html, String prefix) {
            Map<String, String> fields = new java.util.LinkedHashMap<>();
            var inputs = INPUT.matcher(html);
            while (inputs.find()) {
                String attributes = inputs.group(1);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                if (name == null || !name.startsWith(prefix) || "button".equals(type) || "submit".equals(type)
                        || ("checkbox".equals(type) || "radio".equals(type)) && !attributes.contains("checked")) {
                    continue;
                }
                String value = attribute(attributes, "value");
                fields.put(name, value == null ? "" : value);
            }
            var selects = SELECT.matcher(html);
            while (selects.find()) {
                String name = attribute(selects.group(1), "name");
                if (name == null || !name.startsWith(prefix)) {
                    continue;
                }
                String chosen = null;
                var options = OPTION.matcher(selects.group(2));
                while (options.find()) {
                    String value = attribute(options.group(1), "value");
                    if (chosen == null || options.group(1).contains("selected")) {
                        chosen = value;
                        if (options.group(1).contains("selected")) {
                            break;
                        }
                    }
                }
                if (chosen != null) {
                    fields.put(name, chosen);
                }
            }
            return fields;
        }

        static String attribute(String attributes, String name) {
            var m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? unescape(m.group(1)) : null;
        }

        static String unescape(String text) {
            return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                    .replace("&amp;", "&");
        }
    }

    /** One Payara Micro instance of the WAR, clustered with the other over loopback only. */
    static final class Instance {
        final String name;
        final int port;
        final int clusterPort;
        final String members;
        final Path micro;
        final Path war;
        final String jdbc;
        final int smtpPort;
        final Path work;
        /** Settings beyond the run's own, as environment variables (QD_JOBS_RESUMES=0). */
        final Map<String, String> settings = new ConcurrentHashMap<>();
        Process process;
        volatile Instant downAt;
        volatile Instant upAt;
        int starts;

        Instance(String name, int port, int clusterPort, String members, Path micro, Path war, String jdbc, int smtpPort,
                Path work) {
            this.name = name;
            this.port = port;
            this.clusterPort = clusterPort;
            this.members = members;
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

        /** The log of the current process. */
        Path log;

        void start() throws Exception {
            log = work.resolve(name + "-" + (++starts) + ".log");
            var command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-jar", micro.toString(),
                    "--deploy", war.toString(), "--contextroot", "/", "--port", String.valueOf(port),
                    "--name", name, "--clustername", "quality-desk-two-" + ProcessHandle.current().pid(), "--clustermode", members,
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
            builder.environment().putAll(settings);
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

        /** Shut down in order (SIGTERM), as an operator stops an instance to change its settings. */
        void stop() throws InterruptedException {
            downAt = Instant.now();
            process.destroy();
            if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
                process.destroyForcibly();
                process.waitFor();
            }
        }

        long pid() {
            return process.pid();
        }
    }
}
