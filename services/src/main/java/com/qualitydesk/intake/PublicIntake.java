package com.qualitydesk.intake;

import com.qualitydesk.attachment.AcceptedFile;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackReception;
import com.qualitydesk.feedback.PublicSubmission;
import com.qualitydesk.security.PublicEntrance;
import com.qualitydesk.security.PublicRateLimit;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * CC-02: a comment from the company website, sent by a visitor without an account, through the
 * public page or the website's own form over REST. It enters CF-01 as a received item for SALES;
 * the visitor is told its reference and nothing else. Both ways share every check: the fields, the
 * attachment's size and kind, the hourly limit per address and the honeypot.
 */
@Stateless
@PermitAll
public class PublicIntake {

    private static final Logger LOG = Logger.getLogger(PublicIntake.class.getName());

    /** Who the audit trail and the attachment name for what the website delivered. */
    public static final String WEBSITE = FeedbackReception.WEBSITE;

    @Inject
    FeedbackReception reception;

    @Inject
    PublicRateLimit rateLimit;

    @Inject
    ProcedureSettings settings;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /**
     * Receives the visitor's feedback and answers its public reference. A form whose honeypot is
     * filled gets a reference like any other, so that the program that sent it learns nothing, but
     * nothing is stored.
     *
     * @param address the network address the hourly limit counts for
     * @param fileName the attachment's name, or null without one
     * @param content the attachment, or null
     * @throws RuleViolation intake.tooMany when the address has used up its hour; attachment.* when
     *     the file is refused
     * @throws ConstraintViolationException when a field is missing or malformed
     */
    public String submit(WebsiteFeedback form, String address, String fileName, byte[] content) {
        var problems = validator.validate(form);
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
        AcceptedFile file = content == null || content.length == 0 && (fileName == null || fileName.isBlank())
                ? null
                : AcceptedFile.check(fileName, content, settings.value(ProcedureParameter.ATTACHMENT_MAX_MB));
        if (!rateLimit.admit(PublicEntrance.WEBSITE_FEEDBACK, address)) {
            throw new RuleViolation("intake.tooMany");
        }
        if (form.isFromABot()) {
            LOG.info(() -> "Honeypot filled, nothing stored (CC-02), from " + address);
            return FeedbackReception.newPublicReference();
        }
        var feedback = reception.receivePublic(new PublicSubmission(
                form.getCompany(),
                form.getName(),
                form.getContact(),
                form.getProduct(),
                form.getDescription(),
                FeedbackChannel.WEBSITE));
        if (file != null) {
            em.persist(file.toAttachment(Attachments.FEEDBACK, feedback.getId(), clock.instant(), WEBSITE));
        }
        return feedback.getPublicReference();
    }

    /**
     * How long the address must wait before its next submission is accepted (CC02_INTAKE_PER_HOUR),
     * or null when it may submit now.
     */
    public Duration waitFor(String address) {
        return rateLimit.waitFor(PublicEntrance.WEBSITE_FEEDBACK, address);
    }

    /** The largest attachment accepted, in megabytes, as the form tells the visitor. */
    public int maxMegabytes() {
        return settings.value(ProcedureParameter.ATTACHMENT_MAX_MB);
    }
}
