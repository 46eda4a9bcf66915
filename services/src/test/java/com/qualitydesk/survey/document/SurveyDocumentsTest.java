package com.qualitydesk.survey.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.document.PdfContents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** CS-04 paper questionnaires and their print file, CS-06 thank-you letters, in English and Chinese. */
class SurveyDocumentsTest {

    static final List<String> ITEMS_EN = List.of(
            "Product quality",
            "Delivery (on time, complete, undamaged)",
            "Service",
            "Production interruptions at your plant caused by our products",
            "Significant quality or delivery problems",
            "Extra shipping costs",
            "Overall perception of our company",
            "Speed of response to your requests");
    static final List<String> ITEMS_ZH = List.of(
            "产品质量", "交货（及时、齐全、完好）", "服务", "因我公司产品造成贵公司生产中断的情况", "重大质量或交货问题", "额外运费", "对我公司的总体印象", "对贵公司要求的响应速度");

    static QuestionnaireContent english(String code) {
        return new QuestionnaireContent(
                Locale.ENGLISH,
                "2026 Q3",
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30),
                "Hangzhou Valve Works Co., Ltd.",
                "Mr Chen Wei",
                code,
                LocalDate.of(2026, 10, 31),
                ITEMS_EN,
                List.of("Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"));
    }

    static QuestionnaireContent chinese(String code) {
        return new QuestionnaireContent(
                Locale.SIMPLIFIED_CHINESE,
                "2026 Q3",
                LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30),
                "杭州阀门厂有限公司",
                "陈伟先生",
                code,
                LocalDate.of(2026, 10, 31),
                ITEMS_ZH,
                List.of("非常不满意", "不满意", "一般", "满意", "非常满意"));
    }

    @Test
    void englishQuestionnaireCarriesCodeDeadlineEveryItemAndItsScale_CS04() {
        byte[] pdf = QuestionnaireSheet.render(english("ABCD-EF23"));
        PdfContents.keep("questionnaire-en.pdf", pdf);
        PdfContents sheet = PdfContents.of(pdf);
        assertAll(
                () -> assertTrue(sheet.contains("Customer satisfaction survey"), sheet.text()),
                () -> assertTrue(sheet.contains("2026 Q3")),
                () -> assertTrue(sheet.contains("1 July 2026 to 30 September 2026")),
                () -> assertTrue(sheet.contains("Hangzhou Valve Works Co., Ltd.")),
                () -> assertTrue(sheet.contains("Mr Chen Wei")),
                () -> assertTrue(sheet.contains("ABCD-EF23")),
                () -> assertTrue(sheet.contains("31 October 2026")),
                () -> ITEMS_EN.forEach(item -> assertTrue(sheet.contains(item), item)),
                () -> assertEquals(
                        ITEMS_EN.size(), occurrences(compact(sheet.text()), "1Verydissatisfied"), "scale per item"),
                () -> assertEquals(ITEMS_EN.size(), occurrences(compact(sheet.text()), "3Neutral")),
                () -> assertEquals(ITEMS_EN.size(), occurrences(compact(sheet.text()), "5Verysatisfied")),
                () -> assertEquals(
                        ITEMS_EN.size() + 1,
                        occurrences(compact(sheet.text()), "Notapplicable"),
                        "per item, and in the instructions"),
                () -> assertEquals(ITEMS_EN.size(), occurrences(sheet.text(), "Comment"), "a comment line per item"),
                () -> assertTrue(sheet.contains("Further comments or suggestions")),
                () -> assertFalse(sheet.text().matches("(?s).*[\\u4e00-\\u9fff].*"), "no Chinese in English"),
                () -> assertTrue(sheet.rightmostGlyphEnd() < sheet.pageWidth() - 50f, "text stays in the margin"));
    }

    @Test
    void chineseQuestionnaireIsInChineseWithItsChineseItems_CS04() {
        byte[] pdf = QuestionnaireSheet.render(chinese("QRST-UV45"));
        PdfContents.keep("questionnaire-zh.pdf", pdf);
        PdfContents sheet = PdfContents.of(pdf);
        assertAll(
                () -> assertTrue(sheet.contains("客户满意度调查问卷"), sheet.text()),
                () -> assertTrue(sheet.contains("2026年7月1日至2026年9月30日")),
                () -> assertTrue(sheet.contains("杭州阀门厂有限公司")),
                () -> assertTrue(sheet.contains("尊敬的陈伟先生：")),
                () -> assertTrue(sheet.contains("QRST-UV45")),
                () -> assertTrue(sheet.contains("2026年10月31日")),
                () -> ITEMS_ZH.forEach(item -> assertTrue(sheet.contains(item), item)),
                () -> assertEquals(ITEMS_ZH.size(), occurrences(compact(sheet.text()), "1非常不满意")),
                () -> assertEquals(ITEMS_ZH.size(), occurrences(compact(sheet.text()), "5非常满意")),
                () -> assertEquals(ITEMS_ZH.size() + 1, occurrences(sheet.text(), "不适用"), "per item and instructions"),
                () -> assertTrue(sheet.contains("其他意见或建议")),
                () -> assertTrue(sheet.contains("第 1 页")),
                () -> assertFalse(sheet.contains("Customer satisfaction survey")),
                () -> sheet.fonts().forEach(font -> assertTrue(font.isEmbedded(), font.getName())));
    }

    static QuestionnaireContent yearEnd(QuestionnaireContent cycle) {
        return new QuestionnaireContent(
                cycle.language(),
                "2026 year-end",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                cycle.customerName(),
                cycle.contactName(),
                cycle.replyCode(),
                LocalDate.of(2027, 1, 4),
                cycle.items(),
                cycle.scale(),
                true);
    }

    @Test
    void theYearEndLetterOnPaperThanksForTheYearAndAsksTheSameQuestions_CS01() {
        PdfContents english = PdfContents.of(QuestionnaireSheet.render(yearEnd(english("YEAR-EN26"))));
        PdfContents chinese = PdfContents.of(QuestionnaireSheet.render(yearEnd(chinese("YEAR-ZH26"))));
        assertAll(
                () -> assertTrue(english.contains("Year-end customer satisfaction letter"), english.text()),
                () -> assertTrue(english.contains("As the year 2026 comes to an end, we thank you sincerely")),
                () -> assertTrue(english.contains("1 January 2026 to 31 December 2026")),
                () -> assertTrue(english.contains("2026 year-end")),
                () -> assertTrue(english.contains("YEAR-EN26")),
                () -> ITEMS_EN.forEach(item -> assertTrue(english.contains(item), item)),
                () -> assertFalse(english.contains("Customer satisfaction survey"), "not headed as a cycle's survey"),
                () -> assertFalse(english.text().matches("(?s).*[\\u4e00-\\u9fff].*"), "no Chinese in English"),
                () -> assertTrue(chinese.contains("年终客户满意度调查函"), chinese.text()),
                () -> assertTrue(compact(chinese.text()).contains("2026年即将过去，衷心感谢贵公司一年来对我们的信任与支持")),
                () -> assertTrue(chinese.contains("2026年1月1日至2026年12月31日")),
                () -> ITEMS_ZH.forEach(item -> assertTrue(chinese.contains(item), item)),
                () -> assertFalse(chinese.contains("客户满意度调查问卷")));
    }

    @Test
    void printFileHasOneQuestionnairePerRecipientEachFromANewPage_CS04() throws IOException {
        List<QuestionnaireContent> recipients =
                List.of(english("AAAA-2222"), chinese("BBBB-3333"), english("CCCC-4444"));
        var out = new ByteArrayOutputStream();
        CampaignPrintFile.write(out, "2026 Q3", recipients);
        PdfContents.keep("print-file.pdf", out.toByteArray());

        PdfContents file = PdfContents.of(out.toByteArray());
        assertEquals(2, occurrences(file.text(), "Customer satisfaction survey"), "two English questionnaires");
        assertEquals(1, occurrences(file.text(), "客户满意度调查问卷"), "one Chinese questionnaire");
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            // each recipient's questionnaire starts a page: its title is on a page of its own code
            int firstPages = 0;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                List<String> codes = recipients.stream()
                        .map(QuestionnaireContent::replyCode)
                        .filter(text::contains)
                        .toList();
                assertEquals(1, codes.size(), "page " + page + " belongs to one recipient: " + codes);
                if (text.contains("Customer satisfaction survey") || text.contains("客户满意度调查问卷")) {
                    firstPages++;
                    assertTrue(text.contains("Page 1") || text.contains("第 1 页"), "numbered anew: " + text);
                }
            }
            assertEquals(3, firstPages, "three questionnaires");
        }
    }

    @Test
    void printFileTakesTheRecipientsOneAtATime_CS04() {
        // a source that can hand out a recipient only after the previous one was printed
        int[] handedOut = {0};
        Iterable<QuestionnaireContent> source = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return handedOut[0] < 40;
            }

            @Override
            public QuestionnaireContent next() {
                return english("CODE-" + (1000 + handedOut[0]++));
            }
        };
        var out = new ByteArrayOutputStream();
        CampaignPrintFile.write(out, "2026 Q3", source);
        assertEquals(40, occurrences(PdfContents.of(out.toByteArray()).text(), "Customer satisfaction survey"));
    }

    @Test
    void thankYouLettersThankForTheReplyToTheCampaign_CS06() {
        var english = new ThankYouLetterContent(
                Locale.ENGLISH,
                "ABCD-EF23",
                LocalDate.of(2026, 11, 3),
                "Hangzhou Valve Works Co., Ltd.",
                "Mr Chen Wei",
                "2026 Q3",
                LocalDate.of(2026, 10, 28));
        var chinese = new ThankYouLetterContent(
                Locale.SIMPLIFIED_CHINESE,
                "QRST-UV45",
                LocalDate.of(2026, 11, 3),
                "杭州阀门厂有限公司",
                "陈伟先生",
                "2026 Q3",
                LocalDate.of(2026, 10, 28));
        byte[] en = ThankYouLetter.render(english);
        byte[] zh = ThankYouLetter.render(chinese);
        PdfContents.keep("thank-you-en.pdf", en);
        PdfContents.keep("thank-you-zh.pdf", zh);
        PdfContents enLetter = PdfContents.of(en);
        PdfContents zhLetter = PdfContents.of(zh);
        assertAll(
                () -> assertTrue(enLetter.contains("Thank you for your reply"), enLetter.text()),
                () -> assertTrue(enLetter.contains("Dear Mr Chen Wei,")),
                () -> assertTrue(enLetter.contains("customer satisfaction survey “2026 Q3”")),
                () -> assertTrue(enLetter.contains("3 November 2026"), "dated"),
                () -> assertTrue(enLetter.contains("28 October 2026"), "the reply's day"),
                () -> assertTrue(enLetter.contains("Yours sincerely,")),
                () -> assertTrue(enLetter.contains("Sales Department")),
                () -> assertTrue(zhLetter.contains("感谢您的回复"), zhLetter.text()),
                () -> assertTrue(zhLetter.contains("尊敬的陈伟先生：")),
                () -> assertTrue(zhLetter.contains("客户满意度调查“2026 Q3”")),
                () -> assertTrue(zhLetter.contains("2026年11月3日")),
                () -> assertTrue(zhLetter.contains("销售部")),
                () -> assertTrue(zhLetter.contains("质量服务台")),
                () -> assertEquals(1, zhLetter.pages(), "a short letter"));
    }

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
        try (InputStream in = QuestionnaireSheet.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static int occurrences(String text, String phrase) {
        Matcher matcher = Pattern.compile(Pattern.quote(phrase)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
