package com.qualitydesk.web.api;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The error pages of web.xml are for people. An error of a call to /api that the servlet container
 * answers itself, before or after JAX-RS (a security constraint's 403, an exception no mapper
 * caught), is dispatched to those pages like any other; this filter answers it as a problem
 * instead, with the status the container chose.
 */
@WebFilter(urlPatterns = "/WEB-INF/errors/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri == null || !Problems.isApi(uri, request.getContextPath())) {
            chain.doFilter(request, response);
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ApiProblem problem = failure != null
                ? Problems.of(failure, request)
                : Problems.ofStatus(status < 400 ? 500 : status, request, null);
        var body = Problems.body(problem, Problems.locale(request), uri);
        Problems.write(problem, body, Problems.locale(request), response);
    }
}
