package com.qualitydesk.figures.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.PrimeFaces;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
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
import org.openqa.selenium.WebElement;

/**
 * CS-09 in the browser: QUALITY finds its monthly step in the inbox, fills its sheet of a month per
 * product family, is refused an incomplete sheet and submits the complete one; SALES sees the
 * completeness grid of the demo's year with every state and accepts the sheet; the general manager
 * reads a sheet below the pass-rate objective and the grid in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlySheetsBrowserIT {

    /** A month of the past before the demo's two years: QUALITY's sheet of it is not started. */
    private static final YearMonth MONTH = YearMonth.of(2000 + new Random().nextInt(20), 1 + new Random().nextInt(12));

    private static final YearMonth LAST_MONTH = YearMonth.now().minusMonths(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    @Test
    @Order(1)
    void qualityFillsItsSheetPerProductFamilyAndSubmitsItToSales_CS09() {
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("quality");
            // the step of last month waits in the inbox and leads to the sheet
            b.go("/task/inbox.xhtml");
            PrimeFaces.select(b, "inboxForm:kind", "Monthly sheet");
            b.waitUntil(() -> b.pageText().contains("Submit the Quality sheet of " + LAST_MONTH + " to Sales"));
            b.screenshot("sheets-inbox-en");
            b.click(By.xpath("//a[contains(@id,'monthlySheet') and normalize-space(.)='" + LAST_MONTH + "']"));
            b.waitForText("Quality, " + LAST_MONTH);
            assertTrue(b.pageText().contains("Per product family"), b.pageText());

            b.type(By.id("sheetForm:month"), MONTH.toString());
            b.click(By.id("sheetForm:show"));
            b.waitForText("Quality, " + MONTH);
            assertEquals("Not started", b.text(By.id("sheetForm:status")));
            lots(b, "Valves", "40", "39");
            lots(b, "Pumps", "20", "");
            b.click(By.id("sheetForm:submit"));
            confirm(b);
            b.waitForText("Enter the lots passed of Pumps before submitting.");
            assertEquals("Draft", b.text(By.id("sheetForm:status")), "saved as a draft, not submitted");
            lots(b, "Pumps", "20", "17");
            b.click(By.id("sheetForm:save"));
            b.waitForText("Sheet saved as a draft.");
            // 56 of 60 lots passed: below the 98 % objective, shown red
            WebElement rate = passRate(b);
            assertEquals("93.33 %", rate.getText());
            assertTrue(rate.getAttribute("class").contains("qd-sheet-below"), rate.getAttribute("class"));

            // the 4 failed lots by main defect: 3 porosity, the fourth nobody named
            b.type(By.id("sheetForm:defectInputs:0:defectName"), "Porosity");
            PrimeFaces.enter(
                    b,
                    By.id(b.find(
                                    By.xpath(
                                            "//tbody[@id='sheetForm:defectInputs_data']/tr[1]//input[contains(@class,'qd-number')]"))
                            .getAttribute("id")),
                    "5");
            b.click(By.id("sheetForm:save"));
            b.waitForText("5 failed lots are named by defect, but only 4 lots failed (inspected less passed).");
            PrimeFaces.enter(
                    b,
                    By.id(b.find(
                                    By.xpath(
                                            "//tbody[@id='sheetForm:defectInputs_data']/tr[1]//input[contains(@class,'qd-number')]"))
                            .getAttribute("id")),
                    "3");
            b.click(By.id("sheetForm:save"));
            b.waitForText("Sheet saved as a draft.");
            assertEquals(
                    List.of("Porosity 3 75.00 % 75.00 %", "not named 1 25.00 % 100.00 %"),
                    b.all(By.xpath("//tbody[@id='sheetForm:pareto_data']/tr")).stream()
                            .map(WebElement::getText)
                            .map(t -> t.replaceAll("\\s+", " ").strip())
                            .toList());
            assertFalse(b.all(By.cssSelector("#sheetForm\\:paretoChart canvas")).isEmpty(), "the Pareto chart");
            b.screenshot("sheets-quality-draft-en");
            showPareto(b);
            b.screenshot("sheets-pareto-quality-en");

            b.click(By.id("sheetForm:submit"));
            confirm(b);
            b.waitForText("The sheet of " + MONTH + " is submitted to Sales, after its deadline.");
            assertEquals("Submitted", b.text(By.id("sheetForm:status")));
            assertTrue(b.pageText().contains("submitted late"));
            assertTrue(b.all(By.id("sheetForm:save")).isEmpty(), "a submitted sheet is not edited");
            assertFalse(b.all(By.id("sheetForm:startCorrection")).isEmpty(), "only corrected");
            b.screenshot("sheets-quality-submitted-en");
        }
    }

    @Test
    @Order(2)
    void salesSeesEveryStateInTheGridAndAcceptsTheSubmittedSheet_CS09() {
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("sales");
            b.go("/figures/sheets.xhtml");
            b.waitForText("Sheets received by Sales");
            String grid = b.text(By.id("gridForm:grid"));
            for (String state : List.of("Accepted", "Submitted late", "Submitted on time", "Draft", "Not started")) {
                assertTrue(grid.contains(state), state + " in the demo's year: " + grid);
            }
            b.screenshot("sheets-grid-en");

            // the month QUALITY just submitted, at the end of the grid
            b.type(By.id("gridForm:grid:gridLast"), MONTH.toString());
            b.click(By.id("gridForm:grid:showGrid"));
            By quality = By.xpath("//tbody[@id='gridForm:grid_data']/tr[2]/td[last()]//a");
            b.waitUntil(() -> b.text(quality).equals("Submitted late"));
            b.click(quality);
            b.waitForText("Quality, " + MONTH);
            b.click(By.id("sheetForm:accept"));
            b.waitForText("Sheet accepted.");
            assertEquals("Accepted", b.text(By.id("sheetForm:status")));
            assertTrue(b.text(By.id("sheetForm:accepted")).startsWith("sales · "), b.text(By.id("sheetForm:accepted")));
            // the grid of the month's year says so too
            b.type(By.id("gridForm:grid:gridLast"), MONTH.toString());
            b.click(By.id("gridForm:grid:showGrid"));
            b.waitUntil(() -> b.text(quality).equals("Accepted"));
            b.screenshot("sheets-accepted-en");
        }
    }

    @Test
    @Order(3)
    void theGeneralManagerReadsAMonthBelowTheObjectiveAndTheGridInChinese_CS09() {
        YearMonth bad = YearMonth.now().minusMonths(4);
        try (var b = Browser.open(RealWar.loopback(deployed), "zh-CN")) {
            b.logInAs("gm");
            b.go("/figures/sheets.xhtml?department=QUALITY&month=" + bad);
            By zh = By.xpath(
                    "//div[@id='headerForm:language']//div[contains(@class,'ui-button')][.//span[text()='中文']]");
            if (!b.find(zh).getAttribute("class").contains("ui-state-active")) {
                b.click(zh);
                b.waitForPage();
            }
            b.waitForText("质量部");
            b.waitForText("销售部收到的统计表");
            assertEquals("已接收", b.text(By.id("sheetForm:status")));
            WebElement rate = passRate(b);
            assertTrue(
                    rate.getAttribute("class").contains("qd-sheet-below"), "the demo's bad month: " + rate.getText());
            String page = b.pageText();
            assertTrue(page.contains("合格率") && page.contains("已接收") && page.contains("按产品系列"), page);
            // the bad month's failed lots by defect, the pressure leaks first
            assertTrue(page.contains("不合格批按主要缺陷") && page.contains("未注明"), page);
            assertTrue(
                    b.text(By.xpath("//tbody[@id='sheetForm:pareto_data']/tr[1]/td[1]"))
                            .startsWith("试压渗漏"),
                    page);
            for (String english : List.of(
                    "Accepted",
                    "Not started",
                    "Per product family",
                    "Pass rate",
                    "from records",
                    "Failed lots",
                    "not named")) {
                assertFalse(page.contains(english), "untranslated: " + english);
            }
            assertTrue(b.all(By.id("sheetForm:accept")).isEmpty(), "the general manager reads, Sales accepts");
            b.screenshot("sheets-gm-zh");
            showPareto(b);
            b.screenshot("sheets-pareto-gm-zh");
        }
    }

    /** Types a product family's lots into its row of the family table. */
    private static void lots(Browser b, String family, String inspected, String passed) {
        List<WebElement> inputs = row(b, family).findElements(By.cssSelector("input.qd-number"));
        assertEquals(2, inputs.size(), "inspected and passed for " + family);
        PrimeFaces.enter(b, By.id(inputs.get(0).getAttribute("id")), inspected);
        inputs = row(b, family).findElements(By.cssSelector("input.qd-number"));
        PrimeFaces.enter(b, By.id(inputs.get(1).getAttribute("id")), passed);
    }

    private static WebElement row(Browser b, String family) {
        return b.find(
                By.xpath("//tbody[@id='sheetForm:families_data']/tr[td[1][normalize-space(.)='" + family + "']]"));
    }

    /** The company's pass rate in the figures table. */
    private static WebElement passRate(Browser b) {
        return b.find(By.xpath("//tbody[@id='sheetForm:figures_data']/tr[last()]/td[2]/span"));
    }

    private static void showPareto(Browser b) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById('sheetForm:paretoChart').scrollIntoView({block: 'center'})");
    }

    private static void confirm(Browser b) {
        b.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        b.waitForPage();
    }
}
