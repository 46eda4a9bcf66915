package com.qualitydesk.aftersales;

import com.qualitydesk.attachment.AcceptedFile;
import com.qualitydesk.attachment.AttachmentInfo;
import com.qualitydesk.attachment.Attachments;
import com.qualitydesk.attachment.FileKind;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * AS-01: OFFICE trains the service personnel in professional ethics and business skills and keeps
 * a training record per person, with the certificate. Only OFFICE and ADMIN write them; every
 * department reads them.
 */
@Stateless
@RolesAllowed({
    Role.SALES,
    Role.QUALITY,
    Role.TECHNICAL,
    Role.PRODUCTION,
    Role.FINANCE,
    Role.OFFICE,
    Role.GENERAL_MANAGER,
    Role.SERVICE,
    Role.ADMIN
})
public class Trainings {

    /** A certificate is a scan or a PDF: what a certificate can be, nothing else. */
    public static final Set<FileKind> CERTIFICATE_KINDS =
            EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.GIF, FileKind.WEBP);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Attachments attachments;

    @Inject
    Clock clock;

    /** The trainings of a person, newest first. */
    public List<Training> of(long personId) {
        return em.createQuery(
                        "select t from Training t where t.person.id = :p order by t.trainingDate desc, t.id desc",
                        Training.class)
                .setParameter("p", personId)
                .getResultList();
    }

    public Optional<Training> find(long id) {
        return Optional.ofNullable(em.find(Training.class, id));
    }

    /**
     * Records or corrects a training (AS-01): it took place (not after today) and lasted some hours;
     * the person's last training day follows.
     */
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public Training save(@NotNull Training training) {
        if (training.getPerson() == null || training.getPerson().getId() == null) {
            throw new RuleViolation("training.person.required");
        }
        ServicePerson person = em.find(ServicePerson.class, training.getPerson().getId());
        if (person == null) {
            throw new RuleViolation("training.person.required");
        }
        training.setPerson(person);
        training.requireTakenPlace(LocalDate.now(clock));
        Training saved = training.isNew() ? records.create(training) : records.update(training);
        em.flush();
        refreshLastTraining(person);
        return saved;
    }

    /**
     * Keeps the certificate with the training (AS-01): a PDF or an image within the attachment size
     * limit; anything else is refused with the reason.
     */
    @RolesAllowed({Role.OFFICE, Role.ADMIN})
    public AttachmentInfo attachCertificate(long trainingId, String fileName, byte[] content) {
        if (em.find(Training.class, trainingId) == null) {
            throw new RuleViolation("attachment.owner.unknown");
        }
        var accepted = AcceptedFile.check(fileName, content, attachments.maxMegabytes());
        if (!CERTIFICATE_KINDS.contains(accepted.kind())) {
            throw new RuleViolation("training.certificate.type", accepted.fileName());
        }
        return attachments.store(Training.ATTACHMENT_OWNER, trainingId, accepted.fileName(), null, content);
    }

    public List<AttachmentInfo> certificates(long trainingId) {
        return attachments.list(Training.ATTACHMENT_OWNER, trainingId);
    }

    private void refreshLastTraining(ServicePerson person) {
        LocalDate last = em.createQuery(
                        "select max(t.trainingDate) from Training t where t.person = :p", LocalDate.class)
                .setParameter("p", person)
                .getSingleResult();
        if (last == null ? person.getLastTrainedOn() != null : !last.equals(person.getLastTrainedOn())) {
            person.setLastTrainedOn(last);
        }
    }
}
