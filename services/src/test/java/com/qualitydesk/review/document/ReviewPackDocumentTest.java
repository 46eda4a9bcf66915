package com.qualitydesk.review.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.review.ManagementReview;
import com.qualitydesk.review.ReviewInput;
import com.qualitydesk.review.ReviewPack;
import com.qualitydesk.security.Department;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/**
 * IM-03: the pack prints in English and Chinese with every label translated and the hash shown,
 * and the workbook has one sheet per §9.3.2 input. The PDFs are left under target/ to be looked at.
 */
class ReviewPackDocumentTest {

    private static final Instant AT = Instant.parse("2026-12-18T02:00:00Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static ManagementReview signedReview() {
        var review = new ManagementReview(2026, LocalDate.of(2026, 12, 10), "sales", AT);
        review.summarise("顾客满意度指数 86.4；主要投诉为 V-200 电磁阀泄漏。");
        review.enter(ReviewInput.AUDITS, "Two internal audits, five findings, all closed.");
        var sections = new ArrayList<ReviewPack.Section>();
        for (ReviewInput input : ReviewInput.values()) {
            sections.add(new ReviewPack.Section(
                    input,
                    List.of(
                            ReviewPack.label("column.item"),
                            ReviewPack.label("column.value"),
                            ReviewPack.label("column.status")),
                    List.of(
                            List.of(
                                    ReviewPack.label("objective.PASS_RATE"),
                                    ReviewPack.text("98.6 %"),
                                    ReviewPack.label("indicator.MET")),
                            List.of(
                                    ReviewPack.label("department." + Department.PRODUCTION.name()),
                                    ReviewPack.text("二车间装配线 Cpk 0.92，低于 1.00 的要求。"),
                                    ReviewPack.label("capability.status.NOT_CAPABLE")))));
        }
        review.assemble(ReviewPack.of(sections), "sales", AT);
        review.recordMinutes("The system is suitable, adequate and effective.", "sales", AT);
        review.sign("gm", "赵军 Zhao Jun", AT.plusSeconds(3600));
        return review;
    }

    @Test
    void packPrintsInBothLanguagesWithItsHash_IM03() throws IOException {
        var review = signedReview();
        var pack = review.pack().orElseThrow();
        Path folder = Path.of("target", "review-pack");
        Files.createDirectories(folder);
        for (String language : List.of("en", "zh_CN")) {
            byte[] pdf = ReviewPackDocument.render(review, pack, List.of(), language, SHANGHAI);
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
            Files.write(folder.resolve("pack-" + language + ".pdf"), pdf);
        }
        byte[] xlsx = ReviewPackWorkbook.render(review, pack, "zh_CN", SHANGHAI);
        try (var workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertEquals(ReviewInput.values().length, workbook.getNumberOfSheets());
            assertEquals(
                    review.getPackHash(),
                    workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue());
            assertEquals("产品合格率", workbook.getSheetAt(0).getRow(4).getCell(0).getStringCellValue());
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryLabelTheAssemblyWrites_IM03() throws IOException {
        Properties english = load("documents.properties");
        Properties chinese = load("documents_zh_CN.properties");
        assertEquals(english.stringPropertyNames(), chinese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertFalse(chinese.getProperty(key).isBlank(), key);
        }
        // every label key the assembly writes is in the bundle (the dynamic ones by their prefix)
        String assembly = Files.readString(Path.of("src/main/java/com/qualitydesk/review/ReviewPackAssembly.java"));
        var labels = Pattern.compile("label\\(\"([a-zA-Z.]+)\"\\)").matcher(assembly);
        int found = 0;
        while (labels.find()) {
            String key = labels.group(1);
            found++;
            if (key.endsWith(".")) {
                String prefix = key;
                assertTrue(english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix)), prefix);
            } else {
                assertTrue(english.containsKey(key), key);
            }
        }
        assertTrue(found > 20, "labels found: " + found);
        for (ReviewInput input : ReviewInput.values()) {
            assertTrue(english.containsKey("input." + input.name()), input.name());
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = ReviewPackDocument.class.getResourceAsStream(name)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
