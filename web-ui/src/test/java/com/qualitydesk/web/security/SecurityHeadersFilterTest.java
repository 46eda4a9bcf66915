package com.qualitydesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one Content-Security-Policy of the application, and how PrimeFaces' nonce gets into it. */
class SecurityHeadersFilterTest {

    @Test
    void thePageNonceOfPrimeFacesEntersTheApplicationsPolicy() {
        String rendered = "script-src 'self' 'nonce-ZTk1OGRlZmQtZGYzNC00YmNkLWFiZWQtYzU1NGI5NmJjMDU5';";
        String policy = SecurityHeadersFilter.withNonceOf(rendered, "'none'");
        assertTrue(
                policy.contains("script-src 'self' 'nonce-ZTk1OGRlZmQtZGYzNC00YmNkLWFiZWQtYzU1NGI5NmJjMDU5';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
    }

    @Test
    void aPolicyWithoutNonceIsAServletsOwnAndStaysAsItIs() {
        assertEquals(
                "default-src 'none'; sandbox",
                SecurityHeadersFilter.withNonceOf("default-src 'none'; sandbox", "'none'"),
                "the attachment download's sandbox is stricter than the pages' policy");
    }

    @Test
    void scriptsRunFromTheApplicationOrWithTheNonceOnly() {
        String policy = SecurityHeadersFilter.policy(null);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertFalse(policy.replaceAll("style-src [^;]*;", "").contains("unsafe-inline"), "only styles may be inline");
    }

    @Test
    void onlyAnOriginMayFrameThePublicFeedbackPage_CC02() {
        assertEquals(Optional.of("https://www.example.com"), SecurityHeadersFilter.origin("https://www.example.com/"));
        assertEquals(
                Optional.of("http://intranet.example.cn:8081"),
                SecurityHeadersFilter.origin("http://intranet.example.cn:8081"));
        assertEquals(Optional.empty(), SecurityHeadersFilter.origin(null));
        assertEquals(Optional.empty(), SecurityHeadersFilter.origin("*"));
        assertEquals(Optional.empty(), SecurityHeadersFilter.origin("https://a.example; script-src *"));
        assertEquals(Optional.empty(), SecurityHeadersFilter.origin("https://www.example.com/feedback"));
    }

    @Test
    void staticFilesAreKnownByTheirPath() {
        assertTrue(SecurityHeadersFilter.isStatic("/jakarta.faces.resource/core.js.xhtml"));
        assertTrue(SecurityHeadersFilter.isStatic("/resources/qd/samples/customers.csv"));
        assertFalse(SecurityHeadersFilter.isStatic("/public/feedback.xhtml"));
    }
}
