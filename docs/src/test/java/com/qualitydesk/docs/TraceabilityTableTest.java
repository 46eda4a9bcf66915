package com.qualitydesk.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule traceability table honest: what it cites exists, and every rule of the
 * procedures has a row. Reads the files of the clone (the docs module is one level below its
 * root) and, where present, the procedures beside the clone ({@code ../shared/PROCEDURES.md}).
 */
class TraceabilityTableTest {

    private static final Path ROOT = Path.of(System.getProperty("qd.project.root", ".."))
            .toAbsolutePath()
            .normalize();
    private static final Path DOCS = ROOT.resolve("docs/src/docs/asciidoc");
    private static final Path TABLE = DOCS.resolve("traceability.adoc");
    private static final Path RULES = DOCS.resolve("rules.adoc");
    private static final Path PROCEDURES =
            ROOT.resolve("../shared/PROCEDURES.md").normalize();

    /** A rule ID as the procedures write it: two capitals, a dash, two digits (CF-05). */
    private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]{2}-\\d{2}\\b");

    private static final Pattern RULE_ITEM = Pattern.compile("(?m)^\\*\\s+([A-Z]{2}-\\d{2})\\b");
    private static final Pattern BACKQUOTED = Pattern.compile("`([^`]+)`");

    /** {@code ClassName}, {@code ClassName.method}, {@code ClassName.a/b(arg)/c(arg)}. */
    private static final Pattern CITATION = Pattern.compile("([A-Z][a-z][A-Za-z0-9_]*)"
            + "(?:\\.([A-Za-z][A-Za-z0-9_]*(?:\\([^)]*\\))?(?:/[A-Za-z][A-Za-z0-9_]*(?:\\([^)]*\\))?)*))?");

    /** What starts like a class with a member: it must read as a citation, or it is checked by nobody. */
    private static final Pattern LOOKS_LIKE_A_CITATION = Pattern.compile("[A-Z][a-z][A-Za-z0-9_]*\\.[A-Za-z_].*");

    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("\\b(?:class|interface|enum|record|@interface)\\s+([A-Z][A-Za-z0-9]*)");

    private static final int COLUMNS = 4;

    private static List<Row> rows;

    /** Simple type name → the Java files that declare it (top-level or nested). */
    private static Map<String, Set<Path>> types;

    @BeforeAll
    static void read() throws IOException {
        rows = rowsOf(Files.readString(TABLE, StandardCharsets.UTF_8));
        types = new HashMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f ->
                            !ROOT.relativize(f).toString().matches("(?:.*[/\\\\])?(?:target|\\.git|\\.mvn)[/\\\\].*"))
                    .forEach(f -> {
                        String name = f.getFileName().toString().replace(".java", "");
                        types.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(f);
                        Matcher m = TYPE_DECLARATION.matcher(source(f));
                        while (m.find()) {
                            types.computeIfAbsent(m.group(1), n -> new LinkedHashSet<>())
                                    .add(f);
                        }
                    });
        }
    }

    @Test
    void theTableIsReadWhole() {
        assertTrue(rows.size() > 40, "rows found: " + rows.size());
        assertTrue(
                rows.stream().mapToLong(r -> r.citations().size()).sum() > 150,
                "the parser finds the backquoted classes");
        assertTrue(types.containsKey("FeedbackScenariosIT") && types.containsKey("QualityCosts"), ROOT.toString());
    }

    @Test
    void everyCitedClassExistsInTheSourceTree() {
        var missing = new TreeSet<String>();
        for (Row row : rows) {
            for (Citation c : row.citations()) {
                if (!types.containsKey(c.type())) {
                    missing.add(row.rule() + ": " + c.text());
                }
            }
        }
        assertEquals(Set.of(), missing, "classes cited in traceability.adoc that are not in the source tree");
    }

    @Test
    void everyCitedTestMethodExistsInItsTestClass() {
        var missing = new TreeSet<String>();
        for (Row row : rows) {
            for (Citation c : row.citations()) {
                for (String member : c.members()) {
                    if (isTest(c.type()) && !hasTestMethod(c.type(), member)) {
                        missing.add(row.rule() + ": " + c.type() + "." + member);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "test methods cited in traceability.adoc that their test class lacks");
    }

    @Test
    void everyCitedMethodOfTheCodeExists() {
        var missing = new TreeSet<String>();
        for (Row row : rows) {
            for (Citation c : row.citations()) {
                for (String member : c.members()) {
                    if (types.containsKey(c.type())
                            && !isTest(c.type())
                            && !hasMember(c.type(), member, new HashSet<>())) {
                        missing.add(row.rule() + ": " + c.type() + "." + member);
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "methods or fields cited in traceability.adoc that their class lacks");
    }

    @Test
    void citationsAreWrittenInFull() {
        var abbreviated = rows.stream()
                .flatMap(r -> r.cells().stream())
                .flatMap(cell -> backquoted(cell).stream())
                .filter(t -> t.contains("…") || t.contains("..."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), abbreviated, "write the class of every cited method, no ellipsis");
    }

    @Test
    void everyClassLikeTokenReadsAsACitation() {
        var unreadable = rows.stream()
                .flatMap(r -> r.cells().stream())
                .flatMap(cell -> backquoted(cell).stream())
                .filter(t -> LOOKS_LIKE_A_CITATION.matcher(t).matches())
                .filter(t -> !CITATION.matcher(t).matches())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unreadable, "backquote a class or Class.method only, notes go outside the quotes");
    }

    @Test
    void everyRuleHasARow() throws IOException {
        Set<String> listed = ruleList();
        var covered = rows.stream().flatMap(r -> r.ruleIds().stream()).collect(Collectors.toSet());
        var withoutRow = new TreeSet<>(listed);
        withoutRow.removeAll(covered);
        assertEquals(Set.of(), withoutRow, "rules of rules.adoc without a row in traceability.adoc");
        var unknown = new TreeSet<>(covered);
        unknown.removeAll(listed);
        assertEquals(Set.of(), unknown, "rule IDs in traceability.adoc that rules.adoc does not list");
    }

    @Test
    void aComingRowCitesNoCode() {
        var citing = rows.stream()
                .filter(Row::coming)
                .filter(r -> !r.citations().isEmpty())
                .map(Row::rule)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), citing, "a rule marked coming cites no class or test");
    }

    @Test
    void theRuleListHoldsEveryRuleOfTheProcedures() throws IOException {
        assumeTrue(Files.isRegularFile(PROCEDURES), "no procedures beside the clone: " + PROCEDURES);
        var inProcedures = new TreeSet<String>();
        Matcher m = RULE_ID.matcher(Files.readString(PROCEDURES, StandardCharsets.UTF_8));
        while (m.find()) {
            inProcedures.add(m.group());
        }
        assertTrue(inProcedures.size() > 10, "rule IDs found in " + PROCEDURES + ": " + inProcedures);
        inProcedures.removeAll(ruleList());
        assertEquals(Set.of(), inProcedures, "rules of " + PROCEDURES + " missing from rules.adoc");
    }

    // --- reading the table ---

    private record Row(List<String> cells) {

        String rule() {
            return cells.get(0);
        }

        Set<String> ruleIds() {
            var ids = new TreeSet<String>();
            Matcher m = RULE_ID.matcher(rule());
            while (m.find()) {
                ids.add(m.group());
            }
            return ids;
        }

        boolean coming() {
            return cells.get(COLUMNS - 1).strip().equalsIgnoreCase("coming");
        }

        List<Citation> citations() {
            var citations = new ArrayList<Citation>();
            for (String cell : cells) {
                for (String token : backquoted(cell)) {
                    Matcher m = CITATION.matcher(token);
                    if (m.matches()) {
                        var members = new ArrayList<String>();
                        if (m.group(2) != null) {
                            for (String member : m.group(2).split("/")) {
                                members.add(member.replaceAll("\\(.*\\)$", ""));
                            }
                        }
                        citations.add(new Citation(token, m.group(1), members));
                    }
                }
            }
            return citations;
        }
    }

    private record Citation(String text, String type, List<String> members) {}

    /** The rows of every four-column table, header rows left out. */
    private static List<Row> rowsOf(String adoc) {
        var result = new ArrayList<Row>();
        List<String> cells = null;
        boolean header = false;
        for (String line : adoc.split("\\R")) {
            if (line.startsWith("[cols=")) {
                header = line.contains("header");
                continue;
            }
            if (line.equals("|===")) {
                if (cells == null) {
                    cells = new ArrayList<>();
                } else {
                    assertEquals(
                            0,
                            cells.size() % COLUMNS,
                            "a table of traceability.adoc has a row without " + COLUMNS + " cells: " + cells);
                    for (int i = header ? COLUMNS : 0; i < cells.size(); i += COLUMNS) {
                        result.add(new Row(List.copyOf(cells.subList(i, i + COLUMNS))));
                    }
                    cells = null;
                }
                continue;
            }
            if (cells == null) {
                continue;
            }
            if (line.startsWith("|")) {
                for (String cell : line.substring(1).split("\\s\\|\\s")) {
                    cells.add(cell.strip());
                }
            } else if (!line.isBlank() && !cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.get(cells.size() - 1) + " " + line.strip());
            }
        }
        assertTrue(cells == null, "traceability.adoc ends inside a table");
        return result;
    }

    private static List<String> backquoted(String cell) {
        var tokens = new ArrayList<String>();
        Matcher m = BACKQUOTED.matcher(cell);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        return tokens;
    }

    private static Set<String> ruleList() throws IOException {
        var ids = new LinkedHashSet<String>();
        var duplicates = new TreeSet<String>();
        Matcher m = RULE_ITEM.matcher(Files.readString(RULES, StandardCharsets.UTF_8));
        while (m.find()) {
            if (!ids.add(m.group(1))) {
                duplicates.add(m.group(1));
            }
        }
        assertEquals(Set.of(), duplicates, "rules listed twice in rules.adoc");
        assertTrue(ids.size() > 10, "rules found in rules.adoc: " + ids);
        return ids;
    }

    // --- reading the code ---

    private static boolean isTest(String type) {
        var files = types.getOrDefault(type, Set.of());
        return !files.isEmpty()
                && files.stream().allMatch(f -> f.toString().replace('\\', '/').contains("src/test/java"));
    }

    private static boolean hasTestMethod(String type, String method) {
        var declaration = Pattern.compile("\\bvoid\\s+" + Pattern.quote(method) + "\\s*\\(");
        return types.getOrDefault(type, Set.of()).stream()
                .anyMatch(f -> declaration.matcher(source(f)).find());
    }

    /**
     * A method, field or record component declared in the type or a type it extends, or a nested
     * type or enum constant of it.
     */
    private static boolean hasMember(String type, String member, Set<String> seen) {
        if (!seen.add(type)) {
            return false;
        }
        var declaration = Pattern.compile("(\\w+|>|\\])\\s+" + Pattern.quote(member) + "\\s*[(;=,)]");
        var constantOrType = Pattern.compile("\\b" + Pattern.quote(member) + "\\b");
        for (Path f : types.getOrDefault(type, Set.of())) {
            String source = source(f);
            if (Character.isUpperCase(member.charAt(0))) {
                if (constantOrType.matcher(source).find()) {
                    return true;
                }
                continue;
            }
            Matcher m = declaration.matcher(source);
            while (m.find()) {
                if (!Set.of("return", "new", "throw", "else", "case", "yield").contains(m.group(1))) {
                    return true;
                }
            }
            Matcher parent = Pattern.compile("\\b" + Pattern.quote(type) + "\\b[^{]*?\\bextends\\s+([A-Z]\\w*)")
                    .matcher(source);
            if (parent.find() && hasMember(parent.group(1), member, seen)) {
                return true;
            }
        }
        return false;
    }

    private static final Map<Path, String> SOURCES = new HashMap<>();

    private static String source(Path file) {
        return SOURCES.computeIfAbsent(file, f -> {
            try {
                return Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
