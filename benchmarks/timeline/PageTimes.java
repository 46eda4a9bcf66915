import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Logs in as SALES through the login form and times the server's answer to the customer page
 * (CC-01) and to the timeline API: a few openings to warm up, then ten, and prints each median.
 * Usage: java PageTimes.java http://127.0.0.1:18290 password customerCode
 */
public class PageTimes {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        String code = args[2];
        var http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
        String login = get(http, base + "/login.xhtml").body();
        var state = VIEW_STATE.matcher(login);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        var form = Map.of(
                "loginForm", "loginForm",
                "loginForm:username", "sales",
                "loginForm:password", password,
                "loginForm:submit", "loginForm:submit",
                "jakarta.faces.ViewState", state.group(1));
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        String page = base + "/customer/customer.xhtml?code=" + code;
        var first = get(http, page);
        if (first.statusCode() != 200 || !first.body().contains("timelineForm:timeline")) {
            throw new IllegalStateException("not the customer page (logged in?): " + first.statusCode() + " "
                    + first.uri());
        }
        var total = Pattern.compile("(\\d[\\d,]*) entries|of (\\d[\\d,]*)").matcher(first.body());
        System.out.println("customer page opened; paginator: " + (total.find() ? total.group() : "?"));
        time("customer page, first page of the timeline", () -> get(http, page));
        // the same server, the same moment: a page of the app without the timeline, for comparison
        time("customer list (for comparison)", () -> get(http, base + "/customer/customers.xhtml"));
        String api = base + "/api/customers/" + code + "/timeline?size=20";
        String auth = "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("sales:" + password).getBytes(StandardCharsets.UTF_8));
        var apiAnswer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(api)).header("Authorization", auth).build(),
                        HttpResponse.BodyHandlers.ofString());
        System.out.println("API answer: " + apiAnswer.statusCode() + " "
                + apiAnswer.body().substring(0, Math.min(120, apiAnswer.body().length())));
        var apiClient = HttpClient.newHttpClient();
        time("timeline API, first 20", () -> apiClient.send(
                HttpRequest.newBuilder(URI.create(api)).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()));
        time("timeline API, entries 4,980 to 4,999", () -> apiClient.send(
                HttpRequest.newBuilder(URI.create(api + "&first=4980")).header("Authorization", auth).build(),
                HttpResponse.BodyHandlers.ofString()));
        time("timeline API, complaints of the last year", () -> apiClient.send(
                HttpRequest.newBuilder(URI.create(api + "&kinds=COMPLAINT&from="
                                + java.time.LocalDate.now().minusYears(1)))
                        .header("Authorization", auth)
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    interface Call {
        HttpResponse<String> call() throws Exception;
    }

    private static void time(String what, Call call) throws Exception {
        for (int i = 0; i < 5; i++) {
            check(call.call());
        }
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t0 = System.nanoTime();
            check(call.call());
            ms.add((System.nanoTime() - t0) / 1_000_000);
        }
        var sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = (sorted.get(4) + sorted.get(5)) / 2.0;
        System.out.printf("%-45s median of 10: %6.1f ms   (all: %s)%n", what, median, ms);
    }

    private static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.uri() + " " + r.body());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
