package com.qualitydesk.analysis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.PrimeFaces;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * CS-10, IM-01 in the browser: Sales drafts the report of a closed campaign of the demo company
 * that has none yet (the demo reports the last four), is refused the issue without conclusions,
 * opens an improvement at Technical from it and issues it with both PDFs; Technical finds the
 * report in its inbox and completes the action on the action register's page; the general manager,
 * who reads in Chinese, reads the issued report, which offers nobody but Sales a change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalysisReportBrowserIT {

    /** This run's action: the database is shared with the other classes. */
    private static final String RUN =
            "AR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static String reportPath;
    private static String reference;
    private static String actionId;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser(String language) {
        return Browser.open(RealWar.loopback(deployed), language);
    }

    @Test
    @Order(1)
    void salesDraftsTheReportOpensAnActionAndIssuesIt_CS10_IM01() throws Exception {
        try (var b = browser("en")) {
            b.logInAs("sales");
            b.useLanguage("EN");
            b.click(By.cssSelector("#mainMenu [data-menu='menu.analysisReports']"));
            b.waitForText("Customer satisfaction analysis reports");
            // the demo company's four issued reports
            b.waitUntil(() -> b.text(By.id("reportsForm:reports")).split("Issued", -1).length - 1 >= 4);
            b.screenshot("analysis-reports-en");

            // a closed campaign without a report: the latest of them comes first
            b.click(By.id("reportsForm:campaign"));
            By firstCampaign =
                    By.cssSelector("[id='reportsForm:campaign_panel'] li.ui-selectonemenu-item:nth-child(2)");
            b.find(firstCampaign);
            PrimeFaces.pause(300);
            b.click(firstCampaign);
            b.waitForPage();
            String campaign = b.text(By.id("reportsForm:campaign_label")).trim();
            b.click(By.id("reportsForm:draft"));
            b.waitForText("The report is drafted with the figures as they stand now.");
            assertTrue(b.currentPath().startsWith("/analysis/report.xhtml"), b.currentPath());
            reportPath = b.currentPath();
            String page = b.pageText();
            assertTrue(page.contains(campaign), page);
            assertTrue(page.contains("Main aspects of dissatisfaction"), page);
            assertEquals("Draft", b.text(By.id("reportForm:status")).trim());
            Matcher heading =
                    Pattern.compile("analysis report (\\d{4}-Q\\d v1)").matcher(b.text(By.id("reportForm:heading")));
            assertTrue(heading.find(), b.text(By.id("reportForm:heading")));
            reference = heading.group(1);
            b.screenshot("analysis-report-draft-en");

            // no issue without the conclusions
            b.click(By.id("reportForm:issue"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitForText("Write the conclusions before issuing the report.");

            // IM-01: an improvement at Technical, into the action register
            b.click(By.id("reportForm:openAction"));
            b.find(By.id("actionForm:description"));
            PrimeFaces.pause(300);
            b.click(By.id("actionForm:saveAction"));
            b.waitForText("Say what is to be done.");
            b.type(By.id("actionForm:description"), RUN + " publish the pump selection guide");
            PrimeFaces.select(b, "actionForm:department", "Technical");
            b.click(By.id("actionForm:saveAction"));
            b.waitForText("The improvement action is opened.");
            b.waitUntil(() -> b.text(By.id("reportForm:actions")).contains(RUN));
            Matcher id = Pattern.compile("#(\\d+)").matcher(b.text(By.id("reportForm:actions")));
            assertTrue(id.find());
            actionId = id.group(1);

            b.type(By.id("reportForm:conclusions"), "Delivery is the weakest item; Technical publishes a guide.");
            b.click(By.id("reportForm:issue"));
            b.click(By.cssSelector(".ui-confirmdialog-yes"));
            b.waitForText("The report is issued.");
            assertEquals("Issued", b.text(By.id("reportForm:status")).trim());
            assertTrue(b.text(By.id("reportForm:sha")).matches("[0-9a-f]{64}"), b.text(By.id("reportForm:sha")));
            assertTrue(b.all(By.id("reportForm:conclusions")).isEmpty(), "an issued report has no editor");
            assertTrue(b.all(By.id("reportForm:issue")).isEmpty(), "nor an issue button");
            assertTrue(b.text(By.id("reportForm:conclusionsShown")).contains("Technical publishes a guide"));
            b.screenshot("analysis-report-issued-en");

            String file = "analysis-report-" + reference.replace(' ', '-');
            Path english = b.download(By.id("reportForm:pdfEnglish"), file + "-en.pdf");
            Path chinese = b.download(By.id("reportForm:pdfChinese"), file + "-zh_CN.pdf");
            for (Path pdf : new Path[] {english, chinese}) {
                byte[] bytes = Files.readAllBytes(pdf);
                assertEquals(
                        "%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII), pdf.toString());
            }
            Path workbook = b.download(By.id("reportForm:excel"), file + ".xlsx");
            assertTrue(Files.size(workbook) > 1000);
        }
    }

    @Test
    @Order(2)
    void technicalReadsTheReportAndCompletesItsActionOnTheActionPage_IM01() {
        try (var b = browser("en")) {
            b.logInAs("technical");
            b.useLanguage("EN");
            b.go("/task/inbox.xhtml");
            b.waitForText(reference);
            b.click(By.linkText(reference));
            b.waitForText("Customer satisfaction statistical analysis report " + reference);
            assertTrue(b.all(By.id("reportForm:newVersion")).isEmpty(), "only Sales corrects it");
            assertTrue(b.all(By.id("reportForm:openAction")).isEmpty(), "only Sales opens actions from it");
            b.click(By.linkText("#" + actionId));
            b.waitForText(RUN + " publish the pump selection guide");
            assertTrue(b.currentPath().startsWith("/action/action.xhtml"), b.currentPath());
            b.type(By.id("completeForm:evidence"), "Guide published on the website, version 1");
            b.click(By.id("completeForm:complete"));
            b.waitForText("Action completed; Quality verifies it after the verification window.");
            b.screenshot("analysis-action-completed-en");
        }
    }

    @Test
    @Order(3)
    void theGeneralManagerReadsTheIssuedReportInChinese_CS10() {
        try (var b = browser("zh")) {
            b.logInAs("gm");
            b.go(reportPath);
            b.waitForText("顾客满意度统计分析报告 " + reference);
            assertEquals("已发布", b.text(By.id("reportForm:status")).trim());
            b.waitUntil(() -> b.text(By.id("reportForm:actions")).contains("已完成"));
            assertTrue(b.pageText().contains("主要不满意方面"));
            assertTrue(b.all(By.id("reportForm:newVersion")).isEmpty());
            b.screenshot("analysis-report-gm-zh");
        }
    }
}
