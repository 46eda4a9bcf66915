package com.qualitydesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A day named in a message reads as the reader writes days, in English and in Chinese (CF-02). */
class UserMessagesTest {

    static final LocalDate FIRST_DELIVERY = LocalDate.of(2026, 11, 10);

    @Test
    void aDayInAMessageIsWrittenTheEnglishWay() {
        assertEquals(
                "The time received cannot be before the customer's first delivery (Nov 10, 2026).",
                UserMessages.format(Locale.ENGLISH, "feedback.receivedAt.beforeFirstDelivery", FIRST_DELIVERY));
    }

    @Test
    void aDayInAMessageIsWrittenTheChineseWay() {
        assertEquals(
                "接收时间不能早于该客户的首次交货日期（2026年11月10日）。",
                UserMessages.format(
                        Locale.SIMPLIFIED_CHINESE, "feedback.receivedAt.beforeFirstDelivery", FIRST_DELIVERY));
    }
}
