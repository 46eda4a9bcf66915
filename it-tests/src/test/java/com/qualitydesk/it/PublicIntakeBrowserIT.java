package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
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
import org.openqa.selenium.WebElement;

/**
 * A customer at the company website's feedback page (CC-02), in headless Chromium: no login, no
 * way into the intranet, in Chinese and English. Then the administrator gives the website a key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicIntakeBrowserIT {

    static final String PAGE = "/public/feedback.xhtml";
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

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
    void aCustomerSendsFeedbackInChineseWithAPhotoAndSeesTheReference_CC02() throws Exception {
        Path photo = Files.createTempFile("划痕", ".png");
        Files.write(photo, PNG);
        try (var b = browser("zh")) {
            b.go(PAGE + "?lang=zh_CN");
            assertTrue(b.pageText().contains("欢迎告诉我们您的意见"), b.pageText());

            b.click(By.id("feedbackForm:submit"));
            String invalid = b.waitForText("请填写公司名称。");
            assertTrue(invalid.contains("请填写反馈内容。"), invalid);
            b.screenshot("intake-invalid-zh");

            b.type(By.id("feedbackForm:company"), "苏州精密轴承有限公司");
            b.type(By.id("feedbackForm:name"), "王芳");
            b.type(By.id("feedbackForm:contact"), "0512 6688 1234");
            b.type(By.id("feedbackForm:product"), "深沟球轴承 6204");
            b.type(By.id("feedbackForm:description"), "收到的第 2026-11 批轴承中有 20 个外圈有划痕。");
            b.driver()
                    .findElement(By.cssSelector("#feedbackForm input[type=file]"))
                    .sendKeys(photo.toString());
            b.click(By.id("feedbackForm:submit"));

            String thanks = b.waitForText("谢谢，我们已收到您的留言。");
            String reference = b.text(By.id("reference"));
            assertTrue(reference.matches("W-[A-Z2-9]{10}"), reference);
            assertTrue(thanks.contains("您的查询编号"), thanks);
            b.screenshot("intake-thanks-zh");
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    @Test
    @Order(2)
    void thePageRevealsNothingOfTheSystem_CC02() {
        try (var b = browser("en")) {
            b.go(PAGE + "?lang=en");
            assertTrue(b.pageText().contains("Tell us about your experience"), b.pageText());
            assertTrue(b.all(By.id("mainMenu")).isEmpty(), "no intranet menu");
            assertTrue(b.all(By.id("headerForm")).isEmpty(), "no intranet header");
            for (WebElement link : b.all(By.tagName("a"))) {
                String href = link.getAttribute("href");
                assertTrue(
                        href == null || href.contains(PAGE + "?lang="), "the only links switch the language: " + href);
            }
            for (WebElement form : b.all(By.tagName("form"))) {
                assertTrue(form.getAttribute("action").contains(PAGE), "forms post to the page itself only");
            }
            String text = b.pageText();
            for (String intranet : new String[] {"Log out", "Customers", "Administration", "Quality Desk"}) {
                assertFalse(text.contains(intranet), "nothing of the intranet is shown: " + intranet);
            }
            b.screenshot("intake-form-en");

            b.click(By.id("langZh"));
            b.waitForText("提交反馈");
            b.click(By.id("langEn"));
            b.waitForText("Send feedback");
        }
    }

    @Test
    @Order(3)
    void anExecutableIsRefusedOnThePage_CC02() throws Exception {
        Path exe = Files.createTempFile("setup", ".png");
        Files.write(exe, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0});
        try (var b = browser("en")) {
            b.go(PAGE + "?lang=en");
            b.type(By.id("feedbackForm:company"), "Browser Test GmbH");
            b.type(By.id("feedbackForm:name"), "Anna Weber");
            b.type(By.id("feedbackForm:contact"), "anna.weber@example.de");
            b.type(By.id("feedbackForm:description"), "Rust on the delivered shafts.");
            b.driver()
                    .findElement(By.cssSelector("#feedbackForm input[type=file]"))
                    .sendKeys(exe.toString());
            b.click(By.id("feedbackForm:submit"));
            String refused = b.waitForText("is not an allowed kind of file");
            assertTrue(refused.contains(exe.getFileName().toString()), refused);
            assertEquals(
                    "Browser Test GmbH", b.find(By.id("feedbackForm:company")).getAttribute("value"));
        } finally {
            Files.deleteIfExists(exe);
        }
    }

    @Test
    @Order(4)
    void theAdministratorGeneratesAKeyThatIsShownOnce_CC02() {
        String label = "Website " + UUID.randomUUID().toString().substring(0, 6);
        try (var b = browser("en")) {
            b.logInAsAdmin();
            b.go("/admin/intake-keys.xhtml");
            b.type(By.id("keysForm:label"), label);
            b.click(By.id("keysForm:generate"));
            String key = b.text(By.id("shownKeyValue"));
            assertTrue(key.startsWith("qdk_") && key.length() > 40, key);
            b.screenshot("intake-key-shown");
            b.go("/admin/intake-keys.xhtml");
            String page = b.pageText();
            assertTrue(page.contains(label), page);
            assertFalse(b.driver().getPageSource().contains(key), "the key is not shown again");
        }
    }
}
