package com.qualitydesk.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The shared layout of printed documents (CF-12): fonts, wrapping, page furniture. */
class DocumentLayoutTest {

    private static final String CHINESE_SENTENCE = "螺纹滚压模具磨损超出使用寿命，原因是换刀周期按班次而不是按零件数量计算。";
    private static final String ENGLISH_SENTENCE =
            "The thread rolling die was worn beyond its service limit because the tool change interval was counted in shifts. ";

    @Test
    void longChineseAndEnglishParagraphsWrapInsideTheMargins() {
        String chinese = CHINESE_SENTENCE.repeat(12);
        String english = ENGLISH_SENTENCE.repeat(8);
        byte[] pdf = DocumentLayout.render(
                new DocumentFrame("Quality Desk", "Wrapping", "FB-2026-0001", "Page {0}"),
                layout -> layout.paragraph(chinese)
                        .paragraph(english)
                        .table(List.of("No.", "Action"), new float[] {1f, 9f}, List.of(List.of("1", chinese))));
        PdfContents contents = PdfContents.of(pdf);
        long lines = contents.text().lines().count();
        assertAll(
                () -> assertTrue(contents.contains(chinese), "Chinese paragraph complete"),
                () -> assertTrue(contents.contains(english), "English paragraph complete"),
                () -> assertTrue(lines > 20, "wrapped into many lines, got " + lines),
                () -> assertTrue(
                        contents.rightmostGlyphEnd() <= contents.pageWidth() - 50f,
                        "text stays inside the right margin, ends at " + contents.rightmostGlyphEnd()));
    }

    @Test
    void everyFontIsEmbeddedSoChineseNeedsNoFontOnTheReadersMachine() {
        byte[] pdf = DocumentLayout.render(
                new DocumentFrame("质量服务台", "标题", "FB-2026-0001", "第 {0} 页"), layout -> layout.heading("原因")
                        .paragraph(CHINESE_SENTENCE)
                        .fields(List.of(new Field("客户", "上海精密配件有限公司"))));
        PdfContents contents = PdfContents.of(pdf);
        assertFalse(contents.fonts().isEmpty());
        for (PDFont font : contents.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
        assertTrue(contents.contains("第 1 页"), contents.text());
    }

    @Test
    void blankValuesPrintAsNotRecorded() {
        byte[] pdf = DocumentLayout.render(
                new DocumentFrame("Quality Desk", "Fields", "", "Page {0}"),
                layout -> layout.fields(List.of(new Field("Lot", null))));
        assertTrue(PdfContents.of(pdf).contains("Lot " + DocumentLayout.NOT_RECORDED));
    }

    @Test
    void documentsAreEnglishOrSimplifiedChinese() {
        assertAll(
                () -> assertEquals(Locale.SIMPLIFIED_CHINESE, DocumentTexts.language(Locale.CHINESE)),
                () -> assertEquals(Locale.SIMPLIFIED_CHINESE, DocumentTexts.language(Locale.forLanguageTag("zh-CN"))),
                () -> assertEquals(Locale.SIMPLIFIED_CHINESE, DocumentTexts.language("zh_CN")),
                () -> assertEquals(Locale.ENGLISH, DocumentTexts.language("en")),
                () -> assertEquals(Locale.ENGLISH, DocumentTexts.language(Locale.GERMAN)),
                () -> assertEquals(Locale.ENGLISH, DocumentTexts.language((Locale) null)));
    }
}
