package com.qualitydesk.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a record may keep: pictures of a defect, PDFs, office documents and plain
 * text. The kind is read from the content's first bytes, because a name is only a claim: an
 * executable renamed to photo.jpg stays an executable, and is refused. The name must still fit the
 * kind, so that the file opens as what it is when it is downloaded.
 */
public enum FileKind {
    JPEG("image/jpeg", "jpg", "jpeg", "jpe"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls"),
    PPT("application/vnd.ms-powerpoint", "ppt"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    TEXT("text/plain; charset=UTF-8", "txt", "log"),
    CSV("text/csv; charset=UTF-8", "csv");

    /** The names the upload fields offer and the refusal message lists. */
    public static final String ALLOWED_NAMES =
            "jpg, png, gif, webp, pdf, doc(x), xls(x), ppt(x), odt, ods, odp, txt, csv";

    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final int ZIP_ENTRIES_READ = 200;

    private final String contentType;
    private final List<String> extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    /**
     * The kind of the file, or empty when the content is none of the allowed kinds or the name
     * claims another kind than the content is.
     */
    public static Optional<FileKind> of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        String extension = extension(fileName);
        return fromContent(extension, content).filter(kind -> kind.extensions.contains(extension));
    }

    /** The kind the bytes prove; the extension only chooses among kinds that share a container. */
    static Optional<FileKind> fromContent(String extension, byte[] b) {
        if (startsWith(b, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWithText(b, 0, "GIF87a") || startsWithText(b, 0, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsWithText(b, 0, "RIFF") && startsWithText(b, 8, "WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWithText(b, 0, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(b, 0, OLE2)) {
            // Word, Excel and PowerPoint 97-2003 share one container; the name tells which it is.
            return Arrays.asList(DOC, XLS, PPT).stream()
                    .filter(k -> k.extensions.contains(extension))
                    .findFirst();
        }
        if (startsWith(b, 0, (byte) 'P', (byte) 'K', (byte) 3, (byte) 4)) {
            return officeZip(b);
        }
        if (isText(b)) {
            return Optional.of(CSV.extensions.contains(extension) ? CSV : TEXT);
        }
        return Optional.empty();
    }

    /** A ZIP is an office document only when its parts say so; any other archive is refused. */
    private static Optional<FileKind> officeZip(byte[] b) {
        boolean contentTypes = false;
        FileKind ooxml = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            for (int i = 0; i < ZIP_ENTRIES_READ && (entry = zip.getNextEntry()) != null; i++) {
                String name = entry.getName();
                if (i == 0 && name.equals("mimetype")) {
                    String declared = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return Arrays.asList(ODT, ODS, ODP).stream()
                            .filter(k -> k.contentType.equals(declared))
                            .findFirst();
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    ooxml = DOCX;
                } else if (name.startsWith("xl/")) {
                    ooxml = XLSX;
                } else if (name.startsWith("ppt/")) {
                    ooxml = PPTX;
                }
                if (contentTypes && ooxml != null) {
                    return Optional.of(ooxml);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Text is valid UTF-8 without control characters other than tab, line and page breaks. */
    static boolean isText(byte[] b) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return text.chars()
                    .noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] b, int offset, byte... prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithText(byte[] b, int offset, String prefix) {
        return startsWith(b, offset, prefix.getBytes(StandardCharsets.US_ASCII));
    }
}
