package com.qualitydesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.it.support.Browser;
import com.qualitydesk.it.support.RealWar;
import java.net.URL;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
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

    private static final String DEMO_PASSWORD = "demo-2026";

    private static final Set<String> MASTER_DATA = Set.of(
            "menu.home", "menu.customers", "menu.contacts", "menu.contracts", "menu.products", "menu.deliveries");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return RealWar.get();
    }

    @ArquillianResource
    URL deployed;

    private Browser browser(String language) {
        return Browser.open(RealWar.loopback(deployed), language);
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
                "sales", with("menu.import"),
                "quality", with(),
                "technical", with(),
                "production", with(),
                "finance", with(),
                "office", with("menu.calendar"),
                "gm", with(),
                "service", with());
        try (var b = browser("en")) {
            expected.forEach((user, menu) -> {
                b.logIn(user, DEMO_PASSWORD);
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
            b.logIn("admin", System.getProperty("qd.admin.password"));
            Set<String> shown = b.all(By.cssSelector("#mainMenu [data-menu]")).stream()
                    .map(e -> e.getAttribute("data-menu"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(with("menu.import", "menu.calendar", "menu.settings", "menu.users"), shown);
            b.screenshot("home-admin-en");
            b.logOut();

            b.logIn("quality", DEMO_PASSWORD);
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
            b.logIn("sales", DEMO_PASSWORD);
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
            b.logIn("sales", DEMO_PASSWORD);
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
            b.logIn("technical", DEMO_PASSWORD);
            b.go("/customer/customers.xhtml");
            assertTrue(b.pageText().contains("Customers"));
            b.click(By.xpath("//div[@id='headerForm:language']//*[contains(text(),'中文')]"));
            String text = b.waitForText("客户编码");
            assertTrue(text.contains("基础数据"), "menu group in Chinese");
            assertTrue(text.contains("退出"), "logout in Chinese");
            assertFalse(text.contains("Master data"));
            b.screenshot("customers-zh");
            b.logOut();

            b.logIn("technical", DEMO_PASSWORD);
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
            b.logIn("finance", DEMO_PASSWORD);
            b.waitForText("Welcome");
            String after = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertFalse(before.equals(after), "a session id known before the login is worthless after it");
            b.logOut();
            b.go("/customer/customers.xhtml");
            assertTrue(b.currentPath().startsWith("/login.xhtml"), "after logout the pages ask for a login again");
        }
    }

    @Test
    @Order(99)
    void fiveWrongPasswordsLockTheAccountAndTheLoginPageSaysSo() {
        try (var b = browser("en")) {
            for (int i = 0; i < 5; i++) {
                b.logIn("service", "wrong-" + i);
            }
            b.waitForText("this account is locked until");
            b.logIn("service", DEMO_PASSWORD);
            b.waitForText("this account is locked until");
            assertTrue(b.currentPath().startsWith("/login.xhtml"), "the right password does not open a locked account");
        }
    }
}
