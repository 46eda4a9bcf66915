package com.qualitydesk.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An A4 document in the house style shared by every printed document: letterhead and title on the
 * first page, a footer with the reference and page number on every page, and the building blocks
 * the documents are made of (headings, wrapped paragraphs, label/value fields, numbered lists and
 * ruled tables). All text is set in {@link PdfFonts}, so English and Chinese wrap alike: between
 * words in English, between characters in Chinese.
 */
public final class DocumentLayout {

    /** Shown where a value was not recorded, so an empty cell reads as deliberate. */
    public static final String NOT_RECORDED = "—";

    private static final float MARGIN = 56f;
    private static final float FOOTER_SPACE = 64f;
    private static final Color RULE = new Color(0xc8, 0xcf, 0xd8);
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf5);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern CARRIAGE_RETURNS = Pattern.compile("\\r\\n?");

    private final Document document;

    private DocumentLayout(Document document) {
        this.document = document;
    }

    /**
     * Lays out one document and returns its PDF bytes.
     *
     * @param frame the letterhead, title and footer texts
     * @param content adds the document's body to the layout
     */
    public static byte[] render(DocumentFrame frame, Consumer<DocumentLayout> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_SPACE);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer(frame));
        document.addTitle(frame.title());
        document.addSubject(frame.reference());
        document.addCreator(frame.letterhead());
        document.open();
        DocumentLayout layout = new DocumentLayout(document);
        layout.letterhead(frame);
        content.accept(layout);
        document.close();
        return out.toByteArray();
    }

    /** A section heading. */
    public DocumentLayout heading(String text) {
        Paragraph heading = new Paragraph(leading(PdfFonts.heading()), text(text, PdfFonts.heading()));
        heading.setSpacingBefore(6f);
        heading.setSpacingAfter(2f);
        document.add(heading);
        return this;
    }

    /**
     * Running text, wrapped to the page width. Blank lines separate paragraphs; single line breaks
     * are kept, so a text typed into a form prints as it was typed.
     */
    public DocumentLayout paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (String block : BLANK_LINES.split(lineFeeds(text).strip())) {
            Paragraph paragraph = new Paragraph(leading(PdfFonts.body()), text(block.strip(), PdfFonts.body()));
            paragraph.setSpacingAfter(6f);
            document.add(paragraph);
        }
        return this;
    }

    /** Small, muted text, e.g. an explanation under a table. */
    public DocumentLayout note(String text) {
        Paragraph note = new Paragraph(leading(PdfFonts.small()), text(text, PdfFonts.small()));
        note.setSpacingAfter(4f);
        document.add(note);
        return this;
    }

    /** Vertical space, in points. */
    public DocumentLayout space(float points) {
        Paragraph gap = new Paragraph(points, " ", PdfFonts.body());
        document.add(gap);
        return this;
    }

    /** Label/value pairs in two columns, without rules (reference blocks, summaries). */
    public DocumentLayout fields(List<Field> fields) {
        PdfPTable table = new PdfPTable(new float[] {1.1f, 3.4f});
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(6f);
        for (Field field : fields) {
            // the label takes the value's leading, so both sit on one baseline
            table.addCell(plainCell(field.label(), PdfFonts.label(), leading(PdfFonts.body())));
            table.addCell(plainCell(orNotRecorded(field.value()), PdfFonts.body()));
        }
        document.add(table);
        return this;
    }

    /** A numbered list with hanging indents; long items wrap under their own text, not the number. */
    public DocumentLayout numbered(List<String> items) {
        PdfPTable table = new PdfPTable(new float[] {0.35f, 9.65f});
        table.setWidthPercentage(100f);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(6f);
        int number = 1;
        for (String item : items) {
            PdfPCell marker = plainCell(number++ + ".", PdfFonts.body());
            marker.setHorizontalAlignment(Element.ALIGN_RIGHT);
            marker.setPaddingRight(6f);
            table.addCell(marker);
            table.addCell(plainCell(item, PdfFonts.body()));
        }
        document.add(table);
        return this;
    }

    /**
     * A ruled table with a shaded header row that repeats on every page the table spans.
     *
     * @param headers the column titles
     * @param relativeWidths one relative width per column
     * @param rows the rows, each with one value per column (blank values print as "—")
     */
    public DocumentLayout table(List<String> headers, float[] relativeWidths, List<List<String>> rows) {
        if (headers.size() != relativeWidths.length) {
            throw new IllegalArgumentException("One width per column: " + headers + " vs " + relativeWidths.length);
        }
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100f);
        table.setSpacingBefore(6f);
        table.setSpacingAfter(8f);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = ruledCell(header, PdfFonts.tableHeader());
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Row " + row + " does not have " + headers.size() + " values");
            }
            for (String value : row) {
                table.addCell(ruledCell(orNotRecorded(value), PdfFonts.tableCell()));
            }
        }
        document.add(table);
        return this;
    }

    /**
     * The text with CR LF and CR line ends (as forms submit them) turned into line feeds, the only
     * line end the layout knows.
     */
    public static String lineFeeds(String text) {
        return CARRIAGE_RETURNS.matcher(text).replaceAll("\n");
    }

    /** The value, or the "not recorded" dash when it is blank. */
    public static String orNotRecorded(String value) {
        return value == null || value.isBlank() ? NOT_RECORDED : value;
    }

    private void letterhead(DocumentFrame frame) {
        PdfPTable head = new PdfPTable(new float[] {1f, 1f});
        head.setWidthPercentage(100f);
        PdfPCell name = plainCell(frame.letterhead(), PdfFonts.letterhead());
        name.setPaddingBottom(6f);
        head.addCell(name);
        PdfPCell reference = plainCell(frame.reference(), PdfFonts.label());
        reference.setHorizontalAlignment(Element.ALIGN_RIGHT);
        reference.setVerticalAlignment(Element.ALIGN_BOTTOM);
        reference.setPaddingBottom(6f);
        head.addCell(reference);
        for (PdfPCell cell : head.getRow(0).getCells()) {
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(PdfFonts.ACCENT);
            cell.setBorderWidth(1.2f);
        }
        document.add(head);

        Paragraph title = new Paragraph(leading(PdfFonts.title()), text(frame.title(), PdfFonts.title()));
        title.setSpacingBefore(14f);
        title.setSpacingAfter(10f);
        document.add(title);
    }

    private static PdfPCell plainCell(String text, Font font) {
        return plainCell(text, font, leading(font));
    }

    private static PdfPCell plainCell(String text, Font font, float leading) {
        PdfPCell cell = new PdfPCell(new Phrase(leading, text(text == null ? "" : text, font)));
        // a cell ignores the phrase's leading unless told; fixed leading keeps neighbouring cells on one
        // baseline and gives wrapped Chinese lines room
        cell.setLeading(leading, 0f);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0f);
        cell.setPaddingTop(0f);
        cell.setPaddingBottom(2f);
        return cell;
    }

    private static PdfPCell ruledCell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(leading(font), text(text, font)));
        cell.setLeading(leading(font), 0f);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(4f);
        cell.setPaddingTop(1f);
        cell.setPaddingBottom(6f);
        return cell;
    }

    private static Chunk text(String text, Font font) {
        Chunk chunk = new Chunk(lineFeeds(text).replace('\t', ' '), font);
        chunk.setSplitCharacter(LineBreakRules.INSTANCE);
        return chunk;
    }

    /** Chinese needs more room between lines than Latin text; 1.5 suits both. */
    private static float leading(Font font) {
        return font.getSize() * 1.5f;
    }

    /** Reference and page number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {

        private final DocumentFrame frame;

        Footer(DocumentFrame frame) {
            this.frame = frame;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 24f;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 12f);
            canvas.lineTo(document.right(), y + 12f);
            canvas.stroke();
            canvas.restoreState();
            String left =
                    frame.reference().isBlank() ? frame.letterhead() : frame.letterhead() + " · " + frame.reference();
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_LEFT, new Phrase(left, PdfFonts.small()), document.left(), y, 0f);
            String page = MessageFormat.format(frame.pageLabel(), String.valueOf(writer.getPageNumber()));
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_RIGHT, new Phrase(page, PdfFonts.small()), document.right(), y, 0f);
        }
    }
}
