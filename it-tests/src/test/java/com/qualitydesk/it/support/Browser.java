package com.qualitydesk.it.support;

import com.qualitydesk.platform.DemoData;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven as a person would: type, click, wait for the page. Where
 * Chromium is missing the browser tests are skipped with a loud line, except in CI, where a skipped
 * browser test is a failure. Whatever the Content-Security-Policy refuses on a page (a script, an
 * event handler, a style, a font) fails the test at the next page or click: a screen the policy
 * breaks is a broken screen.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    /** Where the browser saves what a page exports (qd.downloads, else the module's target/downloads). */
    public static final Path DOWNLOADS = Path.of(System.getProperty("qd.downloads", "target/downloads"))
            .toAbsolutePath()
            .normalize();

    private final WebDriver driver;
    private final String base;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser open(String base, String language) {
        requireChromium();
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1366,900",
                "--lang=" + (language.startsWith("zh") ? "zh-CN" : "en-US"));
        // an exported file lands in the build's folder, never in the home folder of whoever runs the tests
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory", DOWNLOADS.toString(), "download.prompt_for_download", false));
        var logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    static void requireChromium() {
        if (new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute()) {
            return;
        }
        String line = "BROWSER TESTS SKIPPED: Chromium or ChromeDriver is missing. Install them with: "
                + "apt-get install -y chromium chromium-driver";
        System.err.println("\n" + "!".repeat(line.length()) + "\n" + line + "\n" + "!".repeat(line.length()) + "\n");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(line + " (in CI a skipped browser test is a failure)");
        }
        Assumptions.abort(line);
    }

    public Browser go(String path) {
        // a server whose listener is not open yet refuses the connection: it is asked again for a
        // while; one that never opens fails the test with the browser's error
        for (int attempt = 1; ; attempt++) {
            try {
                driver.get(base + path);
                break;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt >= 30 || e.getMessage() == null || !e.getMessage().contains("ERR_CONNECTION_REFUSED")) {
                    throw e;
                }
                System.err.println("Connection refused at " + base + path + "; asking again (" + attempt + ")");
                if (attempt == 1 || attempt == 29) {
                    listeningServers();
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        waitForPage();
        return this;
    }

    /** Which Java processes listen on which ports: for whoever reads why a server refused. */
    private static void listeningServers() {
        try {
            var ss = new ProcessBuilder("ss", "-ltnp").redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            ss.waitFor();
            out.lines().filter(l -> l.contains("java")).forEach(l -> System.err.println("  listening: " + l));
        } catch (java.io.IOException e) {
            System.err.println("  (ss is not available: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The password of every demo account (sales, quality, technical, production, finance, office, gm, service). */
    public static final String DEMO_PASSWORD = DemoData.PASSWORD;

    /** Logs in as the person of a department in the demo data, by user name ("sales", "gm" …). */
    public Browser logInAs(String demoUser) {
        return logIn(demoUser, DEMO_PASSWORD);
    }

    /** Logs in as the installation's administrator, whose password the build sets. */
    public Browser logInAsAdmin() {
        return logIn("admin", System.getProperty("qd.admin.password"));
    }

    public Browser logIn(String username, String password) {
        go("/login.xhtml");
        type(By.id("loginForm:username"), username);
        type(By.id("loginForm:password"), password);
        click(By.id("loginForm:submit"));
        return this;
    }

    /**
     * Chooses the language in the header's switch ("EN" or "中文"): the choice stays on the
     * account, and other test classes choose too, so a test that reads words chooses first.
     */
    public Browser useLanguage(String label) {
        By wanted = By.xpath(
                "//div[@id='headerForm:language']//div[contains(@class,'ui-button')][.//span[text()='" + label + "']]");
        if (!find(wanted).getAttribute("class").contains("ui-state-active")) {
            click(wanted);
            waitForPage();
        }
        return this;
    }

    /** Logs out and waits until the login page is back. */
    public void logOut() {
        click(By.id("headerForm:logout"));
        wait.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
        find(By.id("loginForm:username"));
    }

    public Browser type(By field, String text) {
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(field));
        e.clear();
        e.sendKeys(text);
        return this;
    }

    /**
     * Clicks as a person would: once nothing moves on the page (a dialog that is still sliding in
     * would take the click elsewhere) and, where the sticky header or the window's edge hides it,
     * with the target scrolled into the middle of the window. A target in view is not scrolled: a
     * scroll closes an open overlay (an autocomplete's suggestions) before its item is clicked.
     */
    public Browser click(By target) {
        wait.until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.jQuery || jQuery(':animated').length === 0")));
        WebElement e = wait.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) driver).executeScript(INTO_VIEW, e);
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
        waitForPage();
        return this;
    }

    /** Scrolls an element to the middle of the window only where the header or the window's edge hides it. */
    static final String INTO_VIEW = "var r = arguments[0].getBoundingClientRect();"
            + " if (r.top < 72 || r.bottom > window.innerHeight - 8) arguments[0].scrollIntoView({block: 'center'});";

    public WebElement find(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    public List<WebElement> all(By target) {
        return driver.findElements(target);
    }

    public String text(By target) {
        return find(target).getText();
    }

    /**
     * Waits until the text appears anywhere on the page, and answers the page's text; a page
     * replaced meanwhile (a redirect after saving) is read again.
     */
    public String waitForText(String expected) {
        waitUntil(() -> driver.findElement(By.tagName("body")).getText().contains(expected));
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits for a condition on the page; a row replaced by an AJAX update meanwhile is read again. */
    public void waitUntil(java.util.function.BooleanSupplier condition) {
        try {
            wait.until(d -> {
                try {
                    return condition.getAsBoolean();
                } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // what the page showed instead, for whoever reads the failure
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /** Waits for the document and for PrimeFaces' ajax queue to be done. */
    public void waitForPage() {
        wait.until(d -> {
            var js = (JavascriptExecutor) d;
            Object ready = js.executeScript("return document.readyState === 'complete' && "
                    + "(!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()) && "
                    + "(!window.jQuery || jQuery.active === 0)");
            return Boolean.TRUE.equals(ready);
        });
        assertNoPolicyViolation();
    }

    /**
     * Fails with Chromium's own words when the Content-Security-Policy refused anything since the
     * last look: Chromium reports every refusal on the console.
     */
    public void assertNoPolicyViolation() {
        var refused = new StringBuilder();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) {
                refused.append("\n  ").append(entry.getMessage());
            }
        }
        if (!refused.isEmpty()) {
            Assertions.fail(
                    "The Content-Security-Policy refused something on " + driver.getCurrentUrl() + ":" + refused);
        }
    }

    public void screenshot(String name) {
        String folder = System.getProperty("qd.screenshots");
        if (folder == null) {
            return;
        }
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (Exception e) {
            System.err.println("Screenshot " + name + " failed: " + e);
        }
    }

    /**
     * Clicks a button that exports a file and answers the file once the browser has saved it whole;
     * an earlier file of the same name is removed first, so the one answered is this click's.
     */
    public Path download(By button, String fileName) {
        Path file = DOWNLOADS.resolve(fileName);
        try {
            Files.createDirectories(DOWNLOADS);
            Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        click(button);
        waitUntil(() -> Files.isRegularFile(file)
                && !Files.exists(DOWNLOADS.resolve(fileName + ".crdownload"))
                && file.toFile().length() > 0);
        return file;
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            assertNoPolicyViolation();
        } finally {
            driver.quit();
        }
    }
}
