package com.qualitydesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MailDeliveryTest {

    @Test
    void theErrorNamesTheCauses() {
        var error = new RuntimeException("Could not connect to SMTP host", new java.net.ConnectException("refused"));
        assertEquals("Could not connect to SMTP host / refused", MailDelivery.describe(error));
        assertEquals("IllegalStateException", MailDelivery.describe(new IllegalStateException()));
    }
}
