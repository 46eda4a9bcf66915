import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * 20 users on loopback, each asking in turn for filtered pages of the feedback register and for
 * their inbox, as people clicking through the lists do. Prints p50/p95/p99 per kind of request.
 * Each user pauses between requests as a person reading a page does (think time, on average the
 * given milliseconds, uniformly from half to one and a half of it); with no pause 20 loops on two
 * cores measure the queue in front of the CPU, not the time the server needs for a request.
 * Usage: java LoadTest.java baseUrl password users requestsPerUser [thinkMillis, default 1000]
 */
public class LoadTest {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int users = Integer.parseInt(args[2]);
        int perUser = Integer.parseInt(args[3]);
        long think = args.length > 4 ? Long.parseLong(args[4]) : 1000;
        String[] accounts = {"sales", "quality", "technical", "production"};
        String[] lists = {
            "/api/feedback?size=20",
            "/api/feedback?size=20&customer=C1003",
            "/api/feedback?size=20&status=REGISTERED&severity=MAJOR",
            "/api/feedback?size=20&overdue=true",
            "/api/feedback?size=20&product=P-450&status=REGISTERED",
            "/api/feedback?size=20&department=TECHNICAL&first=200",
            "/api/feedback?size=20&search=cracked%20after%2042",
        };
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, List<Long>> timings = new ConcurrentHashMap<>();
        Map<String, List<Long>> byQuery = new java.util.concurrent.ConcurrentSkipListMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();

        // warm up: the first requests compile the queries and fill the connection pool
        for (String l : lists) {
            call(client, base + l, auth("sales", password), failures);
        }
        call(client, base + "/api/inbox?size=20", auth("sales", password), failures);

        ExecutorService pool = Executors.newFixedThreadPool(users);
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            final int user = u;
            pool.submit(() -> {
                String authorization = auth(accounts[user % accounts.length], password);
                for (int i = 0; i < perUser; i++) {
                    String path = i % 3 == 2 ? "/api/inbox?size=20&first=" + (i % 5) * 20 : lists[(user + i) % lists.length];
                    String kind = path.startsWith("/api/inbox") ? "inbox" : "register list";
                    long ms = call(client, base + path, authorization, failures);
                    if (ms >= 0) {
                        timings.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add(ms);
                        byQuery.computeIfAbsent(path.replaceAll("&?first=\\d+", ""), k -> new CopyOnWriteArrayList<>())
                                .add(ms);
                    }
                    pause(think);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (var e : timings.entrySet()) {
            var sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            total += sorted.size();
            System.out.printf(
                    "%-14s n=%5d  p50=%4d ms  p95=%4d ms  p99=%4d ms  max=%4d ms%n",
                    e.getKey(), sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
        }
        for (var e : byQuery.entrySet()) {
            var sorted = new ArrayList<>(e.getValue());
            Collections.sort(sorted);
            System.out.printf("    %-58s p50=%4d ms  p95=%4d ms%n", e.getKey(), pct(sorted, 50), pct(sorted, 95));
        }
        System.out.printf("%d requests by %d users in %.1f s (%.0f/s), %d failures%n", total, users, seconds, total / seconds, failures.size());
        failures.stream().limit(5).forEach(System.out::println);
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    /** The time the request took in milliseconds, or -1 when it failed. */
    private static long call(HttpClient client, String url, String authorization, List<String> failures) {
        try {
            long t0 = System.nanoTime();
            var response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (response.statusCode() != 200 || !response.body().contains("\"total\"")) {
                failures.add(url + " -> " + response.statusCode() + " " + response.body().substring(0, Math.min(200, response.body().length())));
                return -1;
            }
            return ms;
        } catch (Exception e) {
            failures.add(url + " -> " + e);
            return -1;
        }
    }

    private static void pause(long think) {
        if (think <= 0) {
            return;
        }
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(think / 2, think * 3 / 2 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }
}
