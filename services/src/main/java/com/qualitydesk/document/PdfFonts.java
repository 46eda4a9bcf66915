package com.qualitydesk.document;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one typeface of every printed document: Noto Sans SC (SIL Open Font License), which covers
 * Latin and Simplified Chinese alike, so an English letter with a Chinese customer name prints as
 * well as a Chinese one (CF-12). The glyphs used are embedded as a subset in each PDF, so the
 * customer's reader needs no Chinese font of its own.
 *
 * <p>Only the regular face ships (the build copies it out of the font artifact); bold is drawn by
 * stroking the outline, which keeps the application about 6 MB smaller.
 */
public final class PdfFonts {

    static final String RESOURCE = "font/NotoSansSC-Regular.ttf";

    public static final Color TEXT = new Color(0x22, 0x22, 0x22);
    public static final Color MUTED = new Color(0x6b, 0x6b, 0x6b);
    public static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);

    private static volatile BaseFont regular;

    private PdfFonts() {}

    /** The embedded base font, read once per class loader (it is 10 MB uncompressed). */
    public static BaseFont base() {
        BaseFont font = regular;
        if (font == null) {
            synchronized (PdfFonts.class) {
                font = regular;
                if (font == null) {
                    font = load();
                    regular = font;
                }
            }
        }
        return font;
    }

    public static Font title() {
        return new Font(base(), 16, Font.BOLD, ACCENT);
    }

    public static Font heading() {
        return new Font(base(), 11.5f, Font.BOLD, ACCENT);
    }

    public static Font body() {
        return new Font(base(), 10, Font.NORMAL, TEXT);
    }

    public static Font label() {
        return new Font(base(), 9, Font.NORMAL, MUTED);
    }

    public static Font tableHeader() {
        return new Font(base(), 9, Font.BOLD, TEXT);
    }

    public static Font tableCell() {
        return new Font(base(), 9, Font.NORMAL, TEXT);
    }

    public static Font small() {
        return new Font(base(), 8, Font.NORMAL, MUTED);
    }

    public static Font letterhead() {
        return new Font(base(), 13, Font.BOLD, ACCENT);
    }

    private static BaseFont load() {
        try (InputStream in = PdfFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Document font missing from the class path: " + RESOURCE);
            }
            byte[] bytes = in.readAllBytes();
            // Identity-H addresses every glyph of the font, not just a one-byte code page
            return BaseFont.createFont(
                    "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document font", e);
        }
    }
}
