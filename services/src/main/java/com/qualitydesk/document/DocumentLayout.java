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
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private static final Color WRITING_LINE = new Color(0x80, 0x80, 0x80);
    private static final float TICK_BOX = 9.5f;
    private static final Color HEADER_FILL = new Color(0xe8, 0xee, 0xf5);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern CARRIAGE_RETURNS = Pattern.compile("\\r\\n?");

    private final Document document;
    private final PdfWriter writer;

    private DocumentLayout(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    /**
     * Lays out one document and returns its PDF bytes.
     *
     * @param frame the letterhead, title and footer texts
     * @param content adds the document's body to the layout
     */
    public static byte[] render(DocumentFrame frame, Consumer<DocumentLayout> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderEach(out, frame.title(), List.of(frame), f -> f, (layout, f) -> content.accept(layout));
        return out.toByteArray();
    }

    /**
     * Lays out several documents one after the other in one file, e.g. a print run of
     * questionnaires. Each starts on a new page with its own letterhead, title and footer, and
     * numbers its pages from 1. Pages are written to the stream as they fill, and the documents are
     * taken from the iterable one at a time, so a print run of thousands holds no more in memory
     * than one document and the file's page index.
     *
     * @param out receives the PDF; it is not closed
     * @param fileTitle the file's title in its properties
     * @param documents what to print; read once, in order
     * @param frameOf each document's letterhead, title and footer texts
     * @param content adds one document's body to the layout
     */
    public static <T> void renderEach(
            OutputStream out,
            String fileTitle,
            Iterable<T> documents,
            Function<T, DocumentFrame> frameOf,
            BiConsumer<DocumentLayout, T> content) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_SPACE);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // the caller owns the stream (e.g. a servlet response)
        writer.setCloseStream(false);
        Footer footer = new Footer();
        writer.setPageEvent(footer);
        document.addTitle(fileTitle);
        DocumentLayout layout = new DocumentLayout(document, writer);
        boolean first = true;
        for (T item : documents) {
            DocumentFrame frame = frameOf.apply(item);
            if (first) {
                document.addSubject(frame.reference());
                document.addCreator(frame.letterhead());
                document.open();
                first = false;
            } else {
                // ends the previous document's last page, still under its own footer
                document.newPage();
            }
            footer.start(frame, writer.getPageNumber());
            layout.letterhead(frame);
            content.accept(layout, item);
        }
        if (first) {
            throw new IllegalArgumentException("Nothing to print in " + fileTitle);
        }
        document.close();
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

    /**
     * A picture scaled to fit the box, keeping its proportions: a signature drawn on a screen
     * (AS-04) prints as drawn.
     */
    public DocumentLayout image(byte[] picture, float maxWidth, float maxHeight) {
        try {
            com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(picture);
            image.scaleToFit(maxWidth, maxHeight);
            document.add(image);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A drawing of the given size in points, kept whole on one page: a chart drawn as vectors
     * (CS-10), so it prints sharp and its labels are set in the document's font, Chinese too. The
     * canvas's origin is the drawing's lower left corner.
     */
    public DocumentLayout drawing(float width, float height, Consumer<PdfContentByte> draw) {
        com.lowagie.text.pdf.PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        draw.accept(template);
        try {
            com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(template);
            image.setSpacingBefore(4f);
            image.setSpacingAfter(4f);
            document.add(image);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** The usable width of a page between the margins, in points. */
    public float width() {
        return document.getPageSize().getWidth() - 2 * MARGIN;
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
     * A question to answer on paper: its number and text, one tick box per option in a row, and a
     * line to write a comment on. Kept on one page, so no question is cut off from its boxes.
     *
     * @param options the labels beside the tick boxes, left to right; six fit a row
     * @param commentLabel the label before the comment line
     */
    public DocumentLayout question(int number, String text, List<String> options, String commentLabel) {
        float[] widths = new float[options.size() + 1];
        widths[0] = 0.35f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 9.65f / options.size();
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.setSpacingBefore(2f);
        table.setKeepTogether(true);

        PdfPCell marker = plainCell(number + ".", PdfFonts.body());
        marker.setHorizontalAlignment(Element.ALIGN_RIGHT);
        marker.setPaddingRight(6f);
        PdfPCell question = plainCell(text, PdfFonts.body());
        question.setColspan(options.size());
        for (PdfPCell cell : List.of(marker, question)) {
            // a rule between questions tells a reader which boxes belong to which question
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(RULE);
            cell.setBorderWidth(0.5f);
            cell.setPaddingTop(5f);
            table.addCell(cell);
        }

        table.addCell(plainCell("", PdfFonts.tableCell()));
        for (String option : options) {
            PdfPCell box = plainCell(option, PdfFonts.tableCell());
            box.setPaddingLeft(TICK_BOX + 5f);
            box.setPaddingRight(4f);
            box.setPaddingTop(3f);
            box.setPaddingBottom(4f);
            box.setCellEvent(TickBox.INSTANCE);
            table.addCell(box);
        }

        table.addCell(plainCell("", PdfFonts.tableCell()));
        PdfPCell comment = new PdfPCell(writingLine(commentLabel));
        comment.setBorder(Rectangle.NO_BORDER);
        comment.setPadding(0f);
        comment.setPaddingBottom(8f);
        comment.setColspan(options.size());
        table.addCell(comment);
        document.add(table);
        return this;
    }

    /** Empty ruled lines to write on, e.g. for further comments on a printed form. */
    public DocumentLayout writingLines(int lines) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100f);
        table.setSpacingAfter(6f);
        for (int i = 0; i < lines; i++) {
            table.addCell(blankLine());
        }
        document.add(table);
        return this;
    }

    /** Labelled lines to fill in by hand, side by side, e.g. "Name" and "Date" under a form. */
    public DocumentLayout blanks(List<String> labels) {
        PdfPTable table = new PdfPTable(labels.size());
        table.setWidthPercentage(100f);
        table.setSpacingBefore(10f);
        table.setSpacingAfter(6f);
        for (int i = 0; i < labels.size(); i++) {
            PdfPCell cell = new PdfPCell(writingLine(labels.get(i)));
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0f);
            // a gap between the lines, none at the margins
            cell.setPaddingLeft(i == 0 ? 0f : 8f);
            cell.setPaddingRight(i == labels.size() - 1 ? 0f : 8f);
            table.addCell(cell);
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

    /** A label followed by a ruled line to the right edge. */
    private static PdfPTable writingLine(String label) {
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100f);
        PdfPCell cell = blankLine();
        cell.setPhrase(new Phrase(leading(PdfFonts.label()), text(label, PdfFonts.label())));
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        line.addCell(cell);
        return line;
    }

    /** Room for one line of handwriting, ruled dark enough to survive a fax. */
    private static PdfPCell blankLine() {
        PdfPCell cell = new PdfPCell(new Phrase(" ", PdfFonts.label()));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(WRITING_LINE);
        cell.setBorderWidth(0.6f);
        cell.setFixedHeight(24f);
        cell.setPaddingLeft(0f);
        cell.setPaddingBottom(3f);
        return cell;
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

    /** An empty square in a cell's left padding, level with the cell's first line, to tick by hand. */
    private static final class TickBox implements PdfPCellEvent {

        static final TickBox INSTANCE = new TickBox();

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte canvas = canvases[PdfPTable.LINECANVAS];
            float baseline = position.getTop() - cell.getPaddingTop() - cell.getLeading();
            canvas.saveState();
            canvas.setColorStroke(PdfFonts.TEXT);
            canvas.setLineWidth(0.8f);
            canvas.rectangle(position.getLeft() + 1f, baseline - 2f, TICK_BOX, TICK_BOX);
            canvas.stroke();
            canvas.restoreState();
        }
    }

    /**
     * Reference and page number at the foot of every page, of the document the page belongs to:
     * in a file of several documents each counts its own pages.
     */
    private static final class Footer extends PdfPageEventHelper {

        private DocumentFrame frame;
        private int firstPage = 1;

        void start(DocumentFrame frame, int firstPage) {
            this.frame = frame;
            this.firstPage = firstPage;
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
            String page =
                    MessageFormat.format(frame.pageLabel(), String.valueOf(writer.getPageNumber() - firstPage + 1));
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_RIGHT, new Phrase(page, PdfFonts.small()), document.right(), y, 0f);
        }
    }
}
