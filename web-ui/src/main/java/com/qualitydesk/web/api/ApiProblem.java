package com.qualitydesk.web.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refused API call, before it is put into words: the HTTP status, the message key of the detail
 * and its arguments, and what the problem adds for programs (the refused parameter and what it
 * accepts, the refused fields). Resources and the parameter converters throw it; every other
 * failure is turned into one by {@link Problems#of}; {@link Problems} writes it as
 * application/problem+json in the caller's language.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String key;
    private final transient Object[] arguments;
    private final String parameter;
    private final List<String> allowed;
    private final transient List<ApiJson.FieldProblem> problems;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiProblem(int status, String key, Object... arguments) {
        this(status, key, arguments, null, null, null);
    }

    private ApiProblem(
            int status,
            String key,
            Object[] arguments,
            String parameter,
            List<String> allowed,
            List<ApiJson.FieldProblem> problems) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.arguments = arguments.clone();
        this.parameter = parameter;
        this.allowed = allowed == null ? null : List.copyOf(allowed);
        this.problems = problems == null ? null : List.copyOf(problems);
    }

    /**
     * A refused parameter: 400, the detail names it (the key's first argument is the parameter's
     * name) and, if given, the values it accepts.
     */
    public static ApiProblem parameter(String name, List<String> allowed, String key, Object... arguments) {
        return parameter(400, name, allowed, key, arguments);
    }

    public static ApiProblem parameter(int status, String name, List<String> allowed, String key, Object... arguments) {
        return new ApiProblem(status, key, arguments, name, allowed, null);
    }

    /** Refused fields of the request body: 400 with every field and its reason. */
    public static ApiProblem fields(List<ApiJson.FieldProblem> problems) {
        return new ApiProblem(400, "api.fields.invalid", new Object[0], null, null, problems);
    }

    /** A header the answer carries (Allow, WWW-Authenticate, Retry-After). */
    public ApiProblem header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public String parameter() {
        return parameter;
    }

    public List<String> allowed() {
        return allowed;
    }

    public List<ApiJson.FieldProblem> problems() {
        return problems;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }
}
