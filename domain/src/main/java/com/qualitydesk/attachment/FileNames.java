package com.qualitydesk.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name a file is kept and downloaded under: whatever path the browser sent is dropped, and
 * characters that would break a header or a file system are replaced.
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;

    private FileNames() {}

    /** The last path segment, without control and reserved characters, at most 200 characters. */
    public static String safe(String name) {
        String n = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC);
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"*:<>?|;]", "_").strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isBlank()) {
            n = "file";
        }
        if (n.length() > MAX_LENGTH) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return n;
    }

    /**
     * A Content-Disposition header value: an ASCII fallback for old clients and the exact name in
     * UTF-8 (RFC 6266 / RFC 5987), so that a Chinese file name arrives as it was uploaded.
     */
    public static String contentDisposition(String disposition, String name) {
        String safe = safe(name);
        String ascii = safe.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        return disposition + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
