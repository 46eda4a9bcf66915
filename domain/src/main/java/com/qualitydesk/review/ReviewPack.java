package com.qualitydesk.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * IM-03: the review pack as it was assembled, one table per §9.3.2 input. It is kept as text (its
 * {@link #content()}) so that the stored snapshot is exactly what its SHA-256 was taken of, and the
 * PDF and the Excel workbook are printed from that snapshot, never counted again. A cell is either
 * text as found in the records or a label key ({@link #label}) that each document translates, so
 * one snapshot prints in English and in Chinese alike.
 */
public final class ReviewPack {

    private static final char SECTION = '§';
    private static final char COLUMNS = '#';
    private static final char ROW = '|';
    private static final String LABEL = "@";
    private static final String LITERAL = "'";

    /** One input: its column headings and rows of cells. */
    public record Section(ReviewInput input, List<String> columns, List<List<String>> rows) {
        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private final Map<ReviewInput, Section> sections;
    private final String content;

    private ReviewPack(Map<ReviewInput, Section> sections, String content) {
        this.sections = sections;
        this.content = content;
    }

    /** The pack of these sections; an input without a section is refused, §9.3.2 asks for all. */
    public static ReviewPack of(List<Section> sections) {
        var byInput = new EnumMap<ReviewInput, Section>(ReviewInput.class);
        for (Section s : sections) {
            byInput.put(s.input(), s);
        }
        for (ReviewInput input : ReviewInput.values()) {
            if (!byInput.containsKey(input)) {
                throw new IllegalArgumentException("the pack lacks the input " + input);
            }
        }
        return new ReviewPack(byInput, encode(byInput));
    }

    /** The pack from its stored content. */
    public static ReviewPack read(String content) {
        var byInput = new EnumMap<ReviewInput, Section>(ReviewInput.class);
        ReviewInput input = null;
        List<String> columns = List.of();
        List<List<String>> rows = new ArrayList<>();
        for (String line : content.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            char kind = line.charAt(0);
            String rest = line.substring(1);
            if (kind == SECTION) {
                if (input != null) {
                    byInput.put(input, new Section(input, columns, rows));
                }
                input = ReviewInput.valueOf(rest);
                columns = List.of();
                rows = new ArrayList<>();
            } else if (kind == COLUMNS) {
                columns = cells(rest);
            } else if (kind == ROW) {
                rows.add(cells(rest));
            } else {
                throw new IllegalArgumentException("not a line of a review pack: " + line);
            }
        }
        if (input != null) {
            byInput.put(input, new Section(input, columns, rows));
        }
        return new ReviewPack(byInput, content);
    }

    /** A cell that each document prints in its language: a key of the document texts. */
    public static String label(String key) {
        return LABEL + key;
    }

    /** A cell of text as the records hold it, printed as it is. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.startsWith(LABEL) || value.startsWith(LITERAL) ? LITERAL + value : value;
    }

    /** The cell as a reader sees it: a label through {@code translate}, text as it is. */
    public static String shown(String cell, Function<String, String> translate) {
        if (cell.startsWith(LABEL)) {
            return translate.apply(cell.substring(LABEL.length()));
        }
        return cell.startsWith(LITERAL) ? cell.substring(LITERAL.length()) : cell;
    }

    public Optional<Section> section(ReviewInput input) {
        return Optional.ofNullable(sections.get(input));
    }

    /** The sections in the order of §9.3.2. */
    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    /** The snapshot as stored. */
    public String content() {
        return content;
    }

    /** SHA-256 of the stored content (UTF-8), in lower-case hex: what the page and the PDF show. */
    public String hash() {
        return hash(content);
    }

    public static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String encode(Map<ReviewInput, Section> sections) {
        var out = new StringBuilder();
        for (Section s : sections.values()) {
            out.append(SECTION).append(s.input().name()).append('\n');
            out.append(COLUMNS).append(joined(s.columns())).append('\n');
            for (List<String> row : s.rows()) {
                out.append(ROW).append(joined(row)).append('\n');
            }
        }
        return out.toString();
    }

    private static String joined(List<String> cells) {
        var out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            for (char c : cell.toCharArray()) {
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static List<String> cells(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                cell.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
