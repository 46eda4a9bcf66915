package com.qualitydesk.figures.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.PrimeFaces;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
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
 * CS-09 in the browser: PRODUCTION creates a characteristic, imports its gauge's file and sees the
 * control chart and Cpk; the same file again is refused line by line; the general manager reads
 * the demo company's drifting hardening process in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcessCapabilityBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    @Test
    @Order(1)
    void productionImportsAGaugesFileAndSeesTheChartAndCpk_CS09() throws Exception {
        String workshop = "Workshop " + UUID.randomUUID().toString().substring(0, 6);
        // 20 torques of last month, one a day: individuals and moving ranges, fewer than a study asks for
        LocalDate first = LocalDate.now().minusMonths(1).withDayOfMonth(1);
        var random = new Random(7);
        var csv = new StringBuilder("time,subgroup,value\n");
        for (int i = 0; i < 20; i++) {
            csv.append(first.plusDays(i).atTime(9, 30))
                    .append(',')
                    .append(i + 1)
                    .append(',')
                    .append(Math.round((50 + random.nextGaussian()) * 10) / 10.0)
                    .append('\n');
        }
        Path file = Files.createTempFile("torque", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("production");
            b.go("/figures/capability.xhtml");
            b.waitForText("Process capability");
            b.click(By.id("capabilityForm:newCharacteristic"));
            b.find(By.id("characteristicForm:workshop"));
            // no limit: the service refuses, the dialog stays
            b.type(By.id("characteristicForm:workshop"), workshop);
            b.type(By.id("characteristicForm:process"), "Assembly");
            b.type(By.id("characteristicForm:name"), "Tightening torque");
            b.click(By.id("characteristicForm:saveCharacteristic"));
            b.waitForText("Give a lower or an upper specification limit");
            PrimeFaces.enter(b, By.id("characteristicForm:lsl_input"), "45");
            PrimeFaces.enter(b, By.id("characteristicForm:usl_input"), "55");
            PrimeFaces.enter(b, By.id("characteristicForm:subgroupSize_input"), "1");
            b.screenshot("capability-new-characteristic-en");
            b.click(By.id("characteristicForm:saveCharacteristic"));
            b.waitForText("Characteristic saved");
            b.waitUntil(
                    () -> b.text(By.id("capabilityForm:characteristic_label")).contains(workshop));

            b.driver()
                    .findElement(By.cssSelector("#capabilityForm input[type=file]"))
                    .sendKeys(file.toString());
            b.waitForText("20 values in 20 subgroups imported");
            b.waitUntil(() -> !b.driver()
                    .findElements(By.id("capabilityForm:locationChart"))
                    .isEmpty());
            String cpk = b.text(By.id("capabilityForm:cpk"));
            assertTrue(cpk.matches("-?\\d+(\\.\\d+)?"), "Cpk is a number: " + cpk);
            assertEquals("20 / 20", b.text(By.id("capabilityForm:counts")));
            assertTrue(b.pageText().contains("I-MR chart"), "individuals: one value per subgroup");
            assertTrue(b.pageText().contains("Too few data"), "20 subgroups, fewer than the 25 of the procedure");
            b.screenshot("capability-imported-en");
            var chart = b.find(By.cssSelector("[id='capabilityForm:locationChart'] canvas"));
            ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("arguments[0].scrollIntoView({block:'center'})", chart);
            assertTrue(chart.getSize().getHeight() > 100, "the control chart is drawn");
            b.screenshot("capability-chart-en");
            // the chart's script ran: no page error, and Chart.js drew on the canvas
            for (var entry : b.driver().manage().logs().get("browser")) {
                assertFalse(
                        entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                                && entry.getMessage().contains("capability.xhtml"),
                        entry.toString());
            }
            Object drawn = ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("return PF('widget_capabilityForm_locationChart').chart.data.datasets.length");
            assertTrue(((Number) drawn).intValue() >= 4, "points, UCL, CL, LCL (and the specification): " + drawn);

            // the same file again: nothing stored, every line named
            b.driver()
                    .findElement(By.cssSelector("#capabilityForm input[type=file]"))
                    .sendKeys(file.toString());
            b.waitUntil(() ->
                    !b.driver().findElements(By.id("capabilityForm:problems")).isEmpty());
            String problems = b.text(By.id("capabilityForm:problems"));
            assertTrue(problems.contains("Subgroup 1 is stored already"), problems);
            assertEquals("20 / 20", b.text(By.id("capabilityForm:counts")), "nothing added");
            b.screenshot("capability-refused-en");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    @Order(2)
    void theGeneralManagerReadsTheDriftingHardeningInChinese_CS09() {
        try (var b = Browser.open(RealWar.loopback(deployed), "zh-CN")) {
            b.logInAs("gm");
            b.go("/figures/capability.xhtml");
            By zh = By.xpath(
                    "//div[@id='headerForm:language']//div[contains(@class,'ui-button')][.//span[text()='中文']]");
            if (!b.find(zh).getAttribute("class").contains("ui-state-active")) {
                b.click(zh);
                b.waitForPage();
            }
            b.waitForText("过程能力");
            PrimeFaces.select(b, "capabilityForm:characteristic", "一车间 Workshop 1 · 淬火 Hardening · 硬度 Hardness");
            b.click(By.id("capabilityForm:show"));
            b.waitUntil(() -> b.text(By.id("capabilityForm:summary")).contains("硬度 Hardness"));
            String summary = b.text(By.id("capabilityForm:summary"));
            assertTrue(summary.contains("均值-极差图"), summary);
            assertTrue(summary.contains("能力不足") || summary.contains("能力尚可"), "the drift shows: " + summary);
            assertFalse(b.pageText().contains("Subgroup means"), "no English left on the chart's table");
            assertFalse(b.all(By.cssSelector("[id='capabilityForm:points_data'] tr"))
                    .isEmpty());
            assertFalse(b.pageText().contains("导入测量值"), "the general manager reads, production imports");
            b.screenshot("capability-gm-zh");
            // the demo general manager reads Chinese (mails too), so the account is left in Chinese
        }
    }

    @Test
    @Order(3)
    void theGeneralManagerReadsTheQualityObjectivesInChinese_IM04_CS11() {
        try (var b = Browser.open(RealWar.loopback(deployed), "zh-CN")) {
            b.logInAs("gm");
            b.go("/figures/indicators.xhtml");
            b.useLanguage("中文");
            b.waitForText("质量目标与指标");
            // IM-04: the policy above its objectives, each objective with its target, figures and light
            assertTrue(b.text(By.id("policyText")).contains("遵守合同"), b.text(By.id("policyText")));
            String table = b.text(By.id("indicatorsForm:objectives"));
            for (String objective :
                    new String[] {"产品合格率", "顾客满意度", "反馈按期答复率", "反馈答复率", "调查覆盖率", "交付批次回访率", "重要工序最低 Cpk", "质量成本"}) {
                assertTrue(table.contains(objective), objective + " in " + table);
            }
            assertTrue(table.contains("≥ 98.0 %"), table);
            assertTrue(table.contains("> 90.0 %"), table);
            assertFalse(table.contains("NaN"), table);
            assertFalse(b.pageText().contains("Quality objectives"), "no English left on the page");
            // the weakest process of last month: the demo company's hardening drifts out of capability
            b.click(By.xpath("//a[contains(@id,':choose')][text()='重要工序最低 Cpk']"));
            b.waitUntil(() -> b.text(By.id("indicatorsForm:behindPanel")).contains("Hardness"));
            String behind = b.text(By.id("indicatorsForm:behind"));
            assertTrue(behind.contains("子组数") && behind.contains("Cpk"), behind);
            assertTrue(b.text(By.id("indicatorsForm:trend")).contains("目标值"), "the trend as a table");
            b.screenshot("indicators-gm-zh");
            // the general manager may reword the policy; the dialog opens with both languages
            b.click(By.id("indicatorsForm:reword"));
            b.waitUntil(() ->
                    b.find(By.id("policyForm:policyZh")).getAttribute("value").contains("遵守合同"));
            b.screenshot("quality-policy-zh");
        }
    }

    @Test
    @Order(4)
    void eachDepartmentsHomePageShowsItsOwnIndicators_IM02_IM04() {
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("production");
            b.go("/index.xhtml");
            b.useLanguage("EN");
            String indicators = b.text(By.id("indicators"));
            assertTrue(indicators.contains("Lowest Cpk of the important processes"), indicators);
            assertFalse(indicators.contains("Quality cost"), "Finance's figure is not Production's: " + indicators);
            b.screenshot("home-indicators-production-en");
            // the card opens the indicators page on that objective
            b.click(By.id("indicator-PROCESS_CAPABILITY"));
            b.waitForText("Records behind the month's figure");
            assertTrue(b.text(By.id("indicatorsForm:trendPanel")).contains("Lowest Cpk"));
            b.logOut();
            b.logInAs("finance");
            b.go("/index.xhtml");
            b.useLanguage("EN");
            String finance = b.text(By.id("indicators"));
            assertTrue(finance.contains("Quality cost") && finance.contains("≤ ¥ 50,000"), finance);
            b.logOut();
            b.logInAs("service");
            b.go("/index.xhtml");
            assertTrue(b.all(By.id("indicators")).isEmpty(), "SERVICE reads no figures");
        }
    }

    @Test
    @Order(5)
    void salesHasTheWorkshopImproveTheHardeningWhichNotesCompletesAndQualitySeesItsCpk_IM01_IM02() {
        String reference = "Hardness Cpk " + UUID.randomUUID().toString().substring(0, 6);
        String url;
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("sales");
            b.go("/feedback/actions.xhtml");
            b.waitForText("Action register");
            b.click(By.id("listForm:newAction"));
            b.find(By.id("newForm:reference"));
            b.type(By.id("newForm:reference"), reference);
            b.type(By.id("newForm:description"), "Calibrate the temperature control of the hardening furnace");
            PrimeFaces.select(b, "newForm:owner", "Quality");
            PrimeFaces.select(b, "newForm:characteristic", "一车间 Workshop 1 · 淬火 Hardening · 硬度 Hardness");
            b.click(By.id("newForm:saveAction"));
            // IM-02: a process's capability is its workshop's, not Quality's
            b.waitForText("A process's capability is improved by its workshop: choose Production as the owner.");
            PrimeFaces.select(b, "newForm:owner", "Production");
            PrimeFaces.enter(
                    b, By.id("newForm:due_input"), LocalDate.now().plusDays(20).toString());
            b.click(By.id("newForm:saveAction"));
            b.waitForText("Action opened.");
            // among everyone's open actions: found by what it improves
            b.type(By.id("listForm:actionTable:source:filter"), reference);
            b.waitUntil(() -> b.all(By.xpath("//tbody[@id='listForm:actionTable_data']/tr"))
                            .size()
                    == 1);
            b.click(By.xpath("//a[contains(@id,'open') and normalize-space(.)="
                    + "'Calibrate the temperature control of the hardening furnace']"));
            b.waitForText("Action #");
            assertEquals("Production · 一车间 Workshop 1", b.text(By.id("owner")));
            url = b.currentPath();
            b.screenshot("action-opened-en");
        }
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("production");
            b.go(url);
            b.waitForText("Progress notes");
            b.type(By.id("noteForm:note"), "Thermocouples ordered");
            b.click(By.id("noteForm:addNote"));
            b.waitForText("Note added.");
            b.type(By.id("completeForm:evidence"), "Controller recalibrated, certificate CAL-2026-118");
            b.click(By.id("completeForm:complete"));
            b.waitForText("Action completed");
            assertEquals("Completed", b.text(By.id("status")));
            assertTrue(b.pageText().contains("Thermocouples ordered"), b.pageText());
            b.screenshot("action-completed-en");
        }
        try (var b = Browser.open(RealWar.loopback(deployed), "zh-CN")) {
            // the general manager reads in Chinese (a language a login keeps); Quality's figure is the same
            b.logInAs("gm");
            b.go(url);
            // the drifting hardening's Cpk before, none yet since: it cannot pass before there is
            b.waitForText("该特性的 Cpk");
            assertTrue(b.pageText().contains("暂无数据"), b.pageText());
            assertTrue(b.pageText().contains("完成后测量的子组尚不足以计算 Cpk"), b.pageText());
            assertFalse(b.text(By.id("figureBefore")).isBlank());
            ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("document.getElementById('figure').scrollIntoView({block: 'center'})");
            b.screenshot("action-figure-zh");
        }
    }
}
