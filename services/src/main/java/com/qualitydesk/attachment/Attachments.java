package com.qualitydesk.attachment;

import com.qualitydesk.security.Department.Role;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.settings.ProcedureSettings;
import com.qualitydesk.shared.CurrentUser;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;

/**
 * Files kept with a record (CF-01 "attachments", CF-10 evidence, CF-11 visit reports): anyone
 * logged in adds a file to a record and reads the files of any record, as they read the record
 * itself. Files are never changed; who added each one and when is kept with it (CF-14).
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
public class Attachments {

    /** The owner type of a feedback item's files. */
    public static final String FEEDBACK = "Feedback";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProcedureSettings settings;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * Keeps the file with the record. The type the sender claims is not trusted: the stored type is
     * the one the content proves, and a file that is none of the allowed kinds is refused.
     */
    public AttachmentInfo store(
            @NotBlank String ownerType,
            @NotNull Long ownerId,
            String fileName,
            String claimedContentType,
            byte[] content) {
        requireOwner(ownerType, ownerId);
        var accepted = AcceptedFile.check(fileName, content, maxMegabytes());
        var attachment = accepted.toAttachment(ownerType, ownerId, clock.instant(), user.name());
        em.persist(attachment);
        em.flush(); // the identity column assigns the id only when the row is written
        return info(attachment);
    }

    /** The files of a record, newest first, without their contents. */
    public List<AttachmentInfo> list(@NotBlank String ownerType, @NotNull Long ownerId) {
        return em.createQuery(
                        "select new com.qualitydesk.attachment.AttachmentInfo(a.id, a.ownerType, a.ownerId,"
                                + " a.fileName, a.contentType, a.sizeBytes, a.uploadedAt, a.uploadedBy)"
                                + " from Attachment a where a.ownerType = :type and a.ownerId = :id"
                                + " order by a.uploadedAt desc, a.id desc",
                        AttachmentInfo.class)
                .setParameter("type", ownerType)
                .setParameter("id", ownerId)
                .getResultList();
    }

    /** One file to download. */
    public AttachmentFile content(long id) {
        Attachment a = em.find(Attachment.class, id);
        if (a == null) {
            throw new RuleViolation("attachment.unknown");
        }
        return new AttachmentFile(a.getFileName(), a.getContentType(), a.getContent());
    }

    /** The largest file accepted, in megabytes: a procedure parameter, so screens show the limit. */
    @PermitAll
    public int maxMegabytes() {
        return settings.value(ProcedureParameter.ATTACHMENT_MAX_MB);
    }

    static AttachmentInfo info(Attachment a) {
        return new AttachmentInfo(
                a.getId(),
                a.getOwnerType(),
                a.getOwnerId(),
                a.getFileName(),
                a.getContentType(),
                a.getSizeBytes(),
                a.getUploadedAt(),
                a.getUploadedBy());
    }

    /** A file must belong to an existing record: owner types are entity names (Feedback, ...). */
    private void requireOwner(String ownerType, Long ownerId) {
        Class<?> type = em.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals(ownerType))
                .map(EntityType::getJavaType)
                .findFirst()
                .orElseThrow(() -> new RuleViolation("attachment.owner.unknown"));
        if (em.find(type, ownerId) == null) {
            throw new RuleViolation("attachment.owner.unknown");
        }
    }
}
