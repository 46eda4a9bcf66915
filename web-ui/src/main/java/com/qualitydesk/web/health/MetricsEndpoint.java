package com.qualitydesk.web.health;

import com.qualitydesk.platform.OperationsFigures;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * /metrics in the Prometheus text format, for what IT watches: the outbox, the open steps past
 * their deadline, the batch jobs, locked accounts and refused logins. The server's own metrics
 * page sits in its default web module, which this application replaces by living at "/", so the
 * application answers it itself. Only counts: nothing here names a person or a customer.
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OperationsFigures operations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var f = operations.now();
        var text = new StringBuilder();
        gauge(
                text,
                "qd_outbox_waiting",
                "Mails waiting in the outbox to be handed to the SMTP server.",
                f.mailsWaiting());
        gauge(text, "qd_outbox_failed", "Mails the SMTP server refused for good.", f.mailsFailed());
        gauge(text, "qd_steps_overdue", "Open inbox steps past their deadline.", f.stepsOverdue());
        gauge(text, "qd_batch_jobs_running", "Batch job executions running now.", f.jobsRunning());
        gauge(text, "qd_batch_jobs_failed", "Batch jobs whose latest run failed.", f.jobsFailed());
        gauge(text, "qd_accounts_locked", "Accounts locked after wrong passwords.", f.accountsLocked());
        text.append("# HELP qd_login_failures_total Refused logins on this instance since it started.\n")
                .append("# TYPE qd_login_failures_total counter\n")
                .append("qd_login_failures_total ")
                .append(f.loginFailures())
                .append('\n');
        response.setContentType("text/plain; version=0.0.4");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text.toString());
    }

    private static void gauge(StringBuilder text, String name, String help, long value) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" gauge\n");
        text.append(name).append(' ').append(value).append('\n');
    }
}
