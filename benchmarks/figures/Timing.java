import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * Times GET requests on loopback: each path is asked 3 times to warm it, then 15 times one after
 * the other; prints the median and the slowest of the 15 in ms, and fails on a non-200 answer.
 * Usage: java Timing.java base-url user password path...
 */
public class Timing {
    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String auth = "Basic " + Base64.getEncoder()
                .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        for (int p = 3; p < args.length; p++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(args[0] + args[p]))
                    .header("Authorization", auth)
                    .timeout(Duration.ofMinutes(5))
                    .GET()
                    .build();
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 18; i++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(args[p] + " answered " + r.statusCode() + ": "
                            + new String(r.body(), StandardCharsets.UTF_8));
                }
                if (i == 0) {
                    System.out.printf("%-70s first %6d ms%n", args[p], ms);
                }
                if (i >= 3) {
                    times.add(ms);
                }
            }
            Collections.sort(times);
            System.out.printf("%-70s warm median %5d ms, slowest %5d ms%n", args[p], times.get(times.size() / 2),
                    times.get(times.size() - 1));
        }
    }
}
