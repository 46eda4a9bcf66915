package com.qualitydesk.aftersales.it;

import static com.qualitydesk.it.support.PrimeFaces.pause;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * CC-01 as SALES meets it before calling a customer: the customer opened from the customer list,
 * its contacts and its whole story, filtered by kind, a communication noted; in English and in
 * Chinese. The demo company's customers carry the story (deliveries, orders, information sent).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerTimelineBrowserIT {

    private static final By ROWS = By.cssSelector("[id='timelineForm:timeline_data'] > tr");

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
    void salesOpensACustomerFromTheListSeesItsStoryAndFiltersItByKind_CC01() {
        try (var b = browser("en")) {
            b.logInAs("sales");
            b.go("/customer/customers.xhtml");
            b.click(By.linkText("C1001"));
            String page = b.waitForText("Huaxing Auto Parts Co., Ltd.");
            assertTrue(b.currentPath().startsWith("/customer/customer.xhtml?code=C1001"), b.currentPath());
            assertTrue(page.contains("华兴汽车零部件有限公司"), "both names");
            assertTrue(page.contains("周建国"), "the contacts SALES may call");
            // the whole story, newest first. Other tests add lots, call-backs and returns to this
            // demo customer, so the first page is checked by its kinds and each record by its filter.
            assertTrue(kinds(b).contains("Delivery"), kinds(b).toString());
            b.screenshot("customer-timeline-en");

            tick(b, "Inquiry / order");
            b.click(By.id("timelineForm:applyFilter"));
            b.waitUntil(() -> kinds(b).stream().allMatch("Inquiry / order"::equals));
            String filtered = b.pageText();
            assertTrue(filtered.contains("PO-HX-26-0877"), "the order");
            assertTrue(filtered.contains("XJ-2026-031"), "the inquiry is of the same kind");
            assertFalse(filtered.contains("L2026-0901"), "deliveries filtered out");
            b.screenshot("customer-timeline-filtered-en");

            b.click(By.id("timelineForm:clearFilter"));
            b.waitUntil(() -> kinds(b).contains("Delivery"));
            tick(b, "Information sent");
            b.click(By.id("timelineForm:applyFilter"));
            b.waitUntil(() -> kinds(b).stream().allMatch("Information sent"::equals));
            assertTrue(b.pageText().contains("ECN-2026-014"), "the product information sent");

            b.click(By.id("timelineForm:clearFilter"));
            b.waitUntil(() -> kinds(b).contains("Delivery"));

            // SALES notes the price list just sent; it is on the story at once
            b.click(By.id("timelineForm:newCommunication"));
            b.find(By.id("communicationForm:commSubject"));
            b.type(By.id("communicationForm:commSubject"), "Price list 2027 sent by e-mail");
            b.type(By.id("communicationForm:commReference"), "PL-2027");
            b.screenshot("customer-communication-en");
            b.click(By.id("communicationForm:saveCommunication"));
            b.waitUntil(() -> b.pageText().contains("Price list 2027 sent by e-mail"));
            // noted at this minute: on the first page, as information sent (a complaint another test
            // received within the same minute may stand above it)
            String noted = b.text(By.xpath(
                    "//tbody[@id='timelineForm:timeline_data']/tr[contains(.,'Price list 2027 sent by e-mail')]"));
            assertTrue(noted.contains("Information sent") && noted.contains("PL-2027"), noted);
            b.logOut();
        }
    }

    @Test
    @Order(2)
    void theCustomerPageReadsInChinese_CC01() {
        try (var b = browser("zh-CN")) {
            b.logInAs("sales");
            b.go("/customer/customers.xhtml");
            b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'中文')]"));
            b.waitForText("客户编码");
            b.click(By.linkText("C1003"));
            String page = b.waitForText("Nordic Pump Systems AB");
            assertTrue(page.contains("法律法规要求"), "the legal requirement, its kind in Chinese");
            assertTrue(page.contains("交货"), "deliveries, in Chinese");
            assertFalse(page.contains("Legal requirement"), "no English kind left");
            b.screenshot("customer-timeline-zh");

            tick(b, "法律法规要求");
            b.click(By.id("timelineForm:applyFilter"));
            b.waitUntil(() -> kinds(b).stream().allMatch("法律法规要求"::equals));
            assertTrue(b.pageText().contains("REG-2023/1230"));
            b.screenshot("customer-timeline-filtered-zh");

            // the language is the user's choice: give SALES English back for the other tests
            b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'EN')]"));
            b.waitForText("Customers");
        }
    }

    /** The translated kinds of the rows on the page, top to bottom. */
    private static List<String> kinds(Browser b) {
        return b.all(ROWS).stream()
                .map(r -> r.findElements(By.cssSelector(".qd-timeline-tag")))
                .filter(tags -> !tags.isEmpty())
                .map(tags -> tags.get(0).getText().trim())
                .toList();
    }

    /** Ticks a kind in the kinds' checkbox menu and closes it. */
    private static void tick(Browser b, String label) {
        b.click(By.id("timelineForm:kinds"));
        By item = By.xpath("//div[@id='timelineForm:kinds_panel']//li[.//label[normalize-space(.)='" + label + "']]");
        WebElement li = b.find(item);
        pause(300);
        li.findElement(By.cssSelector(".ui-chkbox-box")).click();
        b.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        pause(300);
        b.waitForPage();
    }
}
