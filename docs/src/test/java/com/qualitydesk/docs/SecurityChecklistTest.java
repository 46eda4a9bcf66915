package com.qualitydesk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the security checklist honest: every line has a status, a line that says "met" names the
 * tests that show it, and every test it names exists in its test class.
 */
class SecurityChecklistTest {

    private static final Path ROOT = Path.of(System.getProperty("qd.project.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path CHECKLIST = ROOT.resolve("docs/src/docs/asciidoc/security-checklist.adoc");

    private static final Set<String> STATUSES = Set.of("met", "partly", "not yet");

    /** {@code TestClass.method} in backquotes. */
    private static final Pattern TEST =
            Pattern.compile("`([A-Z][A-Za-z0-9]*Test|[A-Z][A-Za-z0-9]*IT)\\.([a-z][A-Za-z0-9_]*)`");

    private static List<List<String>> rows;

    /** Test class name → its source. */
    private static Map<String, String> tests;

    @BeforeAll
    static void read() throws IOException {
        rows = rows(Files.readString(CHECKLIST, StandardCharsets.UTF_8));
        tests = new HashMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().replace('\\', '/').contains("/src/test/java/"))
                    .filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.toString().replace('\\', '/').contains("/target/"))
                    .forEach(f -> tests.put(f.getFileName().toString().replace(".java", ""), source(f)));
        }
    }

    @Test
    void everyLineHasAStatus() {
        assertTrue(rows.size() > 25, "lines found: " + rows.size());
        var without = new TreeSet<String>();
        for (List<String> row : rows) {
            if (!STATUSES.contains(row.get(2))) {
                without.add(row.get(0) + ": " + row.get(2));
            }
        }
        assertEquals(Set.of(), without, "status is one of " + STATUSES);
    }

    @Test
    void aMetLineNamesItsTests() {
        var unproven = new TreeSet<String>();
        for (List<String> row : rows) {
            if (row.get(2).equals("met") && !TEST.matcher(row.get(3)).find()) {
                unproven.add(row.get(0));
            }
        }
        assertEquals(Set.of(), unproven, "a line is met only where a test shows it");
    }

    @Test
    void everyNamedTestExists() {
        var missing = new TreeSet<String>();
        for (List<String> row : rows) {
            Matcher m = TEST.matcher(row.get(3));
            while (m.find()) {
                String source = tests.get(m.group(1));
                if (source == null
                        || !Pattern.compile("\\bvoid\\s+" + Pattern.quote(m.group(2)) + "\\s*\\(")
                                .matcher(source)
                                .find()) {
                    missing.add(row.get(0) + ": " + m.group(1) + "." + m.group(2));
                }
            }
        }
        assertEquals(Set.of(), missing, "tests named in security-checklist.adoc that do not exist");
    }

    /** The rows of the four-column tables, header rows left out. */
    private static List<List<String>> rows(String adoc) {
        var result = new ArrayList<List<String>>();
        List<String> cells = null;
        for (String line : adoc.split("\\R")) {
            if (line.equals("|===")) {
                if (cells == null) {
                    cells = new ArrayList<>();
                } else {
                    assertEquals(0, cells.size() % 4, "a row without four cells: " + cells);
                    for (int i = 4; i < cells.size(); i += 4) {
                        result.add(List.copyOf(cells.subList(i, i + 4)));
                    }
                    cells = null;
                }
            } else if (cells != null && line.startsWith("|")) {
                for (String cell : line.substring(1).split("\\s\\|\\s")) {
                    cells.add(cell.strip());
                }
            } else if (cells != null && !line.isBlank() && !cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + line.strip());
            }
        }
        return result;
    }

    private static String source(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
