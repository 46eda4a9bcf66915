package com.qualitydesk.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.PrimeFaces;
import com.qualitydesk.it.support.RealWar;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * AS-05 as Sales does it: a batch pushed by the ERP appears in After-sales → Call-backs, Sales
 * records the customer's objection in the dialog and follows the link to the feedback item it
 * became, whose page says it came from the call-back; in English and in Chinese. AS-07 as Sales
 * does it: a return registered in After-sales → Returns and replacements against a lot of the
 * customer, refused next to the quantity when the lot has fewer pieces, then in the list with its
 * freight in the quality cost.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallBacksBrowserIT {

    private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void salesRecordsAnObjectionAndSeesTheLinkedFeedbackItemInEnglish_AS05() throws Exception {
        String lot = delivered("C1002", "P-450");
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("sales");
            b.go("/aftersales/call-backs.xhtml");
            b.waitForText("Month view");
            b.screenshot("callbacks-list-en");
            recordObjection(b, lot, "Objection", "Two pumps of the lot leak at the flange.");
            b.waitForText("The objection is recorded and passed on as a feedback item.");
            b.waitUntil(() ->
                    b.text(By.cssSelector("#listForm\\:callBackTable_data tr")).contains("Objection open"));
            b.screenshot("callbacks-objection-en");

            openFeedback(b);
            String origin = b.text(By.id("caseForm:fromCallBack"));
            assertTrue(origin.contains("came from the call-back after lot " + lot), origin);
            assertTrue(b.pageText().contains("Two pumps of the lot leak at the flange."));
            b.screenshot("callbacks-feedback-en");

            b.click(By.id("caseForm:callBackLink"));
            b.waitForText("Disposal suggestion");
            assertTrue(b.text(By.id("callBackForm:state")).contains("Objection open"));
            b.screenshot("callbacks-callback-en");
        }
    }

    @Test
    void salesRecordsAnObjectionAndSeesTheLinkedFeedbackItemInChinese_AS05() throws Exception {
        String lot = delivered("C1006", "B-120");
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            try {
                b.logInAs("sales");
                b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'中文')]"));
                b.waitForText("退出");
                b.go("/aftersales/call-backs.xhtml");
                b.waitForText("月度视图");
                recordObjection(b, lot, "有异议", "支架孔位偏差 0.5 毫米，无法装配。");
                b.waitForText("异议已记录，并已转为反馈信息。");
                b.waitUntil(() -> b.text(By.cssSelector("#listForm\\:callBackTable_data tr"))
                        .contains("异议处理中"));
                b.screenshot("callbacks-objection-zh");

                openFeedback(b);
                String origin = b.text(By.id("caseForm:fromCallBack"));
                assertTrue(origin.contains("此反馈来自批号 " + lot + " 交付后的回访"), origin);
                b.screenshot("callbacks-feedback-zh");
                b.click(By.id("caseForm:callBackLink"));
                b.waitForText("处置建议");
                b.screenshot("callbacks-callback-zh");
            } finally {
                // the language sticks to the user: back to English for the other browser tests
                b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'EN')]"));
                b.waitForText("Log out");
            }
        }
    }

    @Test
    void salesRegistersAReturnThroughTheScreenAndSeesItInTheList_AS07() throws Exception {
        String lot = delivered("C1001", "V-200");
        try (var b = Browser.open(RealWar.loopback(deployed), "en")) {
            b.logInAs("sales");
            b.go("/aftersales/returns.xhtml");
            b.waitForText("Returns and replacements");
            b.screenshot("returns-list-en");

            b.click(By.id("listForm:newReturn"));
            new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:customer_input")));
            // the customer first; then the lot, among that customer's deliveries only
            PrimeFaces.autocomplete(b, "returnForm:customer", "C1001");
            PrimeFaces.autocomplete(b, "returnForm:lot", lot);
            b.waitUntil(() -> b.text(By.id("returnForm:returnable")).contains("At most 25 of the 25"));
            b.type(By.id("returnForm:reason"), "Four valves hum at low voltage.");
            PrimeFaces.enter(b, By.id("returnForm:freightAmount_input"), "120");

            // more pieces than the lot has: refused next to the quantity, nothing saved
            PrimeFaces.enter(b, By.id("returnForm:quantity_input"), "30");
            b.click(By.id("returnForm:register"));
            b.waitUntil(() -> b.text(By.id("returnForm:quantityCell")).contains("30 is too many"));
            b.screenshot("returns-dialog-refused-en");

            PrimeFaces.enter(b, By.id("returnForm:quantity_input"), "4");
            b.click(By.id("returnForm:register"));
            b.waitForText(" registered.");
            // the new return is shown with its freight in the quality cost, and the list finds it by lot
            b.waitUntil(() -> b.text(By.id("shownForm:costTable")).contains("120.00"));
            b.type(By.id("listForm:returnTable:lot:filter"), lot);
            b.waitUntil(() ->
                    b.all(By.cssSelector("#listForm\\:returnTable_data tr")).size() == 1
                            && b.text(By.cssSelector("#listForm\\:returnTable_data tr"))
                                    .contains(lot));
            String row = b.text(By.cssSelector("#listForm\\:returnTable_data tr"));
            assertTrue(row.contains("C1001") && row.contains("Return open") && row.contains("4"), row);
            b.screenshot("returns-registered-en");
        }
    }

    /** Filters the list to the lot, opens the outcome dialog of its row and records an objection. */
    private static void recordObjection(Browser b, String lot, String objectionLabel, String words) {
        b.type(By.id("listForm:callBackTable:lot:filter"), lot);
        b.waitUntil(
                () -> b.all(By.cssSelector("#listForm\\:callBackTable_data tr")).size() == 1
                        && b.text(By.cssSelector("#listForm\\:callBackTable_data tr"))
                                .contains(lot));
        b.click(By.cssSelector("#listForm\\:callBackTable_data button[id$=':record']"));
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomeForm:objection")));
        b.click(By.xpath("//*[@id='outcomeForm:objection']//label[normalize-space(.)='" + objectionLabel + "']"));
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("outcomeForm:objectionText")));
        b.type(By.id("outcomeForm:objectionText"), words);
        b.screenshot("callbacks-dialog-" + (objectionLabel.equals("Objection") ? "en" : "zh"));
        b.click(By.id("outcomeForm:save"));
    }

    private static void openFeedback(Browser b) {
        b.click(By.cssSelector("#listForm\\:callBackTable_data a[id$=':feedback']"));
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("/feedback/case.xhtml?id="));
    }

    /** The ERP pushes a delivery of yesterday (POST /api/master-data/deliveries): its call-back opens. */
    private String delivered(String customer, String product) throws Exception {
        String lot = "CBB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String csv = "customer_code,product_code,lot_number,quantity,ship_date\n" + customer + "," + product + "," + lot
                + ",25," + LocalDate.now(COMPANY).minusDays(1) + "\n";
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RealWar.loopback(deployed) + "/api/master-data/deliveries"))
                                .header("Content-Type", "text/csv; charset=UTF-8")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(("sales:" + Browser.DEMO_PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofString(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return lot;
    }
}
