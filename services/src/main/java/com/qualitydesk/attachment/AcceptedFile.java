package com.qualitydesk.attachment;

import com.qualitydesk.shared.RuleViolation;
import java.time.Instant;

/**
 * An upload that passed the limits every attachment meets, wherever it comes from (a department's
 * screen or the website, CF-01/CC-02): not empty, not larger than the configured megabytes, and of
 * an allowed kind as its content proves.
 */
public record AcceptedFile(String fileName, FileKind kind, byte[] content) {

    public static AcceptedFile check(String fileName, byte[] content, int maxMegabytes) {
        String name = FileNames.safe(fileName);
        if (content == null || content.length == 0) {
            throw new RuleViolation("attachment.empty", name);
        }
        if (content.length > (long) maxMegabytes * 1024 * 1024) {
            throw new RuleViolation("attachment.tooLarge", name, maxMegabytes);
        }
        FileKind kind = FileKind.of(name, content)
                .orElseThrow(() -> new RuleViolation("attachment.type.refused", name, FileKind.ALLOWED_NAMES));
        return new AcceptedFile(name, kind, content);
    }

    public Attachment toAttachment(String ownerType, Long ownerId, Instant at, String by) {
        var attachment = new Attachment(ownerType, ownerId, fileName, kind.contentType(), content);
        attachment.setUploadedAt(at);
        attachment.setUploadedBy(by);
        return attachment;
    }
}
