package com.qualitydesk.customer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an xlsx workbook, row by row as its XML comes, with each cell as
 * {@link ImportLines} gives it. A workbook read whole keeps an object per cell: a year of a
 * gauge's values (200,000 rows, a 3 MB file) did not fit in a 512 MB heap that way.
 */
final class WorkbookRows extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<ImportLines.Line> lines = new ArrayList<>();
    private final Map<Integer, NumberFormat> formats = new HashMap<>();

    private List<String> cells;
    private int row;
    private int column;
    private String type;
    private int style;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean collecting;
    private final StringBuilder text = new StringBuilder();

    private WorkbookRows(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    static List<ImportLines.Line> firstSheet(byte[] content) throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return List.of();
            }
            var handler = new WorkbookRows(
                    new ReadOnlySharedStringsTable(workbook), reader.getStylesTable(), date1904(reader));
            try (InputStream sheet = sheets.next()) {
                parse(sheet, handler);
            }
            return handler.lines;
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException {
        try {
            // POI's reader: no external entities, no DTDs
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
    }

    /** Workbooks from old Macs count their days from 1904. */
    private static boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        boolean[] found = {false};
        try (InputStream xml = reader.getWorkbookData()) {
            parse(xml, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(name(localName, qName))) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equals(value);
                    }
                }
            });
        }
        return found[0];
    }

    private static String name(String localName, String qName) {
        return localName != null && !localName.isEmpty() ? localName : qName.substring(qName.indexOf(':') + 1);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> {
                String r = attributes.getValue("r");
                row = r == null ? row + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
            }
            case "c" -> {
                String reference = attributes.getValue("r");
                column = reference == null ? cells.size() : column(reference);
                type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                text.setLength(0);
            }
            case "v" -> collecting = true;
            case "is" -> inInlineText = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> collecting = inInlineText && !inPhonetic;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v", "t" -> collecting = false;
            case "is" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> {
                while (cells.size() <= column) {
                    cells.add(null);
                }
                cells.set(column, cell());
            }
            case "row" -> lines.add(new ImportLines.Line(row, cells));
            default -> {}
        }
    }

    /** The cell just read, as the workbook read whole gives it. */
    private String cell() {
        String value = text.toString();
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "inlineStr", "str", "d" -> value;
            case "b" -> String.valueOf("1".equals(value.strip()));
            case "e" -> null;
            default -> {
                if (value.isBlank()) {
                    yield null;
                }
                double number = Double.parseDouble(value.strip());
                NumberFormat format = formats.computeIfAbsent(style, this::format);
                LocalDateTime date = format.date() && DateUtil.isValidExcelDate(number)
                        ? DateUtil.getLocalDateTime(number, date1904)
                        : null;
                yield ImportLines.number(number, date, format.code());
            }
        };
    }

    /** A style's number format, and whether it shows a date: looked up once per style, not per cell. */
    private record NumberFormat(String code, boolean date) {}

    private NumberFormat format(int style) {
        if (styles == null || style >= styles.getNumCellStyles()) {
            return new NumberFormat(null, false);
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        String code = cellStyle.getDataFormatString();
        return new NumberFormat(code, DateUtil.isADateFormat(cellStyle.getDataFormat(), code));
    }

    /** "AB12" → 27: the column of a cell reference, counted from 0. */
    private static int column(String reference) {
        int result = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            result = result * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return result - 1;
    }
}
