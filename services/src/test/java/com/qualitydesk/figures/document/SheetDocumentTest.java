package com.qualitydesk.figures.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.document.PdfContents;
import com.qualitydesk.figures.FigureKey;
import com.qualitydesk.figures.FigureSource;
import com.qualitydesk.figures.FigureValue;
import com.qualitydesk.figures.MonthlySheet;
import com.qualitydesk.figures.SheetDepartment;
import com.qualitydesk.figures.SheetFigure;
import com.qualitydesk.figures.SheetTargets;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** CS-09: a department's monthly sheet printed in English and in Chinese, as SALES files it. */
class SheetDocumentTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SheetTargets TARGETS = new SheetTargets(BigDecimal.valueOf(98), 1.33, 1.0);

    private static MonthlySheet quality() {
        var sheet =
                new MonthlySheet(SheetDepartment.QUALITY, YearMonth.of(2026, 3), Instant.parse("2026-04-07T09:30:00Z"));
        var lots = new LinkedHashMap<FigureKey, BigDecimal>();
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Pumps"), BigDecimal.valueOf(20));
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Pumps"), BigDecimal.valueOf(17));
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_INSPECTED, "Valves"), BigDecimal.valueOf(40));
        lots.put(FigureKey.ofFamily(SheetFigure.QUALITY_LOTS_PASSED, "Valves"), BigDecimal.valueOf(40));
        sheet.enter(lots, FigureSource.ENTERED);
        sheet.changeRemark("泵壳试压不合格 3 批。");
        sheet.submit(Instant.parse("2026-04-03T07:00:00Z"), LocalDate.of(2026, 4, 3), "quality");
        return sheet;
    }

    @Test
    void qualitysSheetPrintsItsLotsPerFamilyAndThePassRateAgainstTheObjective_CS09() {
        byte[] english = SheetDocument.render(quality(), TARGETS, "en", SHANGHAI);
        PdfContents.keep("monthly-sheet-quality-en.pdf", english);
        var en = PdfContents.of(english);
        assertAll(
                () -> assertTrue(en.contains("Monthly operating figures: Quality, 2026-03"), en.text()),
                () -> assertTrue(en.contains("Submitted · submitted on time"), en.text()),
                () -> assertTrue(en.contains("Pass rate 95 %: below the objective of 98 %."), en.text()),
                () -> assertTrue(en.contains("Pumps 20 17 85 %"), en.text()),
                () -> assertTrue(en.contains("泵壳试压不合格"), "the remark as written"),
                () -> assertFalse(en.text().contains("NaN")),
                () -> assertTrue(en.rightmostGlyphEnd() <= en.pageWidth(), "nothing runs off the page"));

        byte[] chinese = SheetDocument.render(quality(), TARGETS, "zh_CN", SHANGHAI);
        PdfContents.keep("monthly-sheet-quality-zh.pdf", chinese);
        var zh = PdfContents.of(chinese);
        assertAll(
                () -> assertTrue(zh.contains("月度经营统计表：质量部，2026-03"), zh.text()),
                () -> assertTrue(zh.contains("合格率 95%：低于 98% 的目标。"), zh.text()),
                () -> assertTrue(zh.contains("按产品系列"), zh.text()),
                () -> assertEquals(1, zh.pages()));
    }

    @Test
    void productionsSheetPrintsEachCharacteristicWithItsLightAndNoDataWhereNothingWasMeasured_CS09() {
        var sheet = new MonthlySheet(
                SheetDepartment.PRODUCTION, YearMonth.of(2026, 3), Instant.parse("2026-04-07T09:30:00Z"));
        sheet.fillFromRecords(List.of(
                new FigureValue(SheetFigure.PRODUCTION_CP, "", "W1 · Hardening · Hardness", new BigDecimal("1.41")),
                new FigureValue(SheetFigure.PRODUCTION_CPK, "", "W1 · Hardening · Hardness", new BigDecimal("0.62")),
                new FigureValue(SheetFigure.PRODUCTION_CP, "", "W2 · Assembly · Torque", null),
                new FigureValue(SheetFigure.PRODUCTION_CPK, "", "W2 · Assembly · Torque", null)));
        var en = PdfContents.of(SheetDocument.render(sheet, TARGETS, "en", SHANGHAI));
        assertAll(
                () -> assertTrue(en.contains("W1 · Hardening · Hardness 1.41 0.62 Not capable"), en.text()),
                () -> assertTrue(en.contains("W2 · Assembly · Torque no data no data No data"), en.text()),
                () -> assertTrue(en.contains("Lowest Cpk 0.62"), en.text()));
    }

    @Test
    void bothLanguagesHaveTheSameNonBlankKeys() throws IOException {
        Properties english = load("documents.properties");
        Properties chinese = load("documents_zh_CN.properties");
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(chinese.stringPropertyNames()));
        for (SheetFigure figure : SheetFigure.values()) {
            assertTrue(english.containsKey("figure." + figure.name()), figure.name());
        }
        for (Properties bundle : new Properties[] {english, chinese}) {
            bundle.forEach((key, value) -> assertFalse(value.toString().isBlank(), key + " is blank"));
        }
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = SheetDocument.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
