package com.qualitydesk.web.attachment;

import com.qualitydesk.attachment.AttachmentFile;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.attachment.FileNames;
import com.qualitydesk.shared.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * GET /attachments/{id}: one stored file, as a download under the name it was kept with (UTF-8
 * names intact). Behind the login like every page; the service checks the department. The stored
 * type is the one its content proved, and the browser is told not to guess another.
 */
@WebServlet("/attachments/*")
public class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Attachments attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            String path = request.getPathInfo();
            id = Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentFile file;
        try {
            file = attachments.content(id);
        } catch (RuleViolation e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (EJBException e) {
            if (e.getCausedByException() instanceof RuleViolation) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            throw e;
        }
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", FileNames.contentDisposition("attachment", file.fileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLengthLong(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
