package com.qualitydesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void withoutAHostNothingIsConfiguredAndNoSessionIsBuilt() {
        for (String host : new String[] {null, "", "   "}) {
            var settings = new SmtpSettings(host, 25, null, null, null, false);
            assertFalse(settings.isConfigured());
            assertTrue(settings.properties().isEmpty());
            assertTrue(settings.host().isEmpty());
            assertEquals("not configured", settings.toString());
            assertThrows(IllegalStateException.class, settings::session);
        }
    }

    @Test
    void aHostAloneGivesPlainSmtpOnTheDefaults() {
        var settings = new SmtpSettings(" smtp.example.com ", 0, " ", null, "", false);
        assertTrue(settings.isConfigured());
        var props = settings.properties();
        assertEquals("smtp.example.com", props.getProperty("mail.smtp.host"));
        assertEquals("25", props.getProperty("mail.smtp.port"));
        assertEquals(SmtpSettings.DEFAULT_FROM, settings.from());
        assertEquals(SmtpSettings.DEFAULT_FROM, props.getProperty("mail.smtp.from"));
        assertEquals("false", props.getProperty("mail.smtp.auth"));
        assertNull(props.getProperty("mail.smtp.starttls.enable"));
        assertEquals(String.valueOf(SmtpSettings.TIMEOUT_MILLIS), props.getProperty("mail.smtp.connectiontimeout"));
        assertEquals(String.valueOf(SmtpSettings.TIMEOUT_MILLIS), props.getProperty("mail.smtp.timeout"));
        assertTrue(settings.authenticator().isEmpty());
    }

    @Test
    void aUserLogsInAndStarttlsIsRequiredWhenAsked() {
        var settings = new SmtpSettings("mail.example.cn", 587, "qd", "s3cret", "qd@example.cn", true);
        var props = settings.properties();
        assertEquals("587", props.getProperty("mail.smtp.port"));
        assertEquals("true", props.getProperty("mail.smtp.auth"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.required"));
        assertEquals("qd@example.cn", props.getProperty("mail.smtp.from"));
        assertTrue(settings.authenticator().isPresent());
        assertFalse(props.containsValue("s3cret"), "the password is not a session property");
        assertFalse(settings.toString().contains("s3cret"));
        assertEquals("mail.example.cn:587 as qd (STARTTLS)", settings.toString());
    }
}
