package com.qualitydesk.web.intake;

import com.qualitydesk.attachment.FileKind;
import com.qualitydesk.intake.PublicIntake;
import com.qualitydesk.intake.WebsiteFeedback;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * public/feedback.xhtml, the website's feedback form (CC-02): no login, nothing of the intranet;
 * its language is {@link PublicLanguage}'s.
 */
@Named
@ViewScoped
public class PublicFeedbackBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicIntake intake;

    @Inject
    UserMessages messages;

    @Inject
    ExternalContext external;

    private WebsiteFeedback form = new WebsiteFeedback();
    private transient UploadedFile file;
    private String reference;

    public void submit() {
        byte[] content = null;
        String fileName = null;
        if (file != null && file.getFileName() != null && !file.getFileName().isBlank()) {
            fileName = file.getFileName();
            content = file.getContent();
        }
        // The remote address only: a visitor may write any X-Forwarded-For, and the page is the
        // visitor's own connection.
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        String name = fileName;
        byte[] bytes = content;
        messages.attempt(() -> reference = intake.submit(form, address, name, bytes), null);
        file = null;
    }

    /** Clears the form for another comment. */
    public void another() {
        form = new WebsiteFeedback();
        reference = null;
    }

    public WebsiteFeedback getForm() {
        return form;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getReference() {
        return reference;
    }

    public boolean isSubmitted() {
        return reference != null;
    }

    public int getMaxMegabytes() {
        return intake.maxMegabytes();
    }

    public long getMaxBytes() {
        return getMaxMegabytes() * 1024L * 1024L;
    }

    /** The client-side check of the upload field; the server checks the content again. */
    public String getAllowTypes() {
        var names = new StringBuilder();
        for (FileKind kind : FileKind.values()) {
            for (String ext : kind.extensions()) {
                names.append(names.isEmpty() ? "" : "|").append(ext);
            }
        }
        return "/(\\.)(" + names + ")$/i";
    }

    public String getAllowedNames() {
        return FileKind.ALLOWED_NAMES;
    }

    public String getAccept() {
        var names = new StringBuilder();
        for (FileKind kind : FileKind.values()) {
            for (String ext : kind.extensions()) {
                names.append(names.isEmpty() ? "" : ",").append('.').append(ext);
            }
        }
        return names.toString();
    }
}
