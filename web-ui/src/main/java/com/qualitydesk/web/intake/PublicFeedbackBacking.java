package com.qualitydesk.web.intake;

import com.qualitydesk.attachment.FileKind;
import com.qualitydesk.intake.PublicIntake;
import com.qualitydesk.intake.WebsiteFeedback;
import com.qualitydesk.web.shared.TooManyRequests;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.primefaces.model.file.UploadedFile;

/**
 * public/feedback.xhtml, the website's feedback form (CC-02): no login, nothing of the intranet;
 * its language is {@link PublicLanguage}'s. The view keeps no state on the server, so a visitor who
 * takes an hour to write never meets an expired page; each post carries the whole form. An address
 * that used up its hour (CC02_INTAKE_PER_HOUR) gets status 429 and a page that says how long to
 * wait, instead of the form.
 */
@Named
@RequestScoped
public class PublicFeedbackBacking {

    @Inject
    PublicIntake intake;

    @Inject
    UserMessages messages;

    @Inject
    ExternalContext external;

    private WebsiteFeedback form = new WebsiteFeedback();
    private UploadedFile file;
    private String reference;
    private Duration wait;

    /** On opening the page: an address that used up its hour is told so before it writes. */
    public void checkAllowance() {
        refuseIfTooMany(address());
    }

    public void submit() {
        byte[] content = null;
        String fileName = null;
        if (file != null && file.getFileName() != null && !file.getFileName().isBlank()) {
            fileName = file.getFileName();
            content = file.getContent();
        }
        String address = address();
        String name = fileName;
        byte[] bytes = content;
        if (!messages.attempt(() -> reference = intake.submit(form, address, name, bytes), null)) {
            refuseIfTooMany(address);
        }
        file = null;
    }

    /**
     * The remote address only: a visitor may write any X-Forwarded-For, and the page is the
     * visitor's own connection.
     */
    private String address() {
        return ((HttpServletRequest) external.getRequest()).getRemoteAddr();
    }

    private void refuseIfTooMany(String address) {
        wait = intake.waitFor(address);
        if (wait != null) {
            TooManyRequests.answer(external, wait);
        }
    }

    public boolean isTooMany() {
        return wait != null;
    }

    /** Whole minutes to wait, as the page tells them. */
    public long getWaitMinutes() {
        return wait == null ? 0 : TooManyRequests.minutes(wait);
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
