package com.qualitydesk.aftersales.it;

import static com.qualitydesk.it.support.PrimeFaces.autocomplete;
import static com.qualitydesk.it.support.PrimeFaces.pause;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.PrimeFaces;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
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
import org.openqa.selenium.Keys;

/**
 * The service organisation on the screens, as its people use it: the office sees on its home page
 * that He Bin's training is due, records a training with its certificate and sees the flag go
 * (AS-01); the general manager plans return visits, in Chinese and in English (AS-06).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceOrganisationBrowserIT {

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
    void theOfficeFindsWhoIsDueForTrainingFromItsHomePage_AS01_AS02() throws Exception {
        try (var b = browser("en")) {
            b.logInAs("office");
            String home = b.text(By.id("trainingDue"));
            assertTrue(home.contains("due for training (last training older than 12 months)"), home);
            b.screenshot("as01-office-home-en");
            b.click(By.id("trainingDueOpen"));
            b.waitForText("He Bin");
            assertTrue(b.currentPath().contains("overdue=true"), b.currentPath());
            String heBin = "//tbody[contains(@id,'personTable_data')]/tr[contains(.,'He Bin')]";
            b.screenshot("as01-service-people-overdue-en");
            String flagged = b.text(By.xpath(heBin));
            assertTrue(flagged.contains("Training overdue"), flagged);

            b.click(By.xpath(heBin + "//button[contains(@id,':trainings')]"));
            b.waitForText("Trainings of 何斌 He Bin");
            assertTrue(b.text(By.id("trainingForm:traineeFlag")).contains("training is due"));
            b.screenshot("as01-trainings-due-en");
            b.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

            // AS-01: OFFICE records the training Zhou Tao has just had (He Bin stays due for the others)
            b.go("/aftersales/service-people.xhtml");
            String zhouTao = "//tbody[contains(@id,'personTable_data')]/tr[contains(.,'Zhou Tao')]";
            b.waitUntil(() -> !b.driver().findElements(By.xpath(zhouTao)).isEmpty());
            b.click(By.xpath(zhouTao + "//button[contains(@id,':trainings')]"));
            b.waitForText("Trainings of 周涛 Zhou Tao");
            b.click(By.id("trainingForm:newTraining"));
            b.find(By.id("trainingForm:course"));
            // nothing entered: each required field says what it needs, nothing is saved
            b.click(By.id("trainingForm:saveTraining"));
            b.waitForText("Enter the course");
            String course = "Mechanical seals, fitting and running-in " + System.currentTimeMillis() % 100000;
            PrimeFaces.enter(
                    b,
                    By.id("trainingForm:trainingDate_input"),
                    java.time.LocalDate.now().minusDays(1).toString());
            visible(b, By.id("trainingForm:course")).sendKeys(course);
            PrimeFaces.enter(b, By.id("trainingForm:hours_input"), "7.5");
            visible(b, By.id("trainingForm:trainer")).sendKeys("Li Qiang");
            visible(b, By.id("trainingForm:result")).sendKeys("Passed, certificate issued");
            b.screenshot("as01-training-entered-en");
            b.click(By.id("trainingForm:saveTraining"));
            b.waitUntil(() -> b.text(By.id("trainingForm:trainingTable")).contains(course));
            String row =
                    b.text(By.xpath("//tbody[contains(@id,'trainingTable_data')]/tr[contains(.,'" + course + "')]"));
            assertTrue(
                    row.contains("7.5") && row.contains("Passed, certificate issued") && row.contains("Li Qiang"), row);
            b.screenshot("as01-training-recorded-en");
            b.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

            b.go("/aftersales/service-points.xhtml");
            b.waitForText("Suzhou");
            assertTrue(b.pageText().contains("黄磊 Huang Lei"), "a point shows its staff");
            b.screenshot("as02-service-points-en");
        }
    }

    /** The dialog's content scrolls: a field below its fold is brought into sight first. */
    private static org.openqa.selenium.WebElement visible(Browser b, By field) {
        var e = b.find(field);
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        return e;
    }

    @Test
    @Order(2)
    void theGeneralManagerPlansReturnVisitsInChineseAndInEnglish_AS06() {
        try (var b = browser("zh")) {
            b.logInAs("gm");
            b.go("/aftersales/return-visits.xhtml");
            // chosen here: the choice stays on the account, and other test classes choose too
            By chinese = By.xpath(
                    "//div[@id='headerForm:language']//div[contains(@class,'ui-button')][.//span[text()='中文']]");
            if (!b.find(chinese).getAttribute("class").contains("ui-state-active")) {
                b.click(chinese);
                b.waitForPage();
            }
            b.waitForText("客户回访");
            plan(b, "C1003", "年度质量回访（浏览器测试）");
            b.waitForText("客户回访已安排。");
            b.waitUntil(() -> b.text(By.id("listForm:tabs:visitTable")).contains("年度质量回访（浏览器测试）"));
            assertTrue(b.text(By.id("listForm:tabs:visitTable")).contains("已计划"));
            b.screenshot("as06-return-visit-planned-zh");
            b.click(By.xpath("//a[contains(.,'年度视图')]"));
            b.waitForText("每月显示：已完成 / 计划。");
            b.screenshot("as06-year-view-zh");

            b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'EN')]"));
            b.waitForText("Return visits");
            try {
                // the visitors are chosen first: without them the plan is refused with the reason
                b.click(By.id("listForm:tabs:planVisit"));
                b.find(By.id("planForm:customer_input"));
                pause(400);
                autocomplete(b, "planForm:customer", "C1004");
                b.click(By.id("planForm:savePlan"));
                b.waitForText("at least one person of Quality and one of Sales");
                b.screenshot("as06-plan-refused-en");
                b.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                pause(400);
                plan(b, "C1004", "Contract renewal visit (browser test)");
                b.waitForText("Return visit planned.");
                b.waitUntil(() ->
                        b.text(By.id("listForm:tabs:visitTable")).contains("Contract renewal visit (browser test)"));
                b.screenshot("as06-return-visit-planned-en");
            } finally {
                // the language sticks to the user: the general manager reads Chinese
                b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'中文')]"));
                b.waitForText("客户回访");
            }
        }
    }

    private static void plan(Browser b, String customer, String purpose) {
        b.click(By.id("listForm:tabs:planVisit"));
        b.find(By.id("planForm:customer_input"));
        pause(400);
        autocomplete(b, "planForm:customer", customer);
        b.click(By.id("planForm:visitors"));
        for (String who : new String[] {"(quality)", "(sales)"}) {
            b.click(By.xpath("//div[@id='planForm:visitors_panel']//li[contains(.,'" + who
                    + "')]//div[contains(@class,'ui-chkbox-box')]"));
        }
        b.click(By.xpath("//div[@id='planForm:visitors_panel']//a[contains(@class,'ui-selectcheckboxmenu-close')]"));
        pause(300);
        b.type(By.id("planForm:purpose"), purpose);
        b.click(By.id("planForm:savePlan"));
    }
}
