package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.intake.IntakeKeys;
import com.qualitydesk.it.support.Departments;
import com.qualitydesk.it.support.RealWar;
import com.qualitydesk.security.Accounts;
import com.qualitydesk.security.Department;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every refused call of the REST API is a problem (RFC 9457): application/problem+json, a 4xx
 * status that the body repeats, the detail in the caller's language, and nothing of the server's
 * insides. The operations are not listed here but read from the live OpenAPI document, so that an
 * operation added later is walked too: the master-data API (CC-01) and the website's intake (CC-02)
 * alike, over HTTP from inside the server, as their callers call them.
 */
@ExtendWith(ArquillianExtension.class)
class ApiErrorsIT {

    private static final Logger LOG = Logger.getLogger(ApiErrorsIT.class.getName());

    private static final String PROBLEM = "application/problem+json";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** What a body must never show: class names, packages, stack frames. */
    private static final List<String> INSIDES =
            List.of("Exception", "com.qualitydesk", "java.", "jakarta.", "org.glassfish", "org.eclipse", "\tat ");

    private static final String MEGABYTE = "x".repeat(1024 * 1024);
    /** Long, but within what the server's HTTP listener reads of a request line and its headers. */
    private static final String LONG = "x".repeat(4000);

    private static final String PASSWORD = "api-errors-secret";

    @Deployment
    static WebArchive deployment() throws Exception {
        return RealWar.withTestsInsideAndDepartmentGroups(Departments.class);
    }

    @Inject
    Departments as;

    @Inject
    Accounts accounts;

    @Inject
    IntakeKeys keys;

    /** The request of Arquillian's runner: it tells where this server listens. */
    @Inject
    HttpServletRequest runnerRequest;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    /** Every call alternates the language, so that both are checked throughout. */
    private int calls;

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyOperationOfTheOpenApiDocumentAnswersEveryBadCallWithATranslatedProblem_CC01_CC02() throws Exception {
        JsonObject document = openApi();
        LOG.info(() -> "The OpenAPI document: " + document);
        JsonObject paths = document.getJsonObject("paths");
        int operations = 0;
        for (String path : paths.keySet()) {
            JsonObject item = paths.getJsonObject(path);
            List<String> methods = item.keySet().stream()
                    .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                    .toList();
            for (String method : methods) {
                operations++;
                walk(document, path, method.toUpperCase(), item.getJsonObject(method), methods);
            }
        }
        assertTrue(operations >= 7, "the document lists the API's operations: " + paths.keySet());
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
    }

