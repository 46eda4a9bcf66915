package com.qualitydesk.attachment;

import java.time.Instant;

/** What a list of attachments shows: everything but the content, which is only read to download. */
public record AttachmentInfo(
        Long id,
        String ownerType,
        Long ownerId,
        String fileName,
        String contentType,
        long sizeBytes,
        Instant uploadedAt,
        String uploadedBy) {

    /** The size as people read it: 812 B, 34 KB, 2.4 MB. */
    public String size() {
        if (sizeBytes < 1024) {
            return sizeBytes + " B";
        }
        if (sizeBytes < 1024 * 1024) {
            return Math.round(sizeBytes / 1024.0) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }
}
