package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.RealWar;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The security headers of the real WAR on the server it runs on, read over HTTP as a browser reads
 * them: a page, a public page, a static file, the REST API, an error page; the session cookie; and
 * no header that names the server or its version. The installation names a company website that
 * may frame the public feedback page (CC-02), and only that page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';");

    /** What a header must never name: the server, its parts, their versions. */
    private static final Pattern PRODUCT =
            Pattern.compile("(?i)payara|glassfish|grizzly|mojarra|eclipselink|jsf/|servlet/|jsp/|\\d+\\.\\d+\\.\\d+");

    static final String WEBSITE = "https://www.example.com";

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return RealWar.withSettings("qd.website-origin=" + WEBSITE + "/");
    }

    @ArquillianResource
    URL deployed;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageCarriesThePolicyWithItsOwnNonceAndNoInlineScriptWithoutIt() throws Exception {
        var page = get("/login.xhtml");
        assertEquals(200, page.statusCode());
        String policy = only(page, "Content-Security-Policy");
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), "scripts from the application or with the page's nonce: " + policy);
        assertPolicyDirectives(policy);
        assertCommonHeaders(page);
        assertEquals("strict-origin-when-cross-origin", only(page, "Referrer-Policy"));
        assertEquals("no-store", only(page, "Cache-Control"));
        assertEquals("text/html;charset=UTF-8", only(page, "Content-Type").replace(" ", ""));

        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (scripts.find()) {
            inline++;
            assertTrue(
                    scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""),
                    "every inline script carries the page's nonce: <script" + scripts.group(1) + ">");
        }
        assertTrue(inline > 0, "PrimeFaces writes its widgets' scripts inline");
        assertFalse(
                Pattern.compile("\\son[a-z]+=\"").matcher(page.body()).find(),
                "no inline event handler: PrimeFaces moved them into the nonce'd scripts");

        var next = get("/login.xhtml");
        Matcher other = NONCE.matcher(only(next, "Content-Security-Policy"));
        assertTrue(other.find());
        assertFalse(other.group(1).equals(nonce.group(1)), "a new nonce for every page");
    }

    @Test
    void thePublicPagesSendNoReferrerSoTheirAddressesLeakNothing_CC02_CS04() throws Exception {
        for (String path : List.of("/public/feedback.xhtml?lang=zh_CN", "/public/feedback.xhtml?lang=en")) {
            var page = get(path);
            assertEquals(200, page.statusCode(), path);
            assertEquals("no-referrer", only(page, "Referrer-Policy"), path);
            assertTrue(NONCE.matcher(only(page, "Content-Security-Policy")).find(), path);
            assertPolicyDirectives(only(page, "Content-Security-Policy"));
            assertCommonHeaders(page);
        }
    }

    @Test
    void onlyTheCompanyWebsiteMayFrameThePublicFeedbackPage_CC02() throws Exception {
        var page = get("/public/feedback.xhtml");
        String policy = only(page, "Content-Security-Policy");
        assertTrue(policy.endsWith("frame-ancestors " + WEBSITE), policy);
        assertTrue(
                page.headers().firstValue("X-Frame-Options").isEmpty(),
                "X-Frame-Options cannot name the website; browsers follow frame-ancestors");

        for (String path : List.of("/login.xhtml", "/public/survey/reply.xhtml", "/index.xhtml")) {
            var other = get(path);
            assertTrue(only(other, "Content-Security-Policy").endsWith("frame-ancestors 'none'"), path);
            assertEquals("DENY", only(other, "X-Frame-Options"), path);
        }
    }

    @Test
    void aStaticFileCarriesThePolicyWithoutNonceAndStaysCacheable() throws Exception {
        var css = get("/jakarta.faces.resource/quality-desk.css.xhtml?ln=qd");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        String policy = only(css, "Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertPolicyDirectives(policy);
        assertCommonHeaders(css);
        assertFalse(css.headers().allValues("Cache-Control").contains("no-store"), "static files may be cached");

        var script = get("/jakarta.faces.resource/core.js.xhtml?ln=primefaces");
        assertEquals(200, script.statusCode());
        assertCommonHeaders(script);
    }

    @Test
    void theRestApiCarriesTheHeadersWithAndWithoutAnAccount() throws Exception {
        var refused = get("/api/customers");
        assertEquals(401, refused.statusCode(), "answered by the authentication mechanism, before any filter");
        assertPolicyDirectives(only(refused, "Content-Security-Policy"));
        assertCommonHeaders(refused);

        String basic =
                Base64.getEncoder().encodeToString(("sales:" + Browser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var answered = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/customers"))
                        .header("Authorization", "Basic " + basic)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, answered.statusCode(), answered.body());
        assertPolicyDirectives(only(answered, "Content-Security-Policy"));
        assertCommonHeaders(answered);
        assertEquals("no-store", only(answered, "Cache-Control"), "the company's data stays out of caches");
        assertTrue(answered.headers().allValues("Set-Cookie").isEmpty(), "the API opens no session");
        assertTrue(
                answered.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "no other site's script may read the API");
    }

    @Test
    void theWayToTheLoginPageAndAnErrorPageCarryTheHeaders() throws Exception {
        var redirect = get("/index.xhtml");
        assertEquals(302, redirect.statusCode());
        assertCommonHeaders(redirect);

        var missing = get("/public/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertCommonHeaders(missing);
        assertEquals("no-referrer", only(missing, "Referrer-Policy"), "the public path, also on its error page");
        // what a person sees: the scripts hold PrimeFaces' settings, which name the exception types of web.xml
        String shown = missing.body().replaceAll("(?s)<script[^>]*>.*?</script>", "");
        for (String revealing : List.of("Payara", "GlassFish", "Exception", "at com.", "at jakarta.", "Mojarra")) {
            assertFalse(shown.contains(revealing), "the error page reveals nothing: " + revealing + "\n" + shown);
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        var page = get("/login.xhtml");
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no session cookie: " + page.headers().map()));
        String attributes = cookie.toLowerCase(Locale.ROOT);
        assertTrue(attributes.contains("; httponly"), cookie);
        assertTrue(attributes.contains("; samesite=lax"), cookie);
        assertFalse(attributes.contains("; secure"), "Secure only over https, and this request came over http");
        assertFalse(page.body().contains(";jsessionid="), "the session id never goes into an address");
    }

    /**
     * Operations (issue 16): /metrics answers a monitoring system without an account, in the
     * Prometheus text format, with counts only, and counts a refused login at once.
     */
    @Test
    void theMetricsPageIsPublicHoldsOnlyCountsAndCountsARefusedLogin() throws Exception {
        var before = get("/metrics");
        assertEquals(200, before.statusCode(), before.body());
        assertTrue(only(before, "Content-Type").startsWith("text/plain; version=0.0.4"), only(before, "Content-Type"));
        assertCommonHeaders(before);
        for (String name : List.of(
                "qd_outbox_waiting",
                "qd_outbox_failed",
                "qd_steps_overdue",
                "qd_batch_jobs_running",
                "qd_batch_jobs_failed",
                "qd_accounts_locked",
                "qd_login_failures_total")) {
            assertTrue(
                    before.body().contains("\n# TYPE " + name + " ")
                            || before.body().startsWith("# HELP " + name),
                    name + " is described: " + before.body());
        }
        for (String line : before.body().split("\n")) {
            assertTrue(line.startsWith("# ") || line.matches("qd_[a-z_]+ \\d+"), "only counts: " + line);
        }
        String wrong = Base64.getEncoder().encodeToString("sales:not-the-password".getBytes(StandardCharsets.UTF_8));
        var refused = http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/customers"))
                        .header("Authorization", "Basic " + wrong)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(401, refused.statusCode());
        assertTrue(
                failures(get("/metrics").body()) >= failures(before.body()) + 1,
                "the refused login is counted: " + get("/metrics").body());
        // the wrong password must not lock sales for the tests after: the right one clears the count
        String right =
                Base64.getEncoder().encodeToString(("sales:" + Browser.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertEquals(
                200,
                http.send(
                                HttpRequest.newBuilder(URI.create(base() + "/api/customers"))
                                        .header("Authorization", "Basic " + right)
                                        .header("Accept", "application/json")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                        .statusCode());
    }

    private static long failures(String metrics) {
        var m = Pattern.compile("(?m)^qd_login_failures_total (\\d+)$").matcher(metrics);
        assertTrue(m.find(), metrics);
        return Long.parseLong(m.group(1));
    }

    @Test
    void noHeaderNamesTheServerOrItsVersion() throws Exception {
        for (String path : List.of(
                "/login.xhtml",
                "/public/feedback.xhtml",
                "/jakarta.faces.resource/quality-desk.css.xhtml?ln=qd",
                "/api/customers",
                "/index.xhtml",
                "/health",
                "/public/no-such-page.xhtml")) {
            var response = get(path);
            HttpHeaders headers = response.headers();
            assertTrue(headers.firstValue("Server").isEmpty(), path + ": Server " + headers.firstValue("Server"));
            assertTrue(headers.firstValue("X-Powered-By").isEmpty(), path + ": " + headers.firstValue("X-Powered-By"));
            for (Map.Entry<String, List<String>> header : headers.map().entrySet()) {
                if (List.of(
                                "etag",
                                "last-modified",
                                "date",
                                "content-length",
                                "content-security-policy",
                                "set-cookie",
                                "location")
                        .contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                for (String value : header.getValue()) {
                    assertFalse(
                            PRODUCT.matcher(header.getKey() + ": " + value).find(),
                            path + " names the product: " + header.getKey() + ": " + value);
                }
            }
        }
    }

    /** The directives every response's policy has, whatever its script-src. */
    private static void assertPolicyDirectives(String policy) {
        for (String directive :
                List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'")) {
            assertTrue(policy.contains(directive), directive + " in " + policy);
        }
        assertFalse(
                Pattern.compile("script-src[^;]*'unsafe-inline'")
                        .matcher(policy)
                        .find(),
                "no inline script without a nonce: " + policy);
        assertFalse(policy.contains("'unsafe-eval'"), policy);
    }

    private static void assertCommonHeaders(HttpResponse<String> response) {
        String where = response.uri().toString();
        String policy = only(response, "Content-Security-Policy");
        assertEquals("nosniff", only(response, "X-Content-Type-Options"), where);
        if (!response.uri().getPath().equals("/public/feedback.xhtml")) {
            assertTrue(policy.endsWith("frame-ancestors 'none'"), where + ": nothing frames the application");
            assertEquals("DENY", only(response, "X-Frame-Options"), where);
        }
        assertTrue(
                List.of("no-referrer", "strict-origin-when-cross-origin").contains(only(response, "Referrer-Policy")),
                where);
        assertTrue(response.headers().firstValue("Server").isEmpty(), where + ": no Server header");
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty(), where + ": http, not https");
    }

    /** The header's one value: a header sent twice would apply twice (two policies both apply). */
    private static String only(HttpResponse<String> response, String name) {
        List<String> values = response.headers().allValues(name);
        assertEquals(1, values.size(), response.uri() + " " + name + ": " + values);
        return values.get(0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String base() {
        return RealWar.loopback(deployed);
    }
}
