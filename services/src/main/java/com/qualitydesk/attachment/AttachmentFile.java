package com.qualitydesk.attachment;

/** A stored file as it is downloaded: its kept name, its detected type and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] content) {}
