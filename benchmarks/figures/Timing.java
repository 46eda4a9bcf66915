import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times GET requests on loopback: each path is asked 3 times to warm it, then 15 times one after
 * the other; prints the median and the slowest of the 15 in ms, and fails on a non-200 answer.
 * Usage: java [options] Timing.java base-url user password path...
 *
 * <p>Options: {@code -Dlogin=form} logs in through the login form, as a person does, and times
 * pages (a page that turns out to be the login form fails); otherwise HTTP Basic, as the API's
 * clients do. {@code -Dwarm=3 -Dtimed=15} the number of requests. {@code -DskipMissing=true}
 * reports a path the server does not know (404) and goes on, for requests of a later build. An
 * answer announced as PDF must be one.
 */
public class Timing {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int warm = Integer.getInteger("warm", 3);
        int timed = Integer.getInteger("timed", 15);
        boolean form = "form".equals(System.getProperty("login"));
        boolean skipMissing = Boolean.getBoolean("skipMissing");
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String auth = null;
        if (form) {
            login(http, args[0], args[1], args[2]);
        } else {
            auth = "Basic " + Base64.getEncoder()
                    .encodeToString((args[1] + ":" + args[2]).getBytes(StandardCharsets.UTF_8));
        }
        for (int p = 3; p < args.length; p++) {
            var builder = HttpRequest.newBuilder(URI.create(args[0] + args[p]))
                    .timeout(Duration.ofMinutes(5))
                    .GET();
            if (auth != null) {
                builder.header("Authorization", auth);
            }
            HttpRequest request = builder.build();
            String label = form ? args[1] + " " + args[p] : args[p];
            List<Long> times = new ArrayList<>();
            boolean missing = false;
            for (int i = 0; i < warm + timed; i++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (r.statusCode() == 404 && skipMissing && i == 0) {
                    System.out.printf("%-70s not in this build (404)%n", label);
                    missing = true;
                    break;
                }
                check(args[p], r, form);
                if (i == 0) {
                    System.out.printf("%-70s first %6d ms, %,d bytes%n", label, ms, r.body().length);
                }
                if (i >= warm) {
                    times.add(ms);
                }
            }
            if (missing) {
                continue;
            }
            Collections.sort(times);
            System.out.printf("%-70s warm median %5d ms, slowest %5d ms%n", label, times.get(times.size() / 2),
                    times.get(times.size() - 1));
        }
    }

    private static void check(String path, HttpResponse<byte[]> r, boolean form) {
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": "
                    + body.substring(0, Math.min(500, body.length())));
        }
        // a session that ended sends the login form with 200: never time that instead of the page
        if (form && body.contains("id=\"loginForm\"")) {
            throw new IllegalStateException(path + " answered the login form: not logged in");
        }
        boolean pdf = r.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf");
        if (pdf && !body.startsWith("%PDF")) {
            throw new IllegalStateException(path + " announced a PDF but sent something else");
        }
    }

    /** The login form, as the browser sends it: a person's session, in a cookie. */
    private static void login(HttpClient http, String base, String user, String password) throws Exception {
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var state = VIEW_STATE.matcher(page);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        var fields = Map.of(
                "loginForm", "loginForm",
                "loginForm:username", user,
                "loginForm:password", password,
                "loginForm:submit", "loginForm:submit",
                "jakarta.faces.ViewState", state.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.body().contains("id=\"loginForm\"")) {
            throw new IllegalStateException(user + " could not log in");
        }
    }
}
