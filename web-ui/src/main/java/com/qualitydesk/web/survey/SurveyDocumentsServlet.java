package com.qualitydesk.web.survey;

import com.qualitydesk.shared.RuleViolation;
import com.qualitydesk.survey.SurveyCampaigns;
import com.qualitydesk.survey.document.SurveyDocuments;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The printed survey documents as plain links a browser downloads: a campaign's print file of
 * paper questionnaires and a single questionnaire (CS-04), and a reply's thank-you letter (CS-06).
 * The print file is streamed to the browser while it is laid out, however many recipients the
 * campaign has. The services decide who may have them; a refusal is answered with its reason.
 */
@WebServlet("/survey/documents/*")
public class SurveyDocumentsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]+");

    @Inject
    SurveyDocuments documents;

    @Inject
    SurveyCampaigns campaigns;

    @Inject
    UserSession user;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String kind = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (kind) {
                case "/questionnaires.pdf" -> {
                    long campaignId = id(request, "campaign");
                    String name = campaigns
                            .find(campaignId)
                            .map(c -> UNSAFE_IN_FILE_NAME.matcher(c.getName()).replaceAll("-"))
                            .orElse(String.valueOf(campaignId));
                    pdfHeaders(response, "questionnaires-" + name + ".pdf");
                    var out = new BufferedOutputStream(response.getOutputStream(), 64 * 1024);
                    documents.writePrintFile(campaignId, out);
                    out.flush();
                }
                case "/questionnaire.pdf" -> {
                    byte[] pdf = documents.questionnaire(id(request, "invitation"));
                    send(response, pdf, "questionnaire-" + request.getParameter("invitation") + ".pdf");
                }
                case "/thanks.pdf" -> {
                    byte[] pdf = documents.thankYouLetter(id(request, "reply"));
                    send(response, pdf, "thank-you-" + request.getParameter("reply") + ".pdf");
                }
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (RuntimeException e) {
            if (response.isCommitted()) {
                // the print file broke off mid-way: the browser shows a failed download
                throw e;
            }
            response.reset();
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(refusal(e).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static long id(HttpServletRequest request, String parameter) {
        return Long.parseLong(String.valueOf(request.getParameter(parameter)));
    }

    private static void pdfHeaders(HttpServletResponse response, String name) {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    private static void send(HttpServletResponse response, byte[] pdf, String name) throws IOException {
        pdfHeaders(response, name);
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
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
