package com.qualitydesk.survey.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What the thank-you letter for a survey reply says (CS-06), for a customer we cannot thank by
 * e-mail.
 *
 * @param language the contact's language; Chinese locales print in Simplified Chinese, all others
 *     in English
 * @param replyCode the invitation's reply code, our reference
 * @param date the letter's date
 * @param customerName the customer company
 * @param contactName the person thanked, or blank to address the customer in general
 * @param campaignName the campaign replied to
 * @param receivedOn the day the reply was entered
 */
public record ThankYouLetterContent(
        Locale language,
        String replyCode,
        LocalDate date,
        String customerName,
        String contactName,
        String campaignName,
        LocalDate receivedOn) {

    public ThankYouLetterContent {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(campaignName, "campaignName");
    }
}
