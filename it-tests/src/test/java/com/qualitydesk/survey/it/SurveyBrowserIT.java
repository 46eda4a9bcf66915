package com.qualitydesk.survey.it;

import static com.qualitydesk.it.support.MailServer.body;
import static com.qualitydesk.it.support.MailServer.recipient;
import static com.qualitydesk.it.support.MailServer.subject;
import static com.qualitydesk.it.support.PrimeFaces.select;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.MailServer;
import com.qualitydesk.it.support.RealWar;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A satisfaction survey as the people involved see it, in headless Chromium: SALES brings in three
 * customers, plans and dispatches a campaign by clicking (CS-04); the invitation arrives at an SMTP
 * server (GreenMail, which the installation's mail settings point at), the customer opens its link,
 * answers in Chinese, saves, comes back, submits and is thanked (CS-06); the link then says plainly
 * that it was used. SALES finds the visit in the salesperson's inbox, enters that customer's reply
 * by its reply code with the scan, and watches the coverage by customer account move (CS-02, CS-05).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyBrowserIT {

    private static final Pattern LINK =
            Pattern.compile("https?://[^/\\s]+(/public/survey/reply\\.xhtml\\?t=[A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}");
    private static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** Codes of this run's customers: E answers online, F by fax, V is visited. */
    private static final String PREFIX =
            "SB" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();

    private static final String EMAIL_ADDRESS = PREFIX.toLowerCase() + ".li@customer.example";

    /** What the first test leaves for the next: the campaign, and the link the customer got. */
    private static String campaignName;

    private static String campaignPath;
    private static String replyLink;

    @Deployment(testable = false)
    static WebArchive deployment() throws Exception {
        return RealWar.withSettings("qd.mail.host=127.0.0.1", "qd.mail.port=" + MailServer.port());
    }

    @AfterAll
    static void stopSmtp() {
        MailServer.stop();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser(String language) {
        return Browser.open(RealWar.loopback(deployed), language);
    }

    @Test
    @Order(1)
    void salesDispatchesByClickingAndTheCustomerAnswersInChineseThroughTheMailedLinkOnce_CS04_CS06() throws Exception {
        try (var b = browser("en")) {
            b.logInAs("sales");
            importCustomers(b);

            // CS-01/CS-04: plan the campaign and dispatch it
            campaignName = "SB " + PREFIX;
            b.go("/survey/campaigns.xhtml");
            b.click(By.id("listForm:newCampaign"));
            b.type(By.id("editForm:name"), campaignName);
            b.click(By.id("editForm:save"));
            String href = b.find(By.linkText(campaignName)).getAttribute("href");
            campaignPath = href.substring(href.indexOf("/survey/campaign.xhtml"));
            assertTrue(campaignPath.startsWith("/survey/campaign.xhtml?id="), campaignPath);
            b.go(campaignPath);
            b.waitForText("Planned");
            eligibleCustomersFoundByCodeAndRisk(b);
            b.click(By.id("campaignForm:tabs:dispatch"));
            b.click(By.id("campaignForm:confirmYes"));
            try {
                new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(120))
                        .until(d -> b.pageText().contains("Dispatch job: Completed"));
            } catch (org.openqa.selenium.TimeoutException notCompleted) {
                b.screenshot("survey-campaign-dispatch-failed-en");
                throw new AssertionError("the dispatch did not complete: " + b.pageText(), notCompleted);
            }
            b.screenshot("survey-campaign-dispatched-en");
        }

        // the invitation as the customer's mailbox received it
        MimeMessage mail = mailTo(EMAIL_ADDRESS, campaignName);
        assertTrue(mail.getSubject().startsWith("Customer satisfaction survey"), mail.getSubject());
        String body = body(mail);
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), "the invitation carries the link: " + body);
        replyLink = link.group(1);
        assertTrue(body.contains(LocalDate.now().getYear() + "-"), "and the reply deadline: " + body);

        try (var b = browser("en")) {
            b.go(replyLink);
            assertTrue(b.pageText().contains("Dear Li Ming"), b.pageText());
            b.click(By.id("replyForm:langZh"));
            String chinese = b.waitForText("保存，稍后继续");
            assertTrue(chinese.contains("尊敬的"), chinese);
            assertTrue(chinese.contains("非常满意"), "the scale in Chinese: " + chinese);
            List<WebElement> questions = b.all(By.cssSelector(".qd-question"));
            assertTrue(questions.size() >= 8, "the questionnaire's items (CS-03): " + questions.size());
            score(b, 0, 4);
            score(b, 1, 5);
            b.type(By.id("replyForm:comment"), "交货准时，服务周到。");
            b.screenshot("survey-public-form-zh");
            b.click(By.id("replyForm:save"));
            b.waitForText("您的答复已保存");

            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.go(replyLink);
            b.click(By.id("replyForm:langZh"));
            b.waitForText("保存，稍后继续");
            b.screenshot("survey-public-form-zh-phone");
            assertFalse(horizontalScroll(b), "nothing sticks out of a phone's screen");
        }

        // later, in a new browser: the saved answers are there
        try (var b = browser("zh")) {
            b.go(replyLink);
            b.click(By.id("replyForm:langZh"));
            b.waitForText("保存，稍后继续");
            assertEquals("交货准时，服务周到。", b.find(By.id("replyForm:comment")).getAttribute("value"));
            assertTrue(chosen(b, 0).equals("4") && chosen(b, 1).equals("5"), "the saved scores are chosen");
            assertEquals("", chosen(b, 2), "a question not answered yet is still open, not n/a");
            assertTrue(b.pageText().contains("杭州东南机电有限公司"), "the customer's Chinese name on the Chinese page");
            b.click(By.id("replyForm:submit"));
            String unanswered = b.waitForText("请回答第 3 题");
            assertFalse(unanswered.contains("谢谢"), "not submitted with questions left open");
            int count = b.all(By.cssSelector(".qd-question")).size();
            for (int i = 2; i < count; i++) {
                score(b, i, i == count - 1 ? 0 : 4);
            }
            b.click(By.id("replyForm:submit"));
            String thanks = b.waitForText("谢谢！");
            assertTrue(thanks.contains("我们已收到您的答复"), thanks);
            b.screenshot("survey-public-thanks-zh");

            b.go(replyLink);
            String used = b.waitForText("已提交");
            assertTrue(used.contains("This questionnaire has already been submitted"), used);
            assertTrue(b.all(By.id("replyForm:submit")).isEmpty(), "no form behind a used link");
            b.screenshot("survey-public-used");
        }
    }

    @Test
    @Order(2)
    void theVisitWaitsInTheSalespersonsInboxAndItsEnteredReplyMovesCoverage_CS04_CS05() throws Exception {
        Path scan = Files.createTempFile("visit-scan", ".png");
        Files.write(scan, PNG);
        try (var b = browser("en")) {
            b.logInAs("sales");
            int coveredBefore = covered(b);
            b.screenshot("survey-campaign-tracking-en");

            // CS-05: SALES calls a customer still to answer; the call is its last contact attempt
            By notCovered = By.cssSelector("[id='campaignForm:tabs:notCoveredTable_data'] > tr");
            b.type(By.id("campaignForm:tabs:notCoveredTable:notCoveredCode:filter"), PREFIX + "V");
            b.waitUntil(() -> b.all(notCovered).size() == 1
                    && b.all(notCovered).get(0).getText().contains("Changzhou Precision Gearboxes"));
            b.click(By.cssSelector("[id='campaignForm:tabs:notCoveredTable_data'] > tr button"));
            b.type(By.id("followUpForm:note"), "约好下周二拜访。");
            b.click(By.id("followUpForm:saveFollowUp"));
            b.waitForText("The call is logged.");
            b.waitUntil(() -> b.text(By.id("campaignForm:tabs:followUpTable")).contains("约好下周二拜访。"));
            b.waitUntil(() -> b.all(notCovered).size() == 1
                    && b.all(notCovered).get(0).getText().contains("约好下周二拜访。"));
            // the calls found by what was said
            By calls = By.id("campaignForm:tabs:followUpTable_data");
            b.type(By.id("campaignForm:tabs:followUpTable:followUpNote:filter"), "没有这句话");
            b.waitUntil(() -> b.text(calls).contains("No follow-up call yet."));
            b.type(By.id("campaignForm:tabs:followUpTable:followUpNote:filter"), "拜访");
            b.waitUntil(() -> b.text(calls).contains("约好下周二拜访。"));
            b.screenshot("survey-campaign-follow-up-en");

            // CS-04: the visit waits in the inbox of the customer's salesperson, until the deadline
            b.go("/task/inbox.xhtml");
            b.type(By.id("inboxForm:text"), PREFIX + "V");
            b.waitUntil(() ->
                    b.all(By.cssSelector("#inboxForm\\:taskTable_data tr")).size() == 1
                            && b.text(By.cssSelector("#inboxForm\\:taskTable_data tr"))
                                    .contains(PREFIX + "V"));
            WebElement row = b.find(By.cssSelector("#inboxForm\\:taskTable_data tr"));
            String task = row.getText();
            assertTrue(task.contains("Survey visit"), task);
            assertTrue(task.contains("Visit " + PREFIX + "V"), "says what to do: " + task);
            assertTrue(task.contains("sales"), "assigned to the salesperson: " + task);
            Matcher code = CODE.matcher(task);
            assertTrue(code.find(), "the reply code: " + task);
            String replyCode = code.group();
            String href = row.findElement(By.cssSelector("a[id$='invitation']")).getAttribute("href");
            assertTrue(href.contains("/survey/paper.xhtml?invitation="), href);
            b.screenshot("survey-inbox-visit-en");

            // the reply from the visit, entered by its reply code, with the scan of the paper
            b.go("/survey/paper.xhtml");
            b.type(By.id("findForm:code"), replyCode.toLowerCase());
            b.click(By.id("findForm:findCode"));
            String entry = b.waitForText(replyCode);
            assertTrue(entry.contains(PREFIX + "V") || entry.contains("郑志明"), entry);
            assertEquals(
                    "Visit",
                    b.text(By.id("entryForm:channel_label")).trim(),
                    "the channel the customer is surveyed by");
            int items = b.all(By.cssSelector("#entryForm\\:answers_data tr")).size();
            for (int i = 0; i < items; i++) {
                b.click(scoreButton("entryForm:answers:" + i + ":score", 5));
            }
            b.type(By.id("entryForm:comment"), "拜访时客户口头表示满意。");
            b.driver()
                    .findElement(By.cssSelector("#entryForm input[type=file]"))
                    .sendKeys(scan.toString());
            b.click(By.id("entryForm:saveReply"));
            b.waitForText("The reply is saved and the customer thanked.");

            b.go("/task/inbox.xhtml");
            b.type(By.id("inboxForm:text"), PREFIX + "V");
            b.waitUntil(() -> b.all(By.cssSelector("#inboxForm\\:taskTable_data tr")).stream()
                    .noneMatch(r -> r.getText().contains(PREFIX + "V")));

            // CS-02/CS-05: the visited customer counts as covered now
            assertEquals(coveredBefore + 1, covered(b), "one more customer account covered");
            b.type(By.id("campaignForm:tabs:notCoveredTable:notCoveredCode:filter"), PREFIX + "V");
            b.waitUntil(() -> b.text(By.id("campaignForm:tabs:notCoveredTable")).contains("No customer to follow up."));
            b.screenshot("survey-campaign-tracking-after-en");
            b.click(By.xpath("//div[@id='campaignForm:tabs']/ul/li[normalize-space(.)='Replies']"));
            String replies = b.waitForText("拜访时客户口头表示满意。");
            assertTrue(replies.contains("交货准时，服务周到。"), "the online reply is listed too: " + replies);
            // the replies that came by visit alone
            select(b, "campaignForm:tabs:replyTable:channelFilter", "Visit");
            By replyRows = By.id("campaignForm:tabs:replyTable_data");
            b.waitUntil(() -> !b.text(replyRows).contains("交货准时，服务周到。"));
            assertTrue(b.text(replyRows).contains("拜访时客户口头表示满意。"), b.text(replyRows));
            b.screenshot("survey-campaign-replies-visit-en");
        } finally {
            Files.deleteIfExists(scan);
        }
    }

    @Test
    @Order(3)
    void theGeneralManagerReadsTheCampaignInChineseWithItsStatistics_CS05_CS08() throws Exception {
        By english = By.xpath("//div[@id='headerForm:language']//*[contains(text(),'EN')]");
        By chinese = By.xpath("//div[@id='headerForm:language']//*[contains(text(),'中文')]");
        try (var b = browser("en")) {
            b.logInAs("gm");
            try {
                // the general manager reads Chinese
                b.go(campaignPath);
                assertTrue(b.waitForText("客户与发放").contains("调查 " + campaignName));
                // the language switched on the campaign page keeps the campaign
                b.click(english);
                assertTrue(b.waitForText("Customers and dispatch").contains("Survey " + campaignName));
                b.click(chinese);
                String page = b.waitForText("客户与发放");
                assertTrue(page.contains("调查 " + campaignName), page);
                assertTrue(page.contains("客户满意度 v"), "the questionnaire's Chinese name (CS-03): " + page);
                // choosing the language already chosen keeps it
                b.click(chinese);
                Thread.sleep(1000);
                assertTrue(b.waitForText("客户与发放").contains("调查 " + campaignName));
                b.click(By.xpath("//div[@id='campaignForm:tabs']/ul/li[normalize-space(.)='统计']"));
                b.waitForText("按行业");
                assertEquals("2", b.text(By.id("replyCount")), "the online reply and the visit (CS-08)");
                assertTrue(b.text(By.id("index")).matches("\\d+\\.\\d %"), b.text(By.id("index")));
                b.screenshot("survey-statistics-gm-zh");
            } finally {
                // back to the general manager's Chinese for the other browser tests
                b.click(chinese);
                b.waitForText("退出");
            }
        }
    }

    @Test
    @Order(4)
    void theAdministratorSeesTheSmtpOutageAsAWholeOnTheOutboxAndTheHomePage_CS04() throws Exception {
        MailServer.stop();
        try (var b = browser("en")) {
            // a second campaign's invitations meet the stopped server
            b.logInAs("sales");
            b.go("/survey/campaigns.xhtml");
            b.click(By.id("listForm:newCampaign"));
            b.type(By.id("editForm:name"), campaignName + " outage");
            b.click(By.id("editForm:save"));
            String href = b.find(By.linkText(campaignName + " outage")).getAttribute("href");
            b.go(href.substring(href.indexOf("/survey/campaign.xhtml")));
            b.waitForText("Planned");
            b.click(By.id("campaignForm:tabs:dispatch"));
            b.click(By.id("campaignForm:confirmYes"));
            new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(120))
                    .until(d -> b.pageText().contains("Dispatch job: Completed"));
            b.logOut();

            b.logInAsAdmin();
            b.go("/admin/outbox.xhtml");
            String outage = b.text(By.id("mailOutage"));
            assertTrue(outage.contains("The SMTP server cannot be reached"), outage);
            assertTrue(outage.matches("(?s).*\\b[1-9]\\d* mails wait.*"), "the mails waiting are counted: " + outage);
            b.screenshot("outbox-outage-en");
            b.go("/index.xhtml");
            assertTrue(
                    b.text(By.id("mailOutage")).contains("The SMTP server cannot be reached"),
                    "also on the administrator's home page");
        } finally {
            MailServer.start();
        }
    }

    /** Customers, their running contracts and recipients brought in through the import screen (CC-01). */
    private static void importCustomers(Browser b) throws Exception {
        LocalDate today = LocalDate.now();
        importFile(
                b,
                null,
                "customers",
                "code,name_zh,name_en,industry,address,status,salesperson\n"
                        + PREFIX + "E,杭州东南机电有限公司,Hangzhou Southeast Electromechanical,Machinery,杭州市,ACTIVE,\n"
                        + PREFIX + "F,无锡华东阀门厂,Wuxi East China Valves,Valves,无锡市,ACTIVE,\n"
                        + PREFIX + "V,常州精工减速机有限公司,Changzhou Precision Gearboxes,Machinery,常州市,ACTIVE,sales\n");
        StringBuilder contracts = new StringBuilder("number,customer_code,start_date,end_date\n");
        for (String c : List.of("E", "F", "V")) {
            contracts
                    .append("K-")
                    .append(PREFIX)
                    .append(c)
                    .append(',')
                    .append(PREFIX)
                    .append(c)
                    .append(',');
            contracts
                    .append(today.minusMonths(6))
                    .append(',')
                    .append(today.plusMonths(6))
                    .append('\n');
        }
        importFile(b, "Contracts", "contracts", contracts.toString());
        importFile(
                b,
                "Contacts",
                "contacts",
                "customer_code,name,position,email,phone,fax,postal_address,language,survey_channel,survey_recipient\n"
                        + PREFIX + "E,Li Ming,Purchasing manager," + EMAIL_ADDRESS + ",,,,en,EMAIL,true\n"
                        + PREFIX + "F,王建,质量经理,,,0510-8888 1234,无锡市,zh_CN,FAX,true\n"
                        + PREFIX + "V,郑志明,总经理,,0519-6666 1234,,常州市,zh_CN,VISIT,true\n");
    }

    private static void importFile(Browser b, String kind, String name, String csv) throws Exception {
        Path file = Files.createTempFile(name, ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            b.go("/customer/import.xhtml");
            if (kind != null) {
                select(b, "importForm:kind", kind);
            }
            b.driver()
                    .findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(file.toString());
            b.click(By.id("importForm:import"));
            String report = b.waitForText("Imported");
            assertTrue(report.contains("3 created"), report);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The coverage by customer account on the campaign's tracking tab: "N of M customers covered". */
    private int covered(Browser b) {
        b.go(campaignPath);
        b.click(By.xpath("//div[@id='campaignForm:tabs']/ul/li[normalize-space(.)='Tracking']"));
        String text = b.text(By.id("coveredText"));
        Matcher n = Pattern.compile("^(\\d+) of (\\d+) customers covered").matcher(text);
        assertTrue(n.find(), text);
        return Integer.parseInt(n.group(1));
    }

    /** Clicks a score of a question on the public page: 1..5, or 0 for "not applicable". */
    private static void score(Browser b, int question, int score) {
        By button = scoreButton("replyForm:items:" + question + ":score", score);
        ((JavascriptExecutor) b.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", b.find(button));
        b.click(button);
        b.waitUntil(() -> b.find(button).getAttribute("class").contains("ui-state-active"));
    }

    /** The button of a score 1..5, or 0 for "not applicable", in a row of score buttons. */
    private static By scoreButton(String id, int score) {
        return By.xpath("(//*[@id='" + id + "']//div[contains(@class,'ui-button')])[" + (score == 0 ? 6 : score) + "]");
    }

    private static String chosen(Browser b, int question) {
        return b
                .all(By.cssSelector("[id='replyForm:items:" + question + ":score'] .ui-button.ui-state-active"))
                .stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    private static boolean horizontalScroll(Browser b) {
        return (Boolean) ((JavascriptExecutor) b.driver())
                .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1");
    }

    /** Waits for the mail to the address about the campaign: the dispatch job sends it at its end. */
    private static MimeMessage mailTo(String address, String campaign) throws Exception {
        for (int i = 0; i < 240; i++) {
            for (MimeMessage m : MailServer.received()) {
                if (recipient(m).equals(address) && subject(m).contains(campaign)) {
                    return m;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no mail to " + address + " about " + campaign);
    }

    /**
     * CS-02: SALES finds a customer in the list of those surveyed by its code, and lists the
     * coverage risks alone: as many as the figure above the list says.
     */
    private static void eligibleCustomersFoundByCodeAndRisk(Browser b) {
        By rows = By.cssSelector("[id='campaignForm:tabs:eligibleTable_data'] > tr");
        b.type(By.id("campaignForm:tabs:eligibleTable:eligibleCode:filter"), PREFIX + "F");
        b.waitUntil(
                () -> b.all(rows).size() == 1 && b.all(rows).get(0).getText().contains("Wuxi East China Valves"));
        b.find(By.id("campaignForm:tabs:eligibleTable:eligibleCode:filter"))
                .sendKeys(
                        org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                        org.openqa.selenium.Keys.DELETE);
        b.waitUntil(() -> b.all(rows).size() > 1);
        select(b, "campaignForm:tabs:eligibleTable:riskFilter", "No recipient");
        int risks = Integer.parseInt(b.text(By.id("riskCount")).trim());
        assertTrue(risks > 0, "the demo data hold a customer without recipient");
        b.waitUntil(() -> b.all(rows).size() == Math.min(risks, 15)
                && b.all(rows).stream().allMatch(r -> r.getText().contains("No recipient")));
        b.screenshot("survey-campaign-risks-en");
        select(b, "campaignForm:tabs:eligibleTable:riskFilter", "All customers");
        b.waitUntil(() -> b.all(rows).stream().anyMatch(r -> !r.getText().contains("No recipient")));
    }
}
