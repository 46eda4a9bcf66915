package com.qualitydesk.feedback.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.document.PdfContents;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** CF-12: the written reply, in the contact's language, prefilled with cause and actions. */
class ReplyLetterTest {

    static ReplyLetterContent english() {
        return new ReplyLetterContent(
                Locale.ENGLISH,
                "FB-2026-0042",
                LocalDate.of(2026, 11, 25),
                "Shanghai Precision Fittings Co., Ltd.",
                "Ms Li Na",
                "valve body VB-200, lot L2026-117",
                "Twelve valve bodies of the last delivery leak at the thread.",
                "The thread rolling die was worn beyond its service limit, because the tool change interval"
                        + " was counted in shifts instead of parts.",
                List.of(
                        "All stock of lot L2026-117 was inspected and the 12 leaking parts were replaced.",
                        "The tool change interval is now counted in parts (every 20,000 parts).",
                        "A thread gauge check was added to the final inspection."),
                null,
                "Wang Fang, Sales Department");
    }

    static ReplyLetterContent chinese() {
        return new ReplyLetterContent(
                Locale.SIMPLIFIED_CHINESE,
                "FB-2026-0043",
                LocalDate.of(2026, 11, 25),
                "上海精密配件有限公司",
                "李娜女士",
                "阀体 VB-200（批号 L2026-117）",
                "最近一批交货中有十二个阀体在螺纹处泄漏。",
                "螺纹滚压模具磨损超出使用寿命，原因是换刀周期按班次而不是按零件数量计算。",
                List.of("已检查批号 L2026-117 的全部库存，并更换了 12 个泄漏的零件。", "换刀周期现按零件数量计算（每 20,000 件更换一次）。", "终检中增加了螺纹量规检查。"),
                null,
                "王芳（销售部）");
    }

    @Test
    void englishLetterCarriesCustomerNumberCauseAndActions() {
        ReplyLetterContent content = english();
        byte[] pdf = ReplyLetter.render(content);
        PdfContents.keep("reply-letter-en.pdf", pdf);
        PdfContents letter = PdfContents.of(pdf);
        assertAll(
                () -> assertTrue(letter.contains("Reply to your feedback"), letter.text()),
                () -> assertTrue(letter.contains("FB-2026-0042")),
                () -> assertTrue(letter.contains("Shanghai Precision Fittings Co., Ltd.")),
                () -> assertTrue(letter.contains("Dear Ms Li Na,")),
                () -> assertTrue(letter.contains("25 November 2026")),
                () -> assertTrue(letter.contains(content.customerStatement())),
                () -> assertTrue(letter.contains("Cause")),
                () -> assertTrue(letter.contains(content.cause())),
                () -> assertTrue(letter.contains("Actions taken")),
                () -> content.actions().forEach(action -> assertTrue(letter.contains(action), action)),
                () -> assertTrue(letter.contains("Yours sincerely,")),
                () -> assertTrue(letter.contains("Wang Fang, Sales Department")),
                () -> assertFalse(letter.contains("尊敬的"), "no Chinese in an English letter"));
    }

    @Test
    void chineseLetterCarriesChineseTextsAndCause() {
        ReplyLetterContent content = chinese();
        byte[] pdf = ReplyLetter.render(content);
        PdfContents.keep("reply-letter-zh.pdf", pdf);
        PdfContents letter = PdfContents.of(pdf);
        assertAll(
                () -> assertTrue(letter.contains("关于贵方反馈的答复"), letter.text()),
                () -> assertTrue(letter.contains("FB-2026-0043")),
                () -> assertTrue(letter.contains("上海精密配件有限公司")),
                () -> assertTrue(letter.contains("尊敬的李娜女士：")),
                () -> assertTrue(letter.contains("2026年11月25日")),
                () -> assertTrue(letter.contains("您的反馈")),
                () -> assertTrue(letter.contains("原因")),
                () -> assertTrue(letter.contains(content.cause())),
                () -> assertTrue(letter.contains("已采取的措施")),
                () -> content.actions().forEach(action -> assertTrue(letter.contains(action), action)),
                () -> assertTrue(letter.contains("此致")),
                () -> assertTrue(letter.contains("王芳（销售部）")),
                () -> assertTrue(letter.contains("第 1 页")));
    }

