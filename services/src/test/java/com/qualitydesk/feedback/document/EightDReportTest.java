package com.qualitydesk.feedback.document;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.document.PdfContents;
import com.qualitydesk.feedback.document.EightDReportContent.Action;
import com.qualitydesk.feedback.document.EightDReportContent.Closure;
import com.qualitydesk.feedback.document.EightDReportContent.Problem;
import com.qualitydesk.feedback.document.EightDReportContent.RootCause;
import com.qualitydesk.feedback.document.EightDReportContent.TeamMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** CF-12: the 8D report of a case, D1 team to D8 closure, in English and Chinese. */
class EightDReportTest {

    static EightDReportContent english() {
        return new EightDReportContent(
                Locale.ENGLISH,
                "FB-2026-0042",
                List.of(
                        new TeamMember("Zhang Wei", "Quality", "Team leader, analysis"),
                        new TeamMember("Liu Yang", "Technical", "Tooling and process"),
                        new TeamMember("Chen Jie", "Production", "Containment"),
                        new TeamMember("Wang Fang", "Sales", "Customer contact")),
                new Problem(
                        "Shanghai Precision Fittings Co., Ltd.",
                        "Valve body VB-200",
                        "L2026-117",
                        LocalDate.of(2026, 11, 10),
                        "Quality problem",
                        "Small batch",
                        "12 of 2,000",
                        "Twelve valve bodies of the last delivery leak at the thread."),
                List.of(new Action(
                        "Sort all stock of lot L2026-117 at the warehouse and at the customer.",
                        "Production / Chen Jie",
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 11, 11),
                        "1,988 parts checked, 0 further leaks; 12 parts replaced.")),
                new RootCause(
                        List.of(
                                "The thread leaks because its flanks are too shallow.",
                                "The flanks are shallow because the rolling die was worn.",
                                "The die was worn because it was used beyond its service limit.",
                                "It was used too long because the change interval was counted in shifts.",
                                "Shifts were used because the work instruction predates the faster line."),
                        "METHOD",
                        "The tool change interval in the work instruction was counted in shifts instead of parts."),
                List.of(new Action(
                        "Count the tool change interval in parts (every 20,000 parts).",
                        "Technical / Liu Yang",
                        LocalDate.of(2026, 11, 14),
                        null,
                        null)),
                List.of(new Action(
                        "Work instruction WI-TR-07 revised to count the interval in parts.",
                        "Technical / Liu Yang",
                        LocalDate.of(2026, 11, 14),
                        LocalDate.of(2026, 11, 13),
                        "Passed: no feedback with the same product and cause since completion.")),
                List.of(new Action(
                        "Apply part-count tool changes to all rolling machines.",
                        "Production",
                        LocalDate.of(2026, 12, 1),
                        null,
                        null)),
                new Closure(LocalDate.of(2026, 11, 28), "Zhang Wei", "Reply sent on 25 November 2026."));
    }

    static EightDReportContent chinese() {
        return new EightDReportContent(
                Locale.SIMPLIFIED_CHINESE,
                "FB-2026-0043",
                List.of(
                        new TeamMember("张伟", "质量部", "组长，负责分析"),
                        new TeamMember("刘洋", "技术部", "模具与工艺"),
                        new TeamMember("陈杰", "生产部", "围堵")),
                new Problem(
                        "上海精密配件有限公司",
                        "阀体 VB-200",
                        "L2026-117",
                        LocalDate.of(2026, 11, 10),
                        "质量问题",
                        "小批量",
                        "2,000 件中 12 件",
                        "最近一批交货中有十二个阀体在螺纹处泄漏。"),
                List.of(new Action(
                        "对仓库和客户处批号 L2026-117 的全部库存进行挑选。",
                        "生产部 / 陈杰",
                        LocalDate.of(2026, 11, 11),
                        LocalDate.of(2026, 11, 11),
                        "检查 1,988 件，未发现其他泄漏；更换 12 件。")),
                new RootCause(
                        List.of("螺纹牙侧过浅导致泄漏。", "滚压模具磨损导致牙侧过浅。", "模具超出使用寿命仍在使用。", "换刀周期按班次计算。", "作业指导书早于新生产线制定。"),
                        "METHOD",
                        "作业指导书中的换刀周期按班次而不是按零件数量计算。"),
                List.of(new Action("换刀周期改为按零件数量计算（每 20,000 件）。", "技术部 / 刘洋", LocalDate.of(2026, 11, 14), null, null)),
                List.of(new Action(
                        "修订作业指导书 WI-TR-07，按零件数量计算换刀周期。",
                        "技术部 / 刘洋",
                        LocalDate.of(2026, 11, 14),
                        LocalDate.of(2026, 11, 13),
                        "通过：完成后未再收到同一产品、同一原因的反馈。")),
                List.of(),
                new Closure(LocalDate.of(2026, 11, 28), "张伟", "已于 2026年11月25日 发出书面答复。"));
    }

    @Test
    void englishReportHasAllEightDisciplinesWithTheirContent() {
        EightDReportContent content = english();
        byte[] pdf = EightDReport.render(content);
        PdfContents.keep("eight-d-report-en.pdf", pdf);
        PdfContents report = PdfContents.of(pdf);
        assertAll(
                () -> assertTrue(report.contains("8D report"), report.text()),
                () -> assertTrue(report.contains("FB-2026-0042")),
                () -> assertTrue(report.contains("D1 Team")),
                () -> assertTrue(report.contains("Zhang Wei")),
                () -> assertTrue(report.contains("D2 Problem description")),
                () -> assertTrue(report.contains("Shanghai Precision Fittings Co., Ltd.")),
                () -> assertTrue(report.contains("D3 Containment actions")),
                () -> assertTrue(report.contains("1,988 parts checked")),
                () -> assertTrue(report.contains("D4 Root cause")),
                () -> assertTrue(report.contains("Why 5?")),
                () -> assertTrue(report.contains("Method"), "Ishikawa category translated"),
                () -> assertTrue(report.contains(content.rootCause().statement())),
                () -> assertTrue(report.contains("D5 Chosen corrective actions")),
                () -> assertTrue(report.contains("Count the tool change interval in parts")),
                () -> assertTrue(report.contains("D6 Implemented and verified corrective actions")),
                () -> assertTrue(report.contains("Passed: no feedback")),
                () -> assertTrue(report.contains("D7 Preventive actions")),
                () -> assertTrue(report.contains("Apply part-count tool changes")),
                () -> assertTrue(report.contains("D8 Closure")),
                () -> assertTrue(report.contains("28 November 2026")));
    }

    @Test
    void chineseReportHasChineseHeadingsAndContent() {
        EightDReportContent content = chinese();
        byte[] pdf = EightDReport.render(content);
        PdfContents.keep("eight-d-report-zh.pdf", pdf);
        PdfContents report = PdfContents.of(pdf);
        assertAll(
                () -> assertTrue(report.contains("8D 报告"), report.text()),
                () -> assertTrue(report.contains("FB-2026-0043")),
                () -> assertTrue(report.contains("D1 成立小组")),
                () -> assertTrue(report.contains("张伟")),
                () -> assertTrue(report.contains("上海精密配件有限公司")),
                () -> assertTrue(report.contains("D4 根本原因分析")),
                () -> assertTrue(report.contains(content.rootCause().statement())),
                () -> assertTrue(report.contains("方法"), "Ishikawa category in Chinese"),
                () -> assertTrue(report.contains("为什么（5）？")),
                () -> assertTrue(report.contains("D7 预防再发生措施")),
                () -> assertTrue(report.contains("无记录。"), "empty D7 says so"),
                () -> assertTrue(report.contains("2026年11月28日")));
        for (PDFont font : report.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " embedded");
        }
    }

    @Test
    void openCaseWithNothingRecordedStillPrintsEverySection() {
        EightDReportContent open = new EightDReportContent(
                Locale.ENGLISH,
                "FB-2026-0050",
                null,
                new Problem("ACME", null, null, null, null, null, null, null),
                null,
                null,
                null,
                null,
                null,
                null);
        PdfContents report = PdfContents.of(EightDReport.render(open));
        assertAll(
                () -> assertTrue(report.contains("D8 Closure"), report.text()),
                () -> assertTrue(report.contains("The case is not closed yet.")),
                () -> assertTrue(report.contains("None recorded.")),
                () -> assertFalse(report.contains("Closed on")));
    }

    @Test
    void freeTextCategoryPrintsAsGiven() {
        EightDReportContent content = english();
        EightDReportContent withLabel = new EightDReportContent(
                content.language(),
                content.feedbackNumber(),
                content.team(),
                content.problem(),
                content.containment(),
                new RootCause(content.rootCause().whys(), "Supplier process", null),
                content.correctiveActions(),
                content.implementedActions(),
                content.preventiveActions(),
                content.closure());
        PdfContents report = PdfContents.of(EightDReport.render(withLabel));
        assertAll(
                () -> assertTrue(report.contains("Supplier process"), report.text()),
                () -> assertTrue(
                        report.contains("Shifts were used because the work instruction predates the faster line."),
                        "last why is the root cause when no statement is given"));
    }
}
