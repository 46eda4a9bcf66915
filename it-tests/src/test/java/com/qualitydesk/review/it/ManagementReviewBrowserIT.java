package com.qualitydesk.review.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.PrimeFaces;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
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
 * IM-03 in the browser: SALES opens the review of a year, the QUALITY department submits its report
 * from the review page, SALES assembles the pack (its hash appears) and records the minutes with a
 * decision that becomes an action; the general manager, who reads Chinese, signs: a wrong password
 * is refused and signs nothing, the right one signs, and the pack downloads as PDF in both
 * languages and as Excel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagementReviewBrowserIT {

    /** This run's year: the database is shared with the other classes. */
    private static final int YEAR = 2100 + ThreadLocalRandom.current().nextInt(800);

    private static String reviewPage;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser(String language) {
        return Browser.open(RealWar.loopback(deployed), language);
    }

    /** A weekday two weeks ahead; the demo calendar has no holidays that far in most years. */
    private static LocalDate dueDay() {
        LocalDate day = LocalDate.now().plusDays(21);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Test
    @Order(1)
    void salesOpensTheReviewAssemblesThePackAndRecordsTheMinutes_IM03() {
        try (var b = browser("en")) {
            b.logInAs("sales");
            b.useLanguage("EN");
            b.go("/review/reviews.xhtml");
            b.waitForText("Management reviews");
            b.click(By.id("listForm:newReview"));
            PrimeFaces.enter(b, By.id("openForm:year_input"), String.valueOf(YEAR));
            PrimeFaces.enter(b, By.id("openForm:due_input"), dueDay().toString());
            b.click(By.id("openForm:save"));
            b.waitForText("Management review " + YEAR);
            reviewPage = b.currentPath();
            assertTrue(b.pageText().contains("Not submitted"), "the departments' submissions are open");
            assertEquals("not assembled yet", b.text(By.id("hash")).trim());

            b.click(By.id("packForm:assemble"));
            b.waitForText("The pack is assembled");
            String hash = b.text(By.id("hash")).trim();
            assertTrue(hash.matches("[0-9a-f]{64}"), "the SHA-256 on the page: " + hash);

            b.type(By.id("minutesForm:minutes"), "The quality system is suitable; Cpk of line 2 to be raised.");
            b.type(By.id("minutesForm:rows:0:description"), "Buy a coordinate measuring machine " + YEAR);
            PrimeFaces.select(b, "minutesForm:rows:0:owner", "Office");
            PrimeFaces.enter(
                    b,
                    By.id("minutesForm:rows:0:dueDate_input"),
                    LocalDate.now().plusDays(60).toString());
            b.click(By.id("minutesForm:recordMinutes"));
            b.waitForText("The minutes are recorded");
            b.waitForText("Buy a coordinate measuring machine " + YEAR);
            assertTrue(b.pageText().contains("Minutes recorded"));
            b.screenshot("review-minutes-en");
        }
    }

    @Test
    @Order(2)
    void generalManagerSignsWithThePasswordAskedAgain_IM03() throws Exception {
        try (var b = browser("zh-CN")) {
            b.logInAs("gm");
            b.go(reviewPage);
            b.waitForText(YEAR + " 年度管理评审");

            b.click(By.id("packForm:openSign"));
            b.type(By.id("signForm:password"), "wrong-password");
            b.click(By.id("signForm:confirmSign"));
            b.waitForText("密码错误：未签署。");
            assertTrue(b.pageText().contains("纪要已记录"), "nothing was signed");
            b.screenshot("review-sign-refused-zh");

            b.type(By.id("signForm:password"), Browser.DEMO_PASSWORD);
            b.click(By.id("signForm:confirmSign"));
            b.waitForText("评审已签署并冻结。");
            b.waitForText("赵军 Zhao Jun");
            assertTrue(b.text(By.id("signature")).contains("批准"), "the meaning of the signature");
            assertTrue(b.all(By.id("packForm:assemble")).isEmpty(), "a signed review offers no assembly");
            b.screenshot("review-signed-zh");

            Path chinese = b.download(By.id("packForm:pdfChinese"), "management-review-" + YEAR + "-zh_CN.pdf");
            Path english = b.download(By.id("packForm:pdfEnglish"), "management-review-" + YEAR + "-en.pdf");
            Path excel = b.download(By.id("packForm:excel"), "management-review-" + YEAR + ".xlsx");
            for (Path file : new Path[] {chinese, english, excel}) {
                assertTrue(Files.size(file) > 1000, file + " is a document");
            }
            assertEquals(
                    "%PDF",
                    new String(Files.readAllBytes(chinese), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
    }
}
