package com.qualitydesk.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a reader gets out of a rendered PDF: its text, where the text sits, and its fonts. */
public final class PdfContents {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final String text;
    private final float rightmostGlyphEnd;
    private final float pageWidth;
    private final int pages;
    private final List<PDFont> fonts;

    private PdfContents(String text, float rightmostGlyphEnd, float pageWidth, int pages, List<PDFont> fonts) {
        this.text = text;
        this.rightmostGlyphEnd = rightmostGlyphEnd;
        this.pageWidth = pageWidth;
        this.pages = pages;
        this.fonts = fonts;
    }

    public static PdfContents of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float[] rightmost = {0f};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        rightmost[0] = Math.max(rightmost[0], position.getXDirAdj() + position.getWidthDirAdj());
                    }
                    super.writeString(string, positions);
                }
            };
            String text = stripper.getText(document);
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            return new PdfContents(
                    text,
                    rightmost[0],
                    document.getPage(0).getMediaBox().getWidth(),
                    document.getNumberOfPages(),
                    fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as extracted, line breaks where the layout wrapped. */
    public String text() {
        return text;
    }

    /** The text without any whitespace, so a phrase wrapped across lines still matches. */
    public boolean contains(String phrase) {
        return compact(text).contains(compact(phrase));
    }

    public float rightmostGlyphEnd() {
        return rightmostGlyphEnd;
    }

    public float pageWidth() {
        return pageWidth;
    }

    public int pages() {
        return pages;
    }

    public List<PDFont> fonts() {
        return fonts;
    }

    /** Keeps a rendered document under target/ so it can be looked at after the build. */
    public static void keep(String fileName, byte[] pdf) {
        try {
            Path folder = Path.of("target", "sample-documents");
            Files.createDirectories(folder);
            Files.write(folder.resolve(fileName), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String compact(String value) {
        return WHITESPACE.matcher(value).replaceAll("");
    }
}
