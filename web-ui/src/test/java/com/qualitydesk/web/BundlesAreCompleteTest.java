package com.qualitydesk.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text exists in English and in Simplified Chinese, and every enum the screens translate has
 * its texts, so that no screen ever shows a raw key.
 */
class BundlesAreCompleteTest {

    private static final String MESSAGES = "/com/qualitydesk/web/messages";
    private static final String VALIDATION = "/ValidationMessages";

    @ParameterizedTest
    @ValueSource(strings = {MESSAGES, VALIDATION})
    void bothLanguagesHaveTheSameKeys(String base) throws IOException {
        Properties en = load(base + ".properties");
        Properties zh = load(base + "_zh_CN.properties");

        Set<String> missingInChinese = difference(en, zh);
        Set<String> missingInEnglish = difference(zh, en);

        assertTrue(
                missingInChinese.isEmpty() && missingInEnglish.isEmpty(),
                base + ": missing in _zh_CN: " + missingInChinese + "; missing in English: " + missingInEnglish);
    }

    @ParameterizedTest
    @ValueSource(strings = {MESSAGES, VALIDATION})
    void noKeyIsDefinedTwice(String base) throws IOException {
        for (String file : List.of(base + ".properties", base + "_zh_CN.properties")) {
            Set<String> duplicates = duplicateKeys(file);
            assertTrue(duplicates.isEmpty(), file + " defines these keys more than once: " + duplicates);
        }
    }

    @Test
    void noTextIsBlank() throws IOException {
        for (String file : List.of(
                MESSAGES + ".properties",
                MESSAGES + "_zh_CN.properties",
                VALIDATION + ".properties",
                VALIDATION + "_zh_CN.properties")) {
            Properties p = load(file);
            Set<String> blank = new TreeSet<>();
            p.stringPropertyNames().stream()
                    .filter(k -> p.getProperty(k).isBlank())
                    .forEach(blank::add);
            assertTrue(blank.isEmpty(), file + " has empty texts: " + blank);
        }
    }

    /** MessageFormat reads a single apostrophe as a quote: "customer's {0}" would show "customers {0}". */
    @Test
    void aTextWithArgumentsDoublesItsApostrophes() throws IOException {
        for (String file : List.of(MESSAGES + ".properties", MESSAGES + "_zh_CN.properties")) {
            Properties p = load(file);
            Set<String> unescaped = new TreeSet<>();
            p.stringPropertyNames().stream()
                    .filter(k -> p.getProperty(k).matches("(?s).*\\{\\d.*"))
                    .filter(k -> p.getProperty(k).replace("''", "").contains("'"))
                    .forEach(unescaped::add);
            assertTrue(unescaped.isEmpty(), file + " has texts with arguments and a single apostrophe: " + unescaped);
        }
    }

    /** A pattern MessageFormat cannot read fails the page that shows it, in that language only. */
    @Test
    void everyTextWithArgumentsIsAPatternMessageFormatReads() throws IOException {
        for (String file : List.of(MESSAGES + ".properties", MESSAGES + "_zh_CN.properties")) {
            Properties p = load(file);
            Set<String> unreadable = new TreeSet<>();
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*")) {
                    try {
                        new java.text.MessageFormat(text, java.util.Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5});
                    } catch (IllegalArgumentException e) {
                        unreadable.add(key + ": " + e.getMessage());
                    }
                }
            }
            assertTrue(unreadable.isEmpty(), file + " has patterns MessageFormat cannot read: " + unreadable);
        }
    }

    @Test
    void everyProcedureParameterHasANameAndAnExplanation() throws IOException {
        assertEnumKeys(Stream.of(ProcedureParameter.values())
                .flatMap(p -> Stream.of("parameter." + p.name(), "parameter." + p.name() + ".help"))
                .toList());
    }

    @Test
    void everyDepartmentHasAName() throws IOException {
        assertEnumKeys(Stream.of(Department.values())
                .map(d -> "department." + d.name())
                .toList());
    }

    @Test
    void everyUnitHasAName() throws IOException {
        assertEnumKeys(Stream.of(ProcedureParameter.Unit.values())
                .map(u -> "unit." + u.name())
                .toList());
    }

    private static void assertEnumKeys(List<String> keys) throws IOException {
        for (String file : List.of(MESSAGES + ".properties", MESSAGES + "_zh_CN.properties")) {
            Properties p = load(file);
            List<String> missing = keys.stream().filter(k -> !p.containsKey(k)).toList();
            assertTrue(missing.isEmpty(), file + " lacks: " + missing);
        }
    }

    private static Set<String> difference(Properties a, Properties b) {
        Set<String> keys = new TreeSet<>(a.stringPropertyNames());
        keys.removeAll(b.stringPropertyNames());
        return keys;
    }

    /** Properties keeps the last of two equal keys silently; a merge of two blocks must not. */
    private static Set<String> duplicateKeys(String file) throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        for (String line : text(file).split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                continue;
            }
            int end = keyEnd(trimmed);
            String key = trimmed.substring(0, end);
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        return duplicates;
    }

    private static int keyEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                return i;
            }
        }
        return line.length();
    }

    private static Properties load(String file) throws IOException {
        var properties = new Properties();
        try (Reader reader = reader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String text(String file) throws IOException {
        try (InputStream in = stream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The bundles are UTF-8, as ResourceBundle reads them since Java 9. */
    private static Reader reader(String file) {
        return new InputStreamReader(stream(file), StandardCharsets.UTF_8);
    }

    private static InputStream stream(String file) {
        InputStream in = BundlesAreCompleteTest.class.getResourceAsStream(file);
        assertNotNull(in, file + " is not on the class path");
        return in;
    }
}
