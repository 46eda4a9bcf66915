package com.qualitydesk.retention.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.PrimeFaces;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
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
import org.openqa.selenium.WebElement;

/**
 * CC-03 in the browser: SALES notes two communications of two years ago; the administrator finds
 * them past their one-year period, puts one under a legal hold and proposes the expiry of the
 * other, refused without a reason; QUALITY confirms the expiry, finds the tombstone with the
 * record's history and lifts the hold; the screen reads in Chinese.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordRetentionBrowserIT {

    /** The references of this run's communications: the database is shared with the other classes. */
    private static final String RUN =
            "RET-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    private static final String HELD = RUN + "-HELD";
    private static final String EXPIRING = RUN + "-GO";

    private static final By RECORD_ROWS = By.xpath("//tbody[@id='retentionForm:tabs:recordTable_data']/tr");

    private static String expiry;

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
    void salesNotesTwoCommunicationsOfTwoYearsAgo_CC01() {
        try (var b = browser("en")) {
            b.logInAs("sales");
            b.useLanguage("EN");
            for (String reference : List.of(HELD, EXPIRING)) {
                b.go("/customer/customer.xhtml?code=C1005");
                b.waitForText("Rheinmetall Hydraulik GmbH");
                b.click(By.id("timelineForm:newCommunication"));
                b.find(By.id("communicationForm:commSubject"));
                b.type(By.id("communicationForm:commSubject"), "Seal S-310 order " + reference);
                b.type(By.id("communicationForm:commReference"), reference);
                PrimeFaces.enter(
                        b,
                        By.id("communicationForm:commAt_input"),
                        LocalDate.now().minusYears(2).toString() + " 10:00");
                // the calendar stays open below the field: a click on the dialog's title closes it
                b.click(By.cssSelector("[id='communicationForm:communicationDialog'] .ui-dialog-title"));
                b.click(By.id("communicationForm:saveCommunication"));
                // two years ago is far down the customer's timeline, behind the demo's later history
                b.waitForText("The communication was noted.");
            }
        }
    }

    @Test
    @Order(2)
    void theAdministratorHoldsOneRecordAndProposesTheExpiryOfTheOther_CC03() {
        try (var b = browser("en")) {
            b.logInAsAdmin();
            b.useLanguage("EN");
            b.click(By.cssSelector("#mainMenu [data-menu='menu.retention']"));
            b.waitForText("Retention periods");
            assertTrue(b.currentPath().startsWith("/admin/retention.xhtml"), b.currentPath());
            String periods = b.text(By.id("retentionForm:periods"));
            assertTrue(periods.contains("Customer communications") && periods.contains("1 year"), periods);
            assertTrue(periods.contains("Service records") && periods.contains("3 years"), periods);
            // the demo's order under a legal hold is listed with its reason
            b.waitUntil(() -> b.pageText().contains("PO-NPS-3980"));
            assertTrue(b.pageText().contains("Legal hold: Nordic Pump"), "the demo's hold");
            b.screenshot("retention-records-admin-en");

            filter(b, RUN);
            b.waitUntil(
                    () -> b.all(RECORD_ROWS).size() == 2 && b.text(RECORD_ROWS).contains(RUN));
            assertTrue(
                    row(b, HELD).getText().contains("May expire"), row(b, HELD).getText());

            // a legal hold, with its reason
            b.click(By.xpath(rowPath(HELD) + "//button[contains(@id,':hold')]"));
            b.find(By.id("holdForm:holdReason"));
            b.click(By.id("holdForm:saveHold"));
            b.waitForText("Give the reason for the legal hold.");
            b.type(By.id("holdForm:holdReason"), "Customer claims a leak on this lot");
            b.click(By.id("holdForm:saveHold"));
            b.waitForText("Legal hold placed on " + HELD + ".");
            b.waitUntil(() -> row(b, HELD).getText().contains("Legal hold: Customer claims a leak on this lot"));
            assertTrue(
                    b.all(By.xpath(rowPath(HELD) + "//div[contains(@id,':chosen')]"))
                            .isEmpty(),
                    "a held record cannot be chosen");

            // the other one is proposed for expiry: refused without a reason, then proposed
            PrimeFaces.check(
                    b,
                    b.find(By.xpath(rowPath(EXPIRING) + "//div[contains(@id,':chosen')]"))
                            .getAttribute("id"));
            b.waitUntil(() -> b.text(By.id("retentionForm:tabs:propose")).contains("(1)"));
            b.click(By.id("retentionForm:tabs:propose"));
            b.waitUntil(() -> b.text(By.id("proposeForm:chosenList")).contains(EXPIRING));
            b.screenshot("retention-propose-en");
            b.click(By.id("proposeForm:saveProposal"));
            b.waitForText("Give the reason for the expiry.");
            b.type(By.id("proposeForm:proposeReason"), "Sales records of two years ago, period over");
            b.click(By.id("proposeForm:saveProposal"));
            String page = b.waitForText("proposed; another person of Quality confirms it.");
            Matcher number =
                    Pattern.compile("Expiry #(\\d+) of 1 record proposed").matcher(page);
            assertTrue(number.find(), page);
            expiry = number.group(1);
            b.waitUntil(() -> row(b, EXPIRING).getText().contains("Proposed for expiry #" + expiry));
            b.screenshot("retention-proposed-en");

            // the list goes to Excel with the period and what keeps each record
            String exported =
                    cells(b.download(By.id("retentionForm:tabs:exportRecords"), "records-past-their-period.xlsx"));
            assertTrue(exported.contains(HELD) && exported.contains(EXPIRING), exported);
            assertTrue(exported.contains("Legal hold: Customer claims a leak on this lot"), exported);
            assertTrue(exported.contains("Proposed for expiry #" + expiry), exported);
            assertTrue(exported.contains("Rheinmetall Hydraulik GmbH"), exported);

            // the administrator sees it waiting, and no way to confirm it
            tab(b, "expiriesTab");
            b.waitUntil(() -> b.pageText().contains(EXPIRING));
            String waiting = b.text(
                    By.xpath("//tbody[@id='retentionForm:tabs:expiryTable_data']/tr[contains(.,'" + EXPIRING + "')]"));
            assertTrue(waiting.contains("Waiting for Quality") && waiting.contains("admin"), waiting);
            assertTrue(b.all(By.xpath(
                            "//tbody[@id='retentionForm:tabs:expiryTable_data']//button[contains(@id,':confirm')]"))
                    .isEmpty());
            b.screenshot("retention-expiries-admin-en");
        }
    }

    @Test
    @Order(3)
    void qualityConfirmsTheExpiryFindsTheTombstoneAndLiftsTheHold_CC03() {
        try (var b = browser("en")) {
            b.logInAs("quality");
            b.useLanguage("EN");
            b.go("/admin/retention.xhtml");
            b.waitForText("Retention periods");
            assertTrue(b.all(By.id("retentionForm:tabs:propose")).isEmpty(), "QUALITY does not propose");
            tab(b, "expiriesTab");
            String waitingRow = "//tbody[@id='retentionForm:tabs:expiryTable_data']/tr[contains(.,'" + EXPIRING + "')]";
            b.waitUntil(() -> !b.all(By.xpath(waitingRow)).isEmpty());
            b.click(By.xpath(waitingRow + "//button[contains(@id,':confirm')]"));
            b.waitForText("removed for good");
            b.screenshot("retention-confirm-en");
            b.click(By.id("retentionForm:confirmYes"));
            b.waitForText("Expiry #" + expiry + " confirmed: 1 record removed, the tombstones kept.");
            b.waitUntil(() -> b.text(By.xpath(waitingRow)).contains("Confirmed, records removed"));

            tab(b, "tombstonesTab");
            b.type(By.id("retentionForm:tabs:tombstoneTable:tombstoneReference:filter"), RUN);
            String stoneRow =
                    "//tbody[@id='retentionForm:tabs:tombstoneTable_data']/tr[contains(.,'" + EXPIRING + "')]";
            // the filter re-renders the table while it is read: read the row once it holds the expiry
            b.waitUntil(() -> !b.all(By.xpath(stoneRow)).isEmpty()
                    && b.text(By.xpath(stoneRow)).contains("Confirmed by quality"));
            String stone = b.text(By.xpath(stoneRow));
            assertTrue(
                    stone.contains("Customer communications")
                            && stone.contains("Product information sent")
                            && stone.contains("C1005")
                            && stone.contains("Proposed by admin")
                            && stone.contains("Confirmed by quality")
                            && stone.contains("Sales records of two years ago, period over"),
                    stone);
            assertFalse(stone.contains(HELD), "only the expired record");
            b.screenshot("retention-tombstones-en");
            b.click(By.xpath(stoneRow + "//button[contains(@id,':recordHistory')]"));
            By historyTable = By.id("historyForm:historyTable");
            b.waitUntil(() -> b.text(historyTable).contains("Expiry proposed"));
            String history = b.text(historyTable);
            assertTrue(history.contains("Expired") && history.contains("Created"), history);
            b.screenshot("retention-tombstone-history-en");
            b.driver().navigate().refresh();
            b.waitForPage();

            // the held record stays; QUALITY lifts the hold, saying why
            filter(b, RUN);
            b.waitUntil(
                    () -> b.all(RECORD_ROWS).size() == 1 && b.text(RECORD_ROWS).contains(HELD));
            b.click(By.xpath(rowPath(HELD) + "//button[contains(@id,':lift')]"));
            b.find(By.id("liftForm:liftReason"));
            b.type(By.id("liftForm:liftReason"), "Claim withdrawn by the customer");
            b.click(By.id("liftForm:saveLift"));
            b.waitForText("Legal hold on " + HELD + " lifted.");
            b.waitUntil(() -> row(b, HELD).getText().contains("May expire"));

            tab(b, "holdsTab");
            PrimeFaces.pause(300);
            b.click(By.xpath("//div[@id='retentionForm:tabs:activeOnly']//div[contains(@class,'ui-button')][2]"));
            String holdRow = "//tbody[@id='retentionForm:tabs:holdTable_data']/tr[contains(.,'" + HELD + "')]";
            b.waitUntil(() -> !b.all(By.xpath(holdRow)).isEmpty());
            String held = b.text(By.xpath(holdRow));
            assertTrue(held.contains("Claim withdrawn by the customer") && held.contains("quality"), held);
            b.screenshot("retention-holds-en");
        }
    }

    @Test
    @Order(4)
    void theRetentionScreenReadsInChinese_CC03() {
        try (var b = browser("zh-CN")) {
            b.logInAs("quality");
            b.useLanguage("中文");
            b.go("/admin/retention.xhtml");
            String page = b.waitForText("保存期限");
            assertTrue(page.contains("记录保存与到期处理") && page.contains("客户沟通记录") && page.contains("质量记录"), page);
            assertTrue(page.contains("法律保全"), page);
            for (String english :
                    List.of("Retention", "Customer communications", "May expire", "Legal hold", "Kept through")) {
                assertFalse(page.contains(english), "no English left: " + english);
            }
            b.screenshot("retention-records-zh");
            tab(b, "expiriesTab");
            b.waitUntil(() -> b.pageText().contains("已确认，记录已删除"));
            b.screenshot("retention-expiries-zh");
            tab(b, "holdsTab");
            b.waitUntil(() -> b.pageText().contains("当前保全"));
            b.screenshot("retention-holds-zh");
            tab(b, "tombstonesTab");
            b.waitUntil(() -> b.pageText().contains("提出人 admin"));
            b.screenshot("retention-tombstones-zh");
            b.useLanguage("EN");
        }
    }

    /** Every cell of the workbook's first sheet, row by row. */
    private static String cells(java.nio.file.Path workbook) {
        try (var in = java.nio.file.Files.newInputStream(workbook);
                var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var text = new StringBuilder();
            var format = new org.apache.poi.ss.usermodel.DataFormatter();
            for (var row : book.getSheetAt(0)) {
                for (var cell : row) {
                    text.append(format.formatCellValue(cell)).append(" | ");
                }
                text.append('\n');
            }
            return text.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void filter(Browser b, String reference) {
        b.type(By.id("retentionForm:tabs:recordTable:reference:filter"), reference);
    }

    private static void tab(Browser b, String id) {
        b.click(By.cssSelector("a[href='#retentionForm:tabs:" + id + "']"));
    }

    private static String rowPath(String reference) {
        return "//tbody[@id='retentionForm:tabs:recordTable_data']/tr[contains(.,'" + reference + "')]";
    }

    private static WebElement row(Browser b, String reference) {
        return b.find(By.xpath(rowPath(reference)));
    }
}
