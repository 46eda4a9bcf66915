package com.qualitydesk.web.api;

import com.qualitydesk.customer.ImportReport;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.web.customer.ImportTexts;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way the REST API answers a refused call: RFC 9457 problem details as
 * application/problem+json, a 4xx status for everything the caller can put right, the detail in
 * the caller's language (Accept-Language: en or zh-CN) and never a class name or a stack trace. A
 * true server fault is a 500 with a general text, and is logged. The exception mappers, the filter
 * for what JAX-RS never sees and the authentication mechanism all answer through here.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    /** Every problem type is this prefix and the message key of its detail. */
    public static final String TYPE_PREFIX = "urn:qualitydesk:problem:";

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where the REST API lives in the application (see {@link RestApi}). */
    public static final String API = "/api";

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    /** The statuses with a title of their own; any other takes the title of its class (4xx, 5xx). */
    private static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500);

    /** Longer paths are left out of the answer rather than echoed back. */
    private static final int MAX_INSTANCE = 1000;

    private static final int MAX_DEPTH = 20;

    private Problems() {}

    /** Whether a request URI is one of the REST API's, under /api. */
    public static boolean isApi(String uri, String contextPath) {
        String path = uri.startsWith(contextPath) ? uri.substring(contextPath.length()) : uri;
        return path.equals(API) || path.startsWith(API + "/");
    }

    // --- the caller's language

    /**
     * English or Simplified Chinese, as the Accept-Language header prefers (weights respected,
     * other languages skipped); English without a header or with one that cannot be read.
     */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("zh") || tag.startsWith("en")) {
                    return ImportTexts.locale(tag);
                }
                if (tag.equals("*")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException unreadable) {
            // English below
        }
        return Locale.ENGLISH;
    }

    static Locale locale(HttpHeaders headers) {
        return locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    static Locale locale(HttpServletRequest request) {
        return locale(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    // --- what went wrong

    /**
     * The problem a failure means for the caller. The first cause that says something decides,
     * as on the screens ({@link UserMessages#rootOf}; EJB and CDI wrap what a service threw): a
     * problem of the API itself, a rule of a service with its own message, invalid input, a missing
     * right; then a refusal of JAX-RS by its status. Anything else is a server fault: logged here,
     * answered 500.
     */
    public static ApiProblem of(Throwable failure, HttpServletRequest request) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
            if (cause instanceof ApiProblem problem) {
                return problem;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        Throwable root = UserMessages.rootOf(failure);
        if (root instanceof RuleViolation rule) {
            return ofRule(rule);
        }
        if (root instanceof ConstraintViolationException invalid) {
            return ApiProblem.fields(fields(invalid.getConstraintViolations(), locale(request)));
        }
        if (root instanceof EJBAccessException || root instanceof SecurityException) {
            return new ApiProblem(403, "error.forbidden");
        }
        if (root instanceof OptimisticLockException) {
            return new ApiProblem(409, "api.conflict");
        }
        if (failure instanceof WebApplicationException refused && refused.getResponse() != null) {
            int status = refused.getResponse().getStatus();
            if (status < 500) {
                // a parameter JAX-RS could not convert is a 404 with the reason as its cause
                boolean unconverted = refused instanceof NotFoundException && refused.getCause() != null;
                return unconverted
                        ? new ApiProblem(400, "api.parameter.invalid")
                        : ofStatus(status, request, refused.getResponse().getHeaderString(HttpHeaders.ALLOW));
            }
        }
        LOG.log(
                Level.SEVERE,
                failure,
                () -> "Unexpected failure of " + request.getMethod() + " " + request.getRequestURI());
        return new ApiProblem(500, "error.unexpected");
    }

    /** The status a rule of a service answers with; the detail is the rule's own message. */
    static ApiProblem ofRule(RuleViolation rule) {
        Object[] arguments = rule.getArguments();
        return switch (rule.getMessageKey()) {
            case "intake.tooMany" -> new ApiProblem(429, rule.getMessageKey(), arguments).header("Retry-After", "3600");
            case "import.kind.forbidden" -> new ApiProblem(403, rule.getMessageKey(), arguments);
            case "characteristic.unknown", "analysis.report.unknown", "review.unknown" ->
                new ApiProblem(404, rule.getMessageKey(), arguments);
            case "import.tooLarge", "attachment.tooLarge" -> new ApiProblem(413, rule.getMessageKey(), arguments);
            // a well-formed, valid request that a rule of the procedure refuses
            default -> new ApiProblem(422, rule.getMessageKey(), arguments);
        };
    }

    /**
     * A refusal of JAX-RS or of the servlet container, known only by its status.
     *
     * @param allow the methods the path takes, for a 405
     */
    static ApiProblem ofStatus(int status, HttpServletRequest request, String allow) {
        return switch (status) {
            case 400 -> new ApiProblem(400, "api.badRequest");
            case 401 -> credentialsMissing();
            case 403 -> new ApiProblem(403, "error.forbidden");
            case 404 -> new ApiProblem(404, "api.notFound");
            case 405 -> {
                var problem = new ApiProblem(405, "api.methodNotAllowed", Problems.shortened(request.getMethod()));
                yield allow == null ? problem : problem.header(HttpHeaders.ALLOW, allow);
            }
            case 406 -> new ApiProblem(406, "api.notAcceptable");
            case 413 -> tooLarge();
            case 415 ->
                new ApiProblem(
                        415,
                        "api.unsupportedMediaType",
                        request.getContentType() == null ? "-" : shortened(request.getContentType()));
            default ->
                status < 500
                        ? new ApiProblem(status, "api.refused", String.valueOf(status))
                        : new ApiProblem(status, "error.unexpected");
        };
    }

    public static ApiProblem credentialsMissing() {
        return new ApiProblem(401, "api.credentials.missing").header("WWW-Authenticate", basicChallenge());
    }

    public static ApiProblem credentialsRefused() {
        return new ApiProblem(401, "api.credentials.refused").header("WWW-Authenticate", basicChallenge());
    }

    static ApiProblem tooLarge() {
        return new ApiProblem(413, "api.body.tooLarge", RequestLimits.MAX_BODY_MB);
    }

    private static String basicChallenge() {
        return "Basic realm=\"Quality Desk\", charset=\"UTF-8\"";
    }

    /**
     * Bean Validation's refusals as field problems, in the caller's language, sorted by field: the
     * templates are resolved again the way the screens resolve them.
     */
    static List<ApiJson.FieldProblem> fields(Set<? extends ConstraintViolation<?>> invalid, Locale locale) {
        var list = new ArrayList<ApiJson.FieldProblem>();
        for (ConstraintViolation<?> v : invalid) {
            String template = v.getMessageTemplate();
            String reason = template.startsWith("{") && template.endsWith("}")
                    ? template.substring(1, template.length() - 1)
                    : null;
            list.add(new ApiJson.FieldProblem(
                    v.getPropertyPath().toString(), reason, UserMessages.violationText(v, locale)));
        }
        list.sort(Comparator.comparing(ApiJson.FieldProblem::field).thenComparing(ApiJson.FieldProblem::message));
        return list;
    }

    // --- the answer

    public static ApiJson.ProblemJson body(ApiProblem problem, Locale locale, String path) {
        return new ApiJson.ProblemJson(
                TYPE_PREFIX + problem.key(),
                title(problem.status(), locale),
                problem.status(),
                UserMessages.format(locale, problem.key(), problem.arguments()),
                instance(path),
                problem.parameter(),
                problem.allowed(),
                problem.problems());
    }

    /** The answer of a JAX-RS resource or provider. */
    static Response response(ApiProblem problem, HttpServletRequest request) {
        Locale locale = locale(request);
        var answer = Response.status(problem.status())
                .type(PROBLEM_JSON)
                .language(locale.toLanguageTag())
                .entity(body(problem, locale, request.getRequestURI()));
        for (Map.Entry<String, String> header : problem.headers().entrySet()) {
            answer.header(header.getKey(), header.getValue());
        }
        return answer.build();
    }

    /** The answer written straight to the servlet response, where JAX-RS does not answer. */
    public static void write(ApiProblem problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Locale locale = locale(request);
        write(problem, body(problem, locale, request.getRequestURI()), locale, response);
    }

    static void write(ApiProblem problem, Object body, Locale locale, HttpServletResponse response) throws IOException {
        byte[] json = Json.INSTANCE.toJson(body).getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(problem.status());
        problem.headers().forEach(response::setHeader);
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
        response.flushBuffer();
    }

    /** A refused import file (CC-01): 422, every bad line, nothing stored. */
    /** CS-09: a gauge's file refused as a whole, every bad line with its reason in the caller's language. */
    static Response measurementsRefused(com.qualitydesk.figures.MeasurementReport report, Locale locale, String path) {
        return Response.status(422)
                .type(PROBLEM_JSON)
                .language(locale.toLanguageTag())
                .entity(new ApiJson.MeasurementsRefusalJson(
                        TYPE_PREFIX + "measurements.refused",
                        title(422, locale),
                        422,
                        UserMessages.format(
                                locale,
                                "measurements.refused",
                                report.problems().size(),
                                report.problems().stream()
                                        .mapToInt(p -> p.line())
                                        .distinct()
                                        .count()),
                        instance(path),
                        report.problems().stream()
                                .map(p -> ApiJson.LineProblem.of(p, locale))
                                .toList()))
                .build();
    }

    static Response importRefused(ImportReport report, Locale locale, String path) {
        var result = ApiJson.ImportResult.of(report, locale);
        return Response.status(422)
                .type(PROBLEM_JSON)
                .language(locale.toLanguageTag())
                .entity(new ApiJson.ImportRefusalJson(
                        TYPE_PREFIX + "import.refused",
                        title(422, locale),
                        422,
                        UserMessages.format(
                                locale,
                                "import.result.problems",
                                report.fileName(),
                                report.problems().size(),
                                report.problems().stream()
                                        .mapToInt(p -> p.line())
                                        .distinct()
                                        .count()),
                        instance(path),
                        result.kind(),
                        result.fileName(),
                        false,
                        result.lines(),
                        result.problems()))
                .build();
    }

    static String title(int status, Locale locale) {
        String key = TITLED.contains(status) ? "api.title." + status : status < 500 ? "api.title.4xx" : "api.title.5xx";
        return UserMessages.format(locale, key);
    }

    private static String instance(String path) {
        return path == null || path.length() > MAX_INSTANCE ? null : path;
    }

    /** What the caller sent, named in a detail: never more than a line. */
    static String shortened(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }

    /** JSON-B for the answers written without JAX-RS, made when first needed. */
    private static final class Json {
        static final Jsonb INSTANCE = JsonbBuilder.create();
    }
}
