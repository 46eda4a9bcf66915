package com.qualitydesk.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The PrimeFaces inputs that typing alone does not fill: choices, autocompletes, check boxes, and
 * number and date fields that take their value when left.
 */
public final class PrimeFaces {

    private PrimeFaces() {}

    /** Opens a PrimeFaces choice and picks the label; a click during the opening animation is repeated. */
    public static void select(Browser b, String id, String label) {
        if (b.text(By.id(id + "_label")).trim().equals(label)) {
            return;
        }
        By panel = By.id(id + "_panel");
        By item = By.cssSelector("[id='" + id + "_panel'] li[data-label='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            if (!b.driver().findElement(panel).isDisplayed()) {
                b.click(By.id(id));
            }
            b.find(item);
            pause(300);
            b.driver().findElement(item).click();
            try {
                new WebDriverWait(b.driver(), Duration.ofSeconds(5))
                        .until(ExpectedConditions.invisibilityOfElementLocated(panel));
                break;
            } catch (TimeoutException stillOpen) {
                if (attempt == 3) {
                    throw stillOpen;
                }
            }
        }
        b.waitForPage();
        assertEquals(label, b.text(By.id(id + "_label")).trim(), "chosen in " + id);
    }

    /** Types into a PrimeFaces autocomplete and takes the first suggestion. */
    public static void autocomplete(Browser b, String id, String text) {
        b.type(By.id(id + "_input"), text);
        By first = By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item");
        b.find(first);
        pause(300);
        b.click(first);
        new WebDriverWait(b.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        b.waitForPage();
    }

    /** Numbers and dates: PrimeFaces keeps its own value until the field is left. */
    public static void enter(Browser b, By field, String text) {
        WebElement e = b.find(field);
        // in the middle of the window: at its top the sticky header would take the click
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(Browser.INTO_VIEW, e);
        e.click();
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.TAB);
        b.waitForPage();
    }

    /** Ticks (or unticks) a PrimeFaces check box. */
    public static void check(Browser b, String id) {
        b.click(By.cssSelector("[id='" + id + "'] .ui-chkbox-box"));
    }

    /** Lets an opening animation end. */
    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
