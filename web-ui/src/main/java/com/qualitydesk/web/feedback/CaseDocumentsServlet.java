package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.FeedbackCases;
import com.qualitydesk.feedback.document.FeedbackDocuments;
import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The printed documents of a case as plain links a browser downloads: the written reply in the
 * reply's language (CF-12) and the 8D report in the reader's language. The services decide who may
 * read them; a refused or impossible document is answered with its reason.
 */
@WebServlet("/feedback/documents/*")
public class CaseDocumentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackDocuments documents;

    @Inject
    FeedbackCases cases;

    @Inject
    UserSession user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "" : request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        String name;
        try {
            String reference = reference(id);
            switch (kind) {
                case "/reply.pdf" -> {
                    pdf = documents.replyLetter(id);
                    name = "reply-" + reference + ".pdf";
                }
                case "/8d.pdf" -> {
                    pdf = documents.eightD(id, user.getLocale());
                    name = "8D-" + reference + ".pdf";
                }
                default -> {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
            }
        } catch (RuntimeException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(refusal(e).getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    private String reference(long id) {
        var feedback = cases.find(id);
        return feedback.getNumber() != null ? feedback.getNumber() : String.valueOf(id);
    }

    private String refusal(RuntimeException e) {
        Throwable cause = UserMessages.rootOf(e);
        if (cause instanceof RuleViolation rule) {
            return UserMessages.format(user.getLocale(), rule.getMessageKey(), rule.getArguments());
        }
        return UserMessages.format(
                user.getLocale(), cause instanceof EJBAccessException ? "error.forbidden" : "error.unexpected");
    }
}
