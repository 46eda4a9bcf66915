package com.qualitydesk.web.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health, /health/ready and /health/live in the MicroProfile Health format. The server's own
 * endpoints sit in its default web module, which this application replaces by living at "/".
 */
@WebServlet(urlPatterns = {"/health", "/health/*"})
public class HealthEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    @Readiness
    @Any
    transient Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    @Any
    transient Instance<HealthCheck> liveness;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String which = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<HealthCheckResponse> results = new ArrayList<>();
        if (!which.startsWith("/live")) {
            readiness.forEach(c -> results.add(c.call()));
        }
        if (!which.startsWith("/ready")) {
            liveness.forEach(c -> results.add(c.call()));
        }
        boolean up = results.stream().allMatch(r -> r.getStatus() == HealthCheckResponse.Status.UP);
        var checks = Json.createArrayBuilder();
        for (HealthCheckResponse r : results) {
            var check = Json.createObjectBuilder()
                    .add("name", r.getName())
                    .add("status", r.getStatus().name());
            r.getData().ifPresent(data -> {
                var d = Json.createObjectBuilder();
                data.forEach((k, v) -> d.add(k, String.valueOf(v)));
                check.add("data", d);
            });
            checks.add(check);
        }
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("status", up ? "UP" : "DOWN")
                        .add("checks", checks)
                        .build()
                        .toString());
    }
}
