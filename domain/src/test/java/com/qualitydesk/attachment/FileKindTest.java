package com.qualitydesk.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The kind of an attachment is what its bytes are, and its name must agree (CF-01, CC-02). */
class FileKindTest {

    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0};

    @Test
    void picturesArePicturesByTheirFirstBytes_CF01() {
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of("defect.JPG", JPEG));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of("缺陷照片.jpeg", JPEG));
        assertEquals(Optional.of(FileKind.PNG), FileKind.of("scan.png", PNG));
        assertEquals(Optional.of(FileKind.GIF), FileKind.of("a.gif", ascii("GIF89a\u0001\u0000")));
        assertEquals(Optional.of(FileKind.WEBP), FileKind.of("a.webp", ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ")));
        assertEquals(Optional.of(FileKind.PDF), FileKind.of("letter.pdf", ascii("%PDF-1.7\n%âãÏÓ")));
    }

    @Test
    void anExecutableIsRefusedWhateverItsName_CC02() {
        assertTrue(FileKind.of("setup.exe", EXE).isEmpty());
        assertTrue(FileKind.of("photo.jpg", EXE).isEmpty());
        assertTrue(FileKind.of("notes.txt", EXE).isEmpty(), "an MZ header with NUL bytes is no text");
    }

    @Test
    void aNameThatClaimsAnotherKindIsRefused() {
        assertTrue(FileKind.of("invoice.exe", ascii("%PDF-1.4")).isEmpty());
        assertTrue(FileKind.of("photo.png", JPEG).isEmpty());
        assertTrue(FileKind.of("no-extension", JPEG).isEmpty());
    }

    @Test
    void officeDocumentsAreRecognisedByTheirParts() throws IOException {
        assertEquals(
                Optional.of(FileKind.DOCX),
                FileKind.of("report.docx", zip("[Content_Types].xml", "_rels/.rels", "word/document.xml")));
        assertEquals(
                Optional.of(FileKind.XLSX), FileKind.of("figures.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")));
        assertEquals(
                Optional.of(FileKind.ODT), FileKind.of("brief.odt", odf("application/vnd.oasis.opendocument.text")));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertEquals(Optional.of(FileKind.XLS), FileKind.of("old.xls", ole));
        assertEquals(Optional.of(FileKind.DOC), FileKind.of("old.doc", ole));
        assertTrue(FileKind.of("old.msi", ole).isEmpty());
    }

    @Test
    void anyOtherArchiveIsRefused() throws IOException {
        assertTrue(FileKind.of("tools.zip", zip("run.exe")).isEmpty());
        assertTrue(FileKind.of("tools.docx", zip("run.exe", "readme.txt")).isEmpty());
        assertTrue(FileKind.of("app.jar", zip("META-INF/MANIFEST.MF")).isEmpty());
    }

    @Test
    void plainTextInUtf8IsText() {
        assertEquals(Optional.of(FileKind.TEXT), FileKind.of("notes.txt", utf8("批次 2026-11 有划痕\r\n第二行\t")));
        assertEquals(Optional.of(FileKind.CSV), FileKind.of("lots.csv", utf8("lot;qty\nA1;20\n")));
        assertTrue(FileKind.of("page.html", utf8("<html><script>alert(1)</script></html>"))
                .isEmpty());
        assertTrue(FileKind.of("notes.txt", new byte[] {(byte) 0xC3, 0x28}).isEmpty(), "not UTF-8");
    }

    @Test
    void anEmptyFileIsNoKind() {
        assertTrue(FileKind.of("empty.txt", new byte[0]).isEmpty());
        assertTrue(FileKind.of("null.txt", null).isEmpty());
    }

    @Test
    void fileNamesLoseTheirPathAndReservedCharacters() {
        assertEquals("photo.jpg", FileNames.safe("C:\\Users\\li\\photo.jpg"));
        assertEquals("passwd", FileNames.safe("../../etc/passwd"));
        assertEquals("a_b_.txt", FileNames.safe("a\"b\n.txt"));
        assertEquals("file", FileNames.safe(" "));
        assertEquals("缺陷照片.jpg", FileNames.safe("缺陷照片.jpg"));
        String longName = "x".repeat(300) + ".pdf";
        assertEquals(200, FileNames.safe(longName).length());
        assertTrue(FileNames.safe(longName).endsWith(".pdf"));
    }

    @Test
    void theDownloadHeaderCarriesTheNameInUtf8AndAnAsciiFallback() {
        assertEquals(
                "attachment; filename=\"__.jpg\"; filename*=UTF-8''%E7%85%A7%E7%89%87.jpg",
                FileNames.contentDisposition("attachment", "照片.jpg"));
        assertEquals(
                "attachment; filename=\"my report.pdf\"; filename*=UTF-8''my%20report.pdf",
                FileNames.contentDisposition("attachment", "my report.pdf"));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] zip(String... names) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(utf8("<x/>"));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] odf(String mimetype) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(utf8(mimetype));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(utf8("<x/>"));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
