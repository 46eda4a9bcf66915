package com.qualitydesk.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Locale;

/**
 * The last word on every answer of /api: an error that is not yet a problem (a mapper of the
 * server's that answers in plain text, a bare status) becomes one, by its status. Without an
 * entity the servlet container would answer the status with the HTML error page of the screens.
 */
@Provider
public class ProblemResponses implements ContainerResponseFilter {

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext call, ContainerResponseContext answer) {
        int status = answer.getStatus();
        if (status < 400 || isProblem(answer.getMediaType())) {
            return;
        }
        ApiProblem problem = Problems.ofStatus(status, request, answer.getHeaderString(HttpHeaders.ALLOW));
        Locale locale = Problems.locale(request);
        answer.setEntity(
                Problems.body(problem, locale, request.getRequestURI()), new Annotation[0], Problems.PROBLEM_JSON);
        answer.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        problem.headers().forEach((name, value) -> {
            if (!answer.getHeaders().containsKey(name)) {
                answer.getHeaders().putSingle(name, value);
            }
        });
    }

    static boolean isProblem(MediaType type) {
        return type != null
                && type.getType().equals("application")
                && type.getSubtype().endsWith("problem+json");
    }
}
