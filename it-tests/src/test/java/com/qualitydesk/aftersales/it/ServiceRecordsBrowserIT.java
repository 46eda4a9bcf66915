package com.qualitydesk.aftersales.it;

import static com.qualitydesk.it.support.PrimeFaces.autocomplete;
import static com.qualitydesk.it.support.PrimeFaces.enter;
import static com.qualitydesk.it.support.PrimeFaces.pause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.RealWar;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * AS-04 on a phone: a technician fills the on-site service record on a 390 × 844 screen, the
 * customer representative signs it with the mouse on the screen, and the signed record becomes a
 * PDF with the signature and its hash; in English and in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServiceRecordsBrowserIT {

    private static final ZoneId COMPANY = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void aTechnicianFillsTheOnSiteRecordOnAPhoneAndTheCustomerSignsIt_AS04() throws Exception {
        fillAndSign("en", "Erik Lindqvist");
    }

    @Test
    void theSameOnAPhoneInChinese_AS04() throws Exception {
        fillAndSign("zh_CN", "林小华");
    }

    private void fillAndSign(String language, String signer) throws Exception {
        boolean zh = language.startsWith("zh");
        try (var b = Browser.open(RealWar.loopback(deployed), language)) {
            b.logInAs("service");
            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.go("/aftersales/on-site.xhtml");
            useLanguage(b, zh);
            b.waitForText(zh ? "现场服务记录" : "On-site service record");
            assertTrue(isHidden(b, "mainMenu"), "on a phone the form has the whole width: the menu gives way");
            b.screenshot("onsite-phone-empty-" + language);

            // the record prints in the customer's language: Nordic Pump in English, Dongfang in Chinese
            autocomplete(b, "onSiteForm:customer", zh ? "C1002" : "C1003");
            chooseFirstLot(b);
            LocalDateTime now = LocalDateTime.now(COMPANY);
            typeDate(b, By.id("onSiteForm:arrival_input"), TYPED.format(now.minusHours(3)));
            // a departure before the arrival is refused next to the field, nothing is saved
            typeDate(b, By.id("onSiteForm:departure_input"), TYPED.format(now.minusHours(4)));
            b.type(
                    By.id("onSiteForm:workDone"),
                    zh ? "更换轴封，试运行 30 分钟无泄漏。" : "Replaced the shaft seal; 30 min test run, no leak.");
            typeText(b, By.id("onSiteForm:partsReplaced"), "S-310 × 1");
            typeText(b, By.id("onSiteForm:findings"), zh ? "介质含颗粒，唇口磨损。" : "Abrasive particles wore the seal lip.");
            typeText(b, By.id("onSiteForm:customerOpinion"), zh ? "满意。" : "Satisfied.");
            typeText(b, By.id("onSiteForm:signerName"), signer);
            centred(b, By.id("onSiteForm:submit"));
            b.click(By.id("onSiteForm:submit"));
            b.waitForText(zh ? "离开时间不能早于到达时间" : "The departure cannot be before the arrival");

            // the customer must confirm: without a signature nothing is saved
            typeDate(b, By.id("onSiteForm:departure_input"), TYPED.format(now.minusHours(1)));
            centred(b, By.id("onSiteForm:submit"));
            b.click(By.id("onSiteForm:submit"));
            b.waitForText(zh ? "须有客户代表的签字和姓名" : "the representative's signature and name are needed");
            b.screenshot("onsite-phone-unsigned-" + language);

            sign(b);
            b.screenshot("onsite-phone-signed-" + language);
            centred(b, By.id("onSiteForm:submit"));
            b.click(By.id("onSiteForm:submit"));
            String page = b.waitForText(zh ? "已提交" : "is submitted");
            b.screenshot("onsite-phone-submitted-" + language);
            String reference = b.text(By.id("onSiteForm:doneText")).replaceAll("(?s).*(OS-\\d+).*", "$1");
            assertTrue(reference.startsWith("OS-"), page);

            String pdf = pdfText(b, b.find(By.id("onSiteForm:pdf")).getAttribute("href"));
            String hash = b.text(By.cssSelector("[id='onSiteForm:done'] .qd-hash"))
                    .replace("SHA-256", "")
                    .trim();
            assertEquals(64, hash.length(), hash);
            assertTrue(pdf.replaceAll("\\s", "").contains(hash), "the PDF carries the hash shown");
            assertTrue(pdf.contains(signer), "the PDF names the signer");
            assertTrue(pdf.contains(zh ? "现场服务记录" : "On-site service record"), pdf);
            // the choice stays on the account: English again, as the other browser tests expect
            useLanguage(b, false);
            b.logOut();

            // SALES keeps it: its inbox step leads straight to the record, which shows what was signed
            b.driver().manage().window().setSize(new Dimension(1366, 900));
            b.logInAs("sales");
            b.go("/task/inbox.xhtml");
            useLanguage(b, zh);
            b.type(By.id("inboxForm:text"), reference);
            By step = By.xpath("//a[contains(@id,'serviceRecord') and normalize-space(.)='" + reference + "']");
            b.waitUntil(() -> !b.driver().findElements(step).isEmpty());
            b.click(step);
            b.waitForText(signer);
            b.screenshot("service-record-from-inbox-" + language);

            // and the record is in the list
            b.go("/aftersales/service-records.xhtml");
            b.waitForText(zh ? "新电话服务记录" : "New telephone record");
            b.waitForText(reference);
            b.click(By.xpath("//tr[.//span[normalize-space(.)='" + reference + "']]//button[contains(@id,'show')]"));
            b.waitForText(signer);
            b.screenshot("service-record-kept-by-sales-" + language);

            // AS-08: the requests of the demo company, covered by contract and not
            b.go("/aftersales/service-requests.xhtml");
            String requests = b.waitForText(zh ? "合同范围外" : "Not covered");
            assertTrue(requests.contains(zh ? "合同范围内" : "Covered by contract"), requests);
            b.screenshot("service-requests-" + language);
            useLanguage(b, false);
        }
    }

    /** On a phone the header stays on top: a field is brought to the middle of the screen first. */
    private static WebElement centred(Browser b, By field) {
        WebElement e = b.find(field);
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
        return e;
    }

    private static void typeDate(Browser b, By field, String text) {
        centred(b, field);
        enter(b, field, text);
    }

    private static void typeText(Browser b, By field, String text) {
        centred(b, field);
        b.type(field, text);
    }

    /** The header's switch; the choice stays on the account, so each run sets its own. */
    private static void useLanguage(Browser b, boolean zh) {
        By wanted = By.xpath("//div[@id='headerForm:language']//div[contains(@class,'ui-button')][.//span[text()='"
                + (zh ? "中文" : "EN") + "']]");
        if (!b.find(wanted).getAttribute("class").contains("ui-state-active")) {
            b.click(wanted);
            b.waitForPage();
        }
    }

    private static boolean isHidden(Browser b, String id) {
        return !b.driver().findElement(By.id(id)).isDisplayed();
    }

    /** The lot menu lists the customer's deliveries; the first one is taken. */
    private static void chooseFirstLot(Browser b) {
        centred(b, By.id("onSiteForm:delivery"));
        b.click(By.id("onSiteForm:delivery"));
        By item = By.cssSelector("[id='onSiteForm:delivery_panel'] li.ui-selectonemenu-item:nth-child(2)");
        b.find(item);
        pause(300);
        b.driver().findElement(item).click();
        b.waitForPage();
    }

    /** The customer draws a signature with the mouse: a few strokes across the pad. */
    private static void sign(Browser b) {
        WebElement canvas = b.find(By.cssSelector("[id='onSiteForm:signature'] canvas"));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block:'center'})", canvas);
        int w = canvas.getSize().getWidth();
        new Actions(b.driver())
                .moveToElement(canvas, -w / 3, 10)
                .clickAndHold()
                .moveByOffset(20, -30)
                .moveByOffset(25, 40)
                .moveByOffset(30, -35)
                .moveByOffset(25, 30)
                .moveByOffset(40, -10)
                .release()
                .moveToElement(canvas, -w / 3 + 10, 40)
                .clickAndHold()
                .moveByOffset(w / 2, -5)
                .release()
                .perform();
        b.waitForPage();
    }

    private static String pdfText(Browser b, String href) throws Exception {
        String session = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/pdf"), type);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
