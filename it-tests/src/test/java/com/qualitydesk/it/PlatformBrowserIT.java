package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.RealWar;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

/** People of each department at the platform's screens, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformBrowserIT {

    private static final Set<String> MASTER_DATA = Set.of(
            "menu.home",
            "menu.inbox",
            "menu.customers",
            "menu.contacts",
            "menu.contracts",
            "menu.products",
            "menu.deliveries",
            "menu.feedbackReceive",
            "menu.feedbackRegister",
            "menu.actions",
            "menu.serviceRequests",
            "menu.serviceRecords",
            "menu.servicePoints",
            "menu.servicePeople",
            "menu.returnVisits",
            "menu.processCapability",
            "menu.monthlySheets",
            "menu.qualityObjectives",
            "menu.analysisReports");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser(String language) {
        return Browser.open(RealWar.loopback(deployed), language);
    }

    private static Set<String> without(Set<String> menu, String entry) {
        var s = new TreeSet<>(menu);
        s.remove(entry);
        return s;
    }

    private static Set<String> with(String... extra) {
        var s = new TreeSet<>(MASTER_DATA);
        s.addAll(Set.of(extra));
        return s;
    }

    @Test
    @Order(1)
    void everyDepartmentSeesExactlyItsMenu() {
        Map<String, Set<String>> expected = Map.of(
                "sales",
                with(
                        "menu.import",
                        "menu.surveyCampaigns",
                        "menu.surveyPaper",
                        "menu.surveyQuestionnaires",
                        "menu.callBacks",
                        "menu.returns",
                        "menu.onSiteRecord",
                        "menu.managementReview"),
                "quality",
                with("menu.callBacks", "menu.returns", "menu.retention"),
                "technical",
                with(),
                "production",
                with("menu.feedbackContainment"),
                "finance",
                with("menu.returns"),
                "office",
                with("menu.calendar"),
                "gm",
                with(
                        "menu.feedbackReview",
                        "menu.feedbackMajor",
                        "menu.surveyCampaigns",
                        "menu.surveyQuestionnaires",
                        "menu.callBacks",
                        "menu.returns",
                        "menu.managementReview"),
                "service",
                without(
                        without(
                                without(
                                        without(with("menu.onSiteRecord"), "menu.processCapability"),
                                        "menu.monthlySheets"),
                                "menu.qualityObjectives"),
                        "menu.analysisReports"));
        try (var b = browser("en")) {
            expected.forEach((user, menu) -> {
                b.logInAs(user);
                b.screenshot("menu-" + user);
                assertTrue(
                        b.currentPath().startsWith("/index.xhtml"),
                        user + " lands on the home page: " + b.currentPath() + " " + b.pageText());
                Set<String> shown = b.all(By.cssSelector("#mainMenu [data-menu]")).stream()
                        .map(e -> e.getAttribute("data-menu"))
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(new TreeSet<>(menu), shown, "menu of " + user);
                b.logOut();
                assertTrue(b.currentPath().startsWith("/login.xhtml"), "logged out to the login page");
            });
        }
    }

    @Test
    @Order(2)
    void theAdministratorSeesTheAdministrationMenuAndPagesOthersCannotOpen() {
        try (var b = browser("en")) {
            b.logInAsAdmin();
            Set<String> shown = b.all(By.cssSelector("#mainMenu [data-menu]")).stream()
                    .map(e -> e.getAttribute("data-menu"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(
                    with(
                            "menu.import",
                            "menu.calendar",
                            "menu.settings",
                            "menu.users",
                            "menu.outbox",
                            "menu.intakeKeys",
                            "menu.retention",
                            "menu.batchJobs",
                            "menu.surveyCampaigns",
                            "menu.surveyQuestionnaires",
                            "menu.callBacks",
                            "menu.returns",
                            "menu.onSiteRecord"),
                    shown);
            b.screenshot("home-admin-en");
            b.logOut();

            b.logInAs("quality");
            b.go("/admin/settings.xhtml");
            assertTrue(b.pageText().contains("Not allowed"), "quality is refused the settings page: " + b.pageText());
        }
    }

    @Test
    @Order(3)
    void aWrongPasswordIsRefusedWithAMessage() {
        try (var b = browser("en")) {
            b.logIn("sales", "not-the-password");
            b.waitForText("Wrong user name or password.");
            assertTrue(b.currentPath().startsWith("/login.xhtml"));
            b.screenshot("login-refused-en");
        }
    }

    @Test
    @Order(4)
    void salesCreatesACustomerThroughTheDialogAndFindsItByFilter_CC01() {
        String code = "UI" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (var b = browser("en")) {
            b.logInAs("sales");
            b.go("/customer/customers.xhtml");
            b.click(By.id("listForm:newCustomer"));
            b.type(By.id("editForm:code"), code);
            b.type(By.id("editForm:nameZh"), "浏览器测试有限公司");
            b.type(By.id("editForm:nameEn"), "Browser Test Ltd.");
            b.type(By.id("editForm:industry"), "Testing");
            b.click(By.id("editForm:save"));
            b.waitForText("Customer saved.");

            b.type(By.cssSelector("#listForm\\:customerTable\\:code input"), code);
            b.waitUntil(() ->
                    b.all(By.cssSelector("#listForm\\:customerTable_data tr")).size() == 1);
            var rows = b.all(By.cssSelector("#listForm\\:customerTable_data tr"));
            assertEquals(1, rows.size(), "the filter leaves exactly the new customer");
            assertTrue(rows.get(0).getText().contains(code));
            assertTrue(rows.get(0).getText().contains("浏览器测试有限公司"));
            b.screenshot("customers-en");
        }
    }

    @Test
    @Order(5)
    void aCustomerWithoutCodeIsNotSavedAndTheDialogSaysWhy() {
        try (var b = browser("en")) {
            b.logInAs("sales");
            b.go("/customer/customers.xhtml");
            b.click(By.id("listForm:newCustomer"));
            b.type(By.id("editForm:nameEn"), "No Code Ltd.");
            b.click(By.id("editForm:save"));
            b.waitForText("Enter the customer code.");
        }
    }

    @Test
    @Order(6)
    void switchingToChineseShowsChineseLabelsAndTheChoiceSticksToTheUser() {
        try (var b = browser("en")) {
            b.logInAs("technical");
            b.go("/customer/customers.xhtml");
            assertTrue(b.pageText().contains("Customers"));
            b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'中文')]"));
            String text = b.waitForText("客户编码");
            assertTrue(text.contains("基础数据"), "menu group in Chinese");
            assertTrue(text.contains("退出"), "logout in Chinese");
            assertFalse(text.contains("Master data"));
            b.screenshot("customers-zh");
            b.logOut();

            b.logInAs("technical");
            b.waitForText("首页");
            b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'EN')]"));
            b.waitForText("Home");
        }
    }

    @Test
    @Order(7)
    void theSessionIdChangesAtLoginAndLogoutEndsTheSession() {
        try (var b = browser("en")) {
            b.go("/login.xhtml");
            String before = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
            b.logInAs("finance");
            b.waitForText("Welcome");
            String after = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(after), "a session id known before the login is worthless after it");
            b.logOut();
            b.go("/customer/customers.xhtml");
            assertTrue(b.currentPath().startsWith("/login.xhtml"), "after logout the pages ask for a login again");
        }
    }

    @Test
    @Order(8)
    void aFileWithOneBadLineImportsNothingAndNamesTheLineTheFixedFileImportsAll_CC01() throws Exception {
        String prefix = "IM" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        String header = "code,name_zh,name_en,industry,address,status\n";
        String good1 = prefix + "1,上海一号机械有限公司,Shanghai No.1 Machinery,Machinery,上海市,ACTIVE\n";
        String good2 = prefix + "2,,Harbin Bearings Ltd.,Bearings,Harbin,ACTIVE\n";
        String bad = prefix + "3,武汉三号电机厂,Wuhan No.3 Motors,Motors,武汉市,SOMETIMES\n";
        String fixed = prefix + "3,武汉三号电机厂,Wuhan No.3 Motors,Motors,武汉市,ACTIVE\n";
        Path badFile = Files.createTempFile("customers-bad", ".csv");
        Path fixedFile = Files.createTempFile("customers-fixed", ".csv");
        Files.writeString(badFile, header + good1 + good2 + bad, StandardCharsets.UTF_8);
        Files.writeString(fixedFile, header + good1 + good2 + fixed, StandardCharsets.UTF_8);

        try (var b = browser("en")) {
            b.logInAs("sales");
            b.go("/customer/import.xhtml");
            b.driver()
                    .findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(badFile.toString());
            b.click(By.id("importForm:import"));
            String report = b.waitForText("Not imported");
            var problemRows = b.all(By.cssSelector("#importForm\\:problems_data tr"));
            assertEquals(1, problemRows.size(), "exactly the bad line is reported: " + report);
            assertTrue(
                    problemRows.get(0).getText().startsWith("4"),
                    "line 4 (header is line 1): " + problemRows.get(0).getText());
            b.screenshot("import-refused-en");
            assertEquals(0, customersMatching(b, prefix), "nothing of the refused file was stored");

            b.go("/customer/import.xhtml");
            b.driver()
                    .findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(fixedFile.toString());
            b.click(By.id("importForm:import"));
            b.waitForText("Imported");
            assertTrue(b.pageText().contains("3 created"), b.pageText());
            assertEquals(3, customersMatching(b, prefix), "the fixed file imported completely");

            b.go("/customer/import.xhtml");
            b.driver()
                    .findElement(By.cssSelector("#importForm input[type=file]"))
                    .sendKeys(fixedFile.toString());
            b.click(By.id("importForm:import"));
            b.waitForText("Imported");
            assertTrue(b.pageText().contains("0 created"), "importing again never duplicates: " + b.pageText());
            assertEquals(3, customersMatching(b, prefix));
        }
    }

    private static int customersMatching(Browser b, String codePrefix) {
        b.go("/customer/customers.xhtml");
        b.type(By.cssSelector("#listForm\\:customerTable\\:code input"), codePrefix);
        b.waitUntil(() -> b.all(By.cssSelector("#listForm\\:customerTable_data tr")).stream()
                .allMatch(r -> r.getText().startsWith(codePrefix) || r.getText().contains("No records found")));
        return (int) b.all(By.cssSelector("#listForm\\:customerTable_data tr")).stream()
                .filter(r -> r.getText().startsWith(codePrefix))
                .count();
    }

    /**
     * Twenty people logged in at once, opening a page at the same moment again and again, are never
     * refused a page their departments may open. With {@code @AutoApplySession} Payara 6 lost the
     * departments of some such requests and answered them 403: five of twenty people pressing
     * Register at once saw nothing happen (CF-03). The login is now kept in the session as the
     * caller's name and departments.
     */
    @Test
    @Order(9)
    void twentyPeopleOpeningPagesAtOnceAreNeverRefused() throws Exception {
        String base = RealWar.loopback(deployed);
        List<String> people = List.of("sales", "quality", "technical", "production", "finance", "office", "gm");
        int n = 20;
        int rounds = 5;
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sessions.add(loggedIn(base, people.get(i % people.size())));
        }
        var answers = new ConcurrentLinkedQueue<String>();
        var go = new CountDownLatch(1);
        ExecutorService everybody = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                HttpClient session = sessions.get(i);
                String who = people.get(i % people.size());
                done.add(everybody.submit(() -> {
                    go.await();
                    for (int round = 0; round < rounds; round++) {
                        var page = session.send(
                                HttpRequest.newBuilder(URI.create(base + "/index.xhtml"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        boolean theirs = page.body().contains("headerForm:logout");
                        answers.add(who + " " + page.statusCode() + (theirs ? "" : " not logged in"));
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var d : done) {
                d.get(3, TimeUnit.MINUTES);
            }
        } finally {
            everybody.shutdownNow();
        }
        assertEquals(n * rounds, answers.size());
        assertEquals(
                List.of(),
                answers.stream().filter(a -> !a.endsWith(" 200")).toList(),
                "every request of a logged-in person is answered with the page");
    }

    /** Logs in through the login page's Ajax post, as the browser does; answers that session's client. */
    private static HttpClient loggedIn(String base, String user) throws Exception {
        var client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(login);
        assertTrue(viewState.find(), "the login page has its view state");
        var fields = new LinkedHashMap<String, String>();
        fields.put("loginForm", "loginForm");
        fields.put("loginForm:username", user);
        fields.put("loginForm:password", Browser.DEMO_PASSWORD);
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        fields.put("jakarta.faces.source", "loginForm:submit");
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.partial.execute", "@all");
        fields.put("jakarta.faces.partial.render", "loginForm:messages");
        fields.put("loginForm:submit", "loginForm:submit");
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        var answer = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(answer.body().contains("<redirect"), user + " is logged in: " + answer.body());
        return client;
    }

    @Test
    @Order(99)
    void fiveWrongPasswordsLockTheAccountAndTheLoginPageSaysSo() {
        try (var b = browser("en")) {
            for (int i = 0; i < 5; i++) {
                b.logIn("service", "wrong-" + i);
            }
            b.waitForText("this account is locked until");
            b.logInAs("service");
            b.waitForText("this account is locked until");
            assertTrue(b.currentPath().startsWith("/login.xhtml"), "the right password does not open a locked account");
        }
    }
}
