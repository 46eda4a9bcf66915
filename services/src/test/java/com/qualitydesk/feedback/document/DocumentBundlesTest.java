package com.qualitydesk.feedback.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every fixed text of the printed documents exists in English and in Chinese (CF-12). */
class DocumentBundlesTest {

    @Test
    void bothLanguagesHaveTheSameNonBlankKeys() throws IOException {
        Properties english = load("documents.properties");
        Properties chinese = load("documents_zh_CN.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (Properties bundle : new Properties[] {english, chinese}) {
            bundle.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " is blank"));
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = ReplyLetter.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
