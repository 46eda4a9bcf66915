package com.qualitydesk.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.shared.RuleViolation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void theLanguageIsTheFirstOfAcceptLanguageThatQualityDeskSpeaks() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, Problems.locale("zh-CN,zh;q=0.9,en;q=0.8"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Problems.locale("fr-FR, zh;q=0.5"));
        assertEquals(Locale.SIMPLIFIED_CHINESE, Problems.locale("en;q=0.3, zh-TW"));
        assertEquals(Locale.ENGLISH, Problems.locale("en-US,zh;q=0.9"));
        assertEquals(Locale.ENGLISH, Problems.locale((String) null));
        assertEquals(Locale.ENGLISH, Problems.locale("fr"));
        assertEquals(Locale.ENGLISH, Problems.locale(";;q=x,,"));
    }

    @Test
    void aRuleOfAServiceAnswersWithTheStatusItMeans() {
        assertEquals(429, Problems.ofRule(new RuleViolation("intake.tooMany")).status());
        assertEquals(
                "3600",
                Problems.ofRule(new RuleViolation("intake.tooMany")).headers().get("Retry-After"));
        assertEquals(
                403,
                Problems.ofRule(new RuleViolation("import.kind.forbidden", "PRODUCTS"))
                        .status());
        assertEquals(
                413,
                Problems.ofRule(new RuleViolation("attachment.tooLarge", "a.png", 10))
                        .status());
        assertEquals(
                422,
                Problems.ofRule(new RuleViolation("attachment.type.refused", "a.exe", "PDF"))
                        .status());
    }

    @Test
    void onlyPathsUnderApiAreTheApis() {
        assertTrue(Problems.isApi("/api", ""));
        assertTrue(Problems.isApi("/qd/api/customers", "/qd"));
        assertFalse(Problems.isApi("/apis", ""));
        assertFalse(Problems.isApi("/public/feedback.xhtml", ""));
    }
}