    @Test
    void malformedJsonToTheIntakeIsA400ProblemNotA500_CC02() throws Exception {
        var response = send(request("/api/public/feedback")
                .header("X-Api-Key", key())
                .header("X-Forwarded-For", visitor())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{oops")));
        JsonObject problem = problem(response, 400);
        assertEquals("urn:qualitydesk:problem:api.body.malformed", problem.getString("type"));
        assertTrue(problem.getString("instance").endsWith("/api/public/feedback"), problem.toString());
    }

    @Test
    void anUnknownFieldOfTheIntakeIsRefusedByName_CC02() throws Exception {
        var body = Json.createObjectBuilder(intakeSample())
                .add("atachment", Json.createObjectBuilder().add("fileName", "a.png"))
                .build();
        var response = send(request("/api/public/feedback")
                .header("X-Api-Key", key())
                .header("X-Forwarded-For", visitor())
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        JsonObject problem = problem(response, 400);
        var problems = problem.getJsonArray("problems");
        assertNotNull(problems, problem.toString());
        assertEquals(1, problems.size(), problem.toString());
        assertEquals("atachment", problems.getJsonObject(0).getString("field"));
        assertEquals("api.field.unknown", problems.getJsonObject(0).getString("reason"));
        assertTrue(HAN.matcher(problems.getJsonObject(0).getString("message")).find(), problem.toString());
    }

    @Test
    void anUnknownSeverityIsA400NamingTheParameterAndItsValuesNotAClass() throws Exception {
        var response = send(request("/api/feedback?severity=HUGE").header("Authorization", basic(reader())));
        JsonObject problem = problem(response, 400);
        assertEquals("severity", problem.getString("parameter"));
        String detail = problem.getString("detail");
        assertTrue(detail.contains("severity") && detail.contains("MAJOR"), detail);
        assertTrue(problem.getJsonArray("allowed").size() > 1, problem.toString());
    }

    @Test
    void badPagingAndBooleansAreRefusedInTheCallersLanguage() throws Exception {
        for (String query : List.of("first=abc", "first=-1", "size=0", "size=501", "size=x", "overdue=maybe")) {
            for (String resource : List.of("/api/feedback", "/api/inbox", "/api/customers")) {
                if (resource.equals("/api/customers") && query.startsWith("overdue")) {
                    continue;
                }
                String parameter = query.substring(0, query.indexOf('='));
                var english = send(request(resource + "?" + query).header("Authorization", basic(reader())));
                JsonObject problem = problem(english, 400);
                assertEquals(parameter, problem.getString("parameter"), resource + "?" + query);
                assertTrue(problem.getString("detail").contains(parameter), problem.toString());
                var chinese = send(request(resource + "?" + query)
                        .header("Authorization", basic(reader()))
                        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"));
                String detail = problem(chinese, 400).getString("detail");
                assertTrue(HAN.matcher(detail).find() && detail.contains(parameter), detail);
            }
        }
        assertEquals(
                200,
                send(request("/api/feedback?overdue=true&size=500&first=0&severity=major")
                                .header("Authorization", basic(reader())))
                        .statusCode());
    }

    @Test
    void anUnknownApiPathIsAJson404NotTheHtmlPage() throws Exception {
        for (String path : List.of("/api/no-such-thing", "/api/customers/1/nothing", "/api")) {
            var response = send(request(path).header("Authorization", basic(reader())));
            JsonObject problem = problem(response, 404);
            assertEquals("urn:qualitydesk:problem:api.notFound", problem.getString("type"), path);
        }
        var anonymous = send(request("/api/no-such-thing"));
        problem(anonymous, 401);
        assertNotNull(anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead_CC02() throws Exception {
        byte[] body = new byte[31 * 1024 * 1024];
        // HTTP/1.1 and "Expect: 100-continue", so that the refusal comes before the body is sent
        var response = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        request("/api/public/feedback")
                                .header("X-Api-Key", key())
                                .header("X-Forwarded-For", visitor())
                                .header("Content-Type", "application/json")
                                .expectContinue(true)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonObject problem = problem(response, 413);
        assertTrue(problem.getString("detail").contains("30 MB"), problem.toString());
    }

    // --- the walk

    /** Every bad call this operation can get, each checked. */
    private void walk(JsonObject document, String path, String method, JsonObject operation, List<String> methods)
            throws Exception {
        boolean byKey = usesKey(operation);
        List<JsonObject> parameters = parameters(document, operation);
        String url = url(document, path, parameters);
        String name = method + " " + path;
        JsonObject content = operation.containsKey("requestBody")
                ? operation.getJsonObject("requestBody").getJsonObject("content")
                : null;
        var good = new Template(name, byKey, method, url, content);
        // an operation that answers a document (a PDF) is asked for it; its refusals are problems all the same
        String answers = answers(operation);
        if (answers != null && !answers.contains("json")) {
            good = good.with("Accept", answers);
        }

        // no credentials, wrong ones, an account without the department
        check(good.without(byKey ? "X-Api-Key" : "Authorization").named("no credentials"), Set.of(401));
        check(
                (byKey
                                ? good.with("X-Api-Key", "qdk_" + UUID.randomUUID())
                                : good.with("Authorization", basic("nobody-" + UUID.randomUUID())))
                        .named("wrong credentials"),
                Set.of(401));
        if (!byKey) {
            Set<Integer> expected = documents(operation, "403") ? Set.of(403) : Set.of();
            check(good.with("Authorization", basic(finance())).named("an account of Finance"), expected);
        }

        // every parameter: a wrong type, out of range, too long, a megabyte
        for (JsonObject parameter : parameters) {
            String in = parameter.getString("in");
            String parameterName = parameter.getString("name");
            JsonObject schema = resolved(document, parameter.getJsonObject("schema"));
            Set<Integer> refused = in.equals("path") ? Set.of(400, 404) : Set.of(400);
            for (String wrong : wrongValues(schema)) {
                check(
                        good.withParameter(in, parameterName, wrong)
                                .named(parameterName + "=" + shortened(wrong))
                                .naming(parameterName),
                        refused);
            }
            check(good.withParameter(in, parameterName, LONG).named(parameterName + " of 4000 characters"), Set.of());
            oversized(good.withParameter(in, parameterName, MEGABYTE).named(parameterName + " of 1 MB"));
        }

        // the body: malformed JSON, a wrong media type, a megabyte, unknown fields, wrong JSON types
        if (content != null) {
            boolean json = content.keySet().stream().anyMatch(t -> t.contains("json"));
            check(good.body("application/json", "{oops").named("malformed JSON"), Set.of(json ? 400 : 415));
            check(good.body("application/json", "").named("an empty JSON body"), Set.of(json ? 400 : 415));
            check(good.body("application/xml", "<feedback/>").named("XML"), Set.of(415));
            if (json) {
                JsonObject sample = intakeSample();
                for (String field : sample.keySet()) {
                    check(
                            good.body(
                                            "application/json",
                                            Json.createObjectBuilder(sample)
                                                    .add(field, MEGABYTE)
                                                    .build()
                                                    .toString())
                                    .named(field + " of 1 MB"),
                            Set.of());
                    check(
                            good.body(
                                            "application/json",
                                            Json.createObjectBuilder(sample)
                                                    .add(field, 42)
                                                    .build()
                                                    .toString())
                                    .named(field + " as a number")
                                    .withField(field),
                            Set.of(400));
                }
                check(
                        good.body(
                                        "application/json",
                                        Json.createObjectBuilder(sample)
                                                .add("unknownField", "x")
                                                .build()
                                                .toString())
                                .named("an unknown field")
                                .withField("unknownField"),
                        Set.of(400));
                check(good.body("application/json", "[1, 2]").named("an array"), Set.of(400));
                if (content.containsKey("multipart/form-data")) {
                    check(
                            good.body("multipart/form-data; boundary=qd", "--qd\r\nnot a part")
                                    .named("a broken form post"),
                            Set.of(400));
                    check(
                            good.body("multipart/form-data", MEGABYTE).named("1 MB form post without boundary"),
                            Set.of());
                }
            } else {
                String type = content.keySet().iterator().next();
                check(good.body(type, MEGABYTE).named("1 MB of " + type), Set.of());
                check(good.body(type, "no,such,columns\n1,2,3\n").named("unknown columns"), Set.of());
            }
        }

        // what the caller accepts, and a method the path does not take
        check(good.with("Accept", "application/xml").named("Accept: application/xml"), Set.of(406));
        for (String other : List.of("PUT", "DELETE", "PATCH")) {
            if (!methods.contains(other.toLowerCase())) {
                check(good.method(other).named(other), Set.of(405));
                break;
            }
        }
    }

    /** Sends the call and checks the answer; a failure is collected, so one run shows them all. */
    private void check(Template call, Set<Integer> expected) throws Exception {
        boolean chinese = calls++ % 2 == 1;
        var builder = call.build(this).header("Accept-Language", chinese ? "zh-CN" : "en");
        HttpResponse<String> response;
        try {
            response = send(builder);
        } catch (java.io.IOException refused) {
            // a request the server's HTTP listener refuses to read at all, before the application
            failures.add(call + ": no answer (" + refused.getClass().getSimpleName() + ")");
            return;
        }
        int status = response.statusCode();
        String body = response.body();
        String where = call + " -> " + status + " " + shortened(body);
        LOG.info(where);
        if (status >= 500) {
            failures.add("server fault: " + where);
            return;
        }
        if (!expected.isEmpty() && !expected.contains(status)) {
            failures.add("expected " + expected + ": " + where);
        }
        if (status < 400) {
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(PROBLEM)) {
            failures.add("not a problem (" + type + "): " + where);
            return;
        }
        for (String inside : INSIDES) {
            if (body.contains(inside)) {
                failures.add("shows \"" + inside + "\": " + where);
            }
        }
        JsonObject problem = json(body);
        if (problem.getInt("status", 0) != status) {
            failures.add("status differs from the body's: " + where);
        }
        for (String member : List.of("type", "title", "detail")) {
            if (problem.getString(member, "").isBlank()) {
                failures.add("no " + member + ": " + where);
            }
        }
        String detail = problem.getString("detail", "");
        if (chinese != HAN.matcher(detail).find()) {
            failures.add("detail not in " + (chinese ? "Chinese" : "English") + ": " + where);
        }
        if (status == 401 && response.headers().firstValue("WWW-Authenticate").isEmpty()) {
            failures.add("401 without WWW-Authenticate: " + where);
        }
        if (status == 405 && response.headers().firstValue("Allow").isEmpty()) {
            failures.add("405 without Allow: " + where);
        }
        if (call.parameter != null && status == 400 && !call.parameter.equals(problem.getString("parameter", null))) {
            failures.add("does not name the parameter " + call.parameter + ": " + where);
        }
        if (call.field != null
                && (!problem.containsKey("problems")
                        || problem.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                                .noneMatch(p -> call.field.equals(p.getString("field", null))))) {
            failures.add("does not name the field " + call.field + ": " + where);
        }
    }

    /**
     * A megabyte in the address or a header: the server's HTTP listener refuses it before the
     * application sees it (400, 414 or 431, its limit for the request line and headers being a few
     * kilobytes), so no problem can be asked of it; but never a 5xx, and nothing of the insides. Sent
     * on a connection of its own, which the listener leaves unusable.
     */
    private void oversized(Template call) throws Exception {
        HttpClient own =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        try {
            var response =
                    own.send(call.build(this).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String where = call + " -> " + response.statusCode() + " " + shortened(response.body());
            LOG.info(where);
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                failures.add("expected a 4xx: " + where);
            }
            for (String inside : INSIDES) {
                if (response.body().contains(inside)) {
                    failures.add("shows \"" + inside + "\": " + where);
                }
            }
        } catch (java.io.IOException closed) {
            // the listener closed the connection on the oversized request line: refused, not failed
            LOG.info(call + " -> connection closed by the server");
        }
    }

    /** Wrong values for a parameter of this schema: of another type, out of its range, too long. */
    private static List<String> wrongValues(JsonObject schema) {
        var wrong = new ArrayList<String>();
        String type = schema == null ? "string" : schema.getString("type", "string");
        switch (type) {
            case "integer", "number" -> {
                wrong.add("abc");
                wrong.add("1.5");
                if (schema.containsKey("minimum")) {
                    wrong.add(String.valueOf(number(schema.get("minimum")) - 1));
                }
                if (schema.containsKey("maximum")) {
                    wrong.add(String.valueOf(number(schema.get("maximum")) + 1));
                }
            }
            case "boolean" -> wrong.add("maybe");
            default -> {
                if (schema != null && schema.containsKey("enum")) {
                    wrong.add("HUGE");
                }
                if (schema != null && schema.containsKey("maxLength")) {
                    wrong.add("y".repeat((int) number(schema.get("maxLength")) + 1));
                }
            }
        }
        return wrong;
    }

    /** A schema, or the component it refers to. */
    private static JsonObject resolved(JsonObject document, JsonObject schema) {
        if (schema == null || !schema.containsKey("$ref")) {
            return schema;
        }
        String name = schema.getString("$ref").substring("#/components/schemas/".length());
        return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }

    private static long number(JsonValue value) {
        return value instanceof jakarta.json.JsonNumber n
                ? n.longValue()
                : Long.parseLong(((jakarta.json.JsonString) value).getString());
    }

    /** The operation's parameters, those shared through components/parameters ($ref) read there. */
    private static List<JsonObject> parameters(JsonObject document, JsonObject operation) {
        if (!operation.containsKey("parameters")) {
            return List.of();
        }
        return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .map(p -> p.containsKey("$ref")
                        ? document.getJsonObject("components")
                                .getJsonObject("parameters")
                                .getJsonObject(p.getString("$ref").substring("#/components/parameters/".length()))
                        : p)
                .toList();
    }

    private static boolean usesKey(JsonObject operation) {
        return operation.containsKey("security")
                && operation.getJsonArray("security").getValuesAs(JsonObject.class).stream()
                        .anyMatch(s -> s.containsKey("websiteKey"));
    }

    private static boolean documents(JsonObject operation, String status) {
        return operation.containsKey("responses")
                && operation.getJsonObject("responses").containsKey(status);
    }

    /** The operation's address with valid path parameters: the first value of an enum, else 1. */
    private String url(JsonObject document, String path, List<JsonObject> parameters) {
        String filled = path;
        for (JsonObject p : parameters) {
            if (p.getString("in").equals("path")) {
                JsonObject schema = resolved(document, p.getJsonObject("schema"));
                // a valid value, so that each other parameter is refused for itself: the documented example, the
                // first allowed value, or a number
                String value = schema != null && schema.containsKey("example")
                        ? schema.get("example") instanceof jakarta.json.JsonString text
                                ? text.getString()
                                : schema.get("example").toString()
                        : schema != null && schema.containsKey("enum")
                                ? schema.getJsonArray("enum").getString(0)
                                : "1";
                filled = filled.replace("{" + p.getString("name") + "}", value);
            }
        }
        return base() + (filled.startsWith("/api/") ? filled : "/api" + filled);
    }

    /** A call as the walk varies it; build() turns it into a request. */
    private static final class Template {

        final String operation;
        final boolean byKey;
        final String what;
        final String method;
        final String url;
        final JsonObject content;
        final Map<String, String> headers;
        final Map<String, String> query;
        final String bodyType;
        final String body;
        final String parameter;
        final String field;

        Template(String operation, boolean byKey, String method, String url, JsonObject content) {
            this(
                    operation,
                    byKey,
                    "valid",
                    method,
                    url,
                    content,
                    new LinkedHashMap<>(),
                    new LinkedHashMap<>(),
                    null,
                    null,
                    null,
                    null);
        }

        private Template(
                String operation,
                boolean byKey,
                String what,
                String method,
                String url,
                JsonObject content,
                Map<String, String> headers,
                Map<String, String> query,
                String bodyType,
                String body,
                String parameter,
                String field) {
            this.operation = operation;
            this.byKey = byKey;
            this.what = what;
            this.method = method;
            this.url = url;
            this.content = content;
            this.headers = headers;
            this.query = query;
            this.bodyType = bodyType;
            this.body = body;
            this.parameter = parameter;
            this.field = field;
        }

        private Template copy(
                String what,
                String method,
                String url,
                Map<String, String> headers,
                Map<String, String> query,
                String bodyType,
                String body,
                String parameter,
                String field) {
            return new Template(
                    operation, byKey, what, method, url, content, headers, query, bodyType, body, parameter, field);
        }

        Template named(String what) {
            return copy(what, method, url, headers, query, bodyType, body, parameter, field);
        }

        Template naming(String parameter) {
            return copy(what, method, url, headers, query, bodyType, body, parameter, field);
        }

        Template withField(String field) {
            return copy(what, method, url, headers, query, bodyType, body, parameter, field);
        }

        Template method(String method) {
            return copy(what, method, url, headers, query, bodyType, body, parameter, field);
        }

        Template with(String header, String value) {
            var h = new LinkedHashMap<>(headers);
            h.put(header, value);
            return copy(what, method, url, h, query, bodyType, body, parameter, field);
        }

        Template without(String header) {
            var h = new LinkedHashMap<>(headers);
            h.put(header, null);
            return copy(what, method, url, h, query, bodyType, body, parameter, field);
        }

        Template body(String type, String text) {
            return copy(what, method, url, headers, query, type, text, parameter, field);
        }

        Template withParameter(String in, String name, String value) {
            return switch (in) {
                case "query" -> {
                    var q = new LinkedHashMap<>(query);
                    q.put(name, value);
                    yield copy(what, method, url, headers, q, bodyType, body, parameter, field);
                }
                case "header" -> with(name, value);
                case "path" -> {
                    // the valid value was put in the path; the parameter's own segment takes the wrong one,
                    // counted from the end, so that a path of two parameters (CS-09's
                    // /figures/sheets/{department}/{month}) varies each in its place
                    String template = operation.substring(operation.indexOf(' ') + 1);
                    List<String> pattern = List.of(template.split("/"));
                    int fromEnd = pattern.size() - 1 - pattern.indexOf("{" + name + "}");
                    String[] segments = url.split("/", -1);
                    segments[segments.length - 1 - fromEnd] = URLEncoder.encode(value, StandardCharsets.UTF_8);
                    yield copy(
                            what, method, String.join("/", segments), headers, query, bodyType, body, parameter, field);
                }
                default -> this;
            };
        }

        HttpRequest.Builder build(ApiErrorsIT test) throws Exception {
            var address = new StringBuilder(url);
            char separator = '?';
            for (var q : query.entrySet()) {
                address.append(separator)
                        .append(q.getKey())
                        .append('=')
                        .append(URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
            var request = HttpRequest.newBuilder(URI.create(address.toString())).timeout(Duration.ofSeconds(60));
            var all = new LinkedHashMap<String, String>();
            all.put("Accept", "application/json");
            if (byKey) {
                all.put("X-Api-Key", test.key());
                all.put("X-Forwarded-For", visitor());
            } else {
                all.put("Authorization", basic(test.reader()));
            }
            String type = bodyType;
            String text = body;
            if (type == null && content != null) {
                boolean json = content.containsKey("application/json");
                type = json ? "application/json" : content.keySet().iterator().next();
                text = json ? intakeSample().toString() : "code,nameZh\n";
            }
            if (type != null) {
                all.put("Content-Type", type);
            }
            all.putAll(headers);
            all.forEach((name, value) -> {
                if (value != null) {
                    request.header(name, value);
                }
            });
            return request.method(
                    method,
                    text == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            return operation + " [" + what + "]";
        }
    }

    // --- helpers

    /** The media type of the operation's 200 answer, or null when it documents none. */
    private static String answers(JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null || !responses.containsKey("200")) {
            return null;
        }
        JsonObject ok = responses.getJsonObject("200");
        return ok.containsKey("content")
                ? ok.getJsonObject("content").keySet().iterator().next()
                : null;
    }

    /** The live OpenAPI document, as JSON. */
    private JsonObject openApi() throws Exception {
        var response = send(request("/openapi?format=JSON").header("Accept", "application/json"));
        assertEquals(200, response.statusCode(), shortened(response.body()));
        return json(response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Checks that the answer is the problem of this status, and answers it. */
    private static JsonObject problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM),
                response.headers().map().toString());
        JsonObject problem = json(response.body());
        assertEquals(status, problem.getInt("status"));
        for (String inside : INSIDES) {
            assertFalse(response.body().contains(inside), response.body());
        }
        return problem;
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }

    private String key;
    private String reader;
    private String finance;

    String key() throws Exception {
        if (key == null) {
            key = as.admin(() -> keys.generate("ApiErrorsIT " + UUID.randomUUID()))
                    .key();
        }
        return key;
    }

    /** An account that may call every operation: Sales imports, the administrator starts runs. */
    String reader() throws Exception {
        if (reader == null) {
            reader = account(EnumSet.of(Department.SALES, Department.ADMIN));
        }
        return reader;
    }

    /** A valid account whose department may read but neither import nor start a run. */
    String finance() throws Exception {
        if (finance == null) {
            finance = account(EnumSet.of(Department.FINANCE));
        }
        return finance;
    }

    private String account(Set<Department> departments) throws Exception {
        String username = "api-" + UUID.randomUUID().toString().substring(0, 8);
        as.admin(() -> accounts.create(username, "API " + departments, null, departments, PASSWORD.toCharArray()));
        return username;
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String visitor() {
        return "203.0.113." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
    }

    /** A submission of the website's form (CC-02) that the intake answers but does not store. */
    static JsonObject intakeSample() {
        JsonObjectBuilder sample = Json.createObjectBuilder()
                .add("company", "Walk Test Co.")
                .add("name", "李雷")
                .add("contact", "li.lei@example.cn")
                .add("product", "6204")
                .add("description", "外圈有划痕")
                // the honeypot, filled: a valid submission of the walk is answered but stores nothing
                .add("website", "filled by the walk");
        return sample.build();
    }

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.asJsonObject();
        }
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