    @Test
    void letterEmbedsItsFonts() {
        for (ReplyLetterContent content : List.of(english(), chinese())) {
            PdfContents letter = PdfContents.of(ReplyLetter.render(content));
            assertFalse(letter.fonts().isEmpty());
            for (PDFont font : letter.fonts()) {
                assertTrue(font.isEmbedded(), font.getName() + " embedded in " + content.language());
            }
        }
    }

    @Test
    void defaultBodyIsPrefilledWithCauseAndNumberedActionsInTheLettersLanguage() {
        String english = ReplyLetter.defaultBody(english());
        String chinese = ReplyLetter.defaultBody(chinese());
        assertAll(
                () -> assertTrue(
                        english.startsWith("Thank you for your feedback regarding valve body VB-200"), english),
                () -> assertTrue(english.contains("Cause\n" + english().cause()), english),
                () -> assertTrue(english.contains("Actions taken\n1. All stock of lot L2026-117"), english),
                () -> assertTrue(english.contains("\n3. A thread gauge check"), english),
                () -> assertTrue(chinese.startsWith("感谢您就阀体 VB-200（批号 L2026-117）向我们反馈"), chinese),
                () -> assertTrue(chinese.contains("原因\n" + chinese().cause()), chinese),
                () -> assertTrue(chinese.contains("已采取的措施\n1. 已检查批号"), chinese));
    }

    @Test
    void defaultBodyWithoutCauseOrActionsSaysSo() {
        ReplyLetterContent open = new ReplyLetterContent(
                Locale.ENGLISH,
                "FB-2026-0044",
                LocalDate.of(2026, 11, 25),
                "ACME",
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        String body = ReplyLetter.defaultBody(open);
        assertAll(
                () -> assertTrue(body.startsWith("Thank you for your feedback. "), body),
                () -> assertTrue(body.contains("still in progress"), body),
                () -> assertTrue(body.contains("No further actions were necessary."), body),
                () -> assertTrue(PdfContents.of(ReplyLetter.render(open)).contains("Dear Sir or Madam,")));
    }

    @Test
    void editedBodyIsPrintedInsteadOfTheTemplate() {
        // as a browser's text area submits it, with CRLF line ends
        ReplyLetterContent edited = chinese()
                .withBodyText("感谢您的耐心等待。\r\n\r\n原因\r\n模具磨损。\r\n\r\n已采取的措施\r\n1. 更换模具。\r\n2. 加强检验。"
                        + "\r\n\r\n如有疑问，\r\n请联系我们。");
        PdfContents letter = PdfContents.of(ReplyLetter.render(edited));
        assertAll(
                () -> assertTrue(letter.contains("感谢您的耐心等待。"), letter.text()),
                () -> assertTrue(letter.contains("模具磨损。")),
                () -> assertTrue(letter.contains("更换模具。")),
                () -> assertTrue(letter.contains("2. 加强检验。"), "numbered list kept its order"),
                () -> assertTrue(
                        letter.text().lines().map(String::strip).anyMatch("请联系我们。"::equals), "line break kept"),
                () -> assertFalse(letter.text().contains("\r"), "no stray carriage return"),
                () -> assertFalse(letter.contains("螺纹滚压模具"), "template text replaced by the edited one"));
    }

    @Test
    void englishLetterStaysEnglishOnAChineseServer() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            PdfContents letter = PdfContents.of(ReplyLetter.render(english()));
            assertTrue(letter.contains("Dear Ms Li Na,"), letter.text());
        } finally {
            Locale.setDefault(before);
        }
    }
}
