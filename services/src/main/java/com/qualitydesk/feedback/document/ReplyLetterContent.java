package com.qualitydesk.feedback.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the written reply to a customer says (CF-12), mapped from the feedback record by the
 * caller. Every text is printed as given, in the letter's language.
 *
 * @param language the contact's language; Chinese locales print in Simplified Chinese, all others
 *     in English
 * @param feedbackNumber our reference, e.g. "FB-2026-0042"
 * @param date the letter's date
 * @param customerName the customer company
 * @param contactName the person addressed, or blank to address the customer in general
 * @param subject what the feedback was about, e.g. product and lot
 * @param customerStatement what the customer told us
 * @param cause the cause found by the analysis (CF-04)
 * @param actions the actions taken, one sentence each (CF-10)
 * @param bodyText the letter's text as SALES edited it; blank prints {@link
 *     ReplyLetter#defaultBody(ReplyLetterContent)}
 * @param signedBy who signs the letter
 */
public record ReplyLetterContent(
        Locale language,
        String feedbackNumber,
        LocalDate date,
        String customerName,
        String contactName,
        String subject,
        String customerStatement,
        String cause,
        List<String> actions,
        String bodyText,
        String signedBy) {

    public ReplyLetterContent {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(feedbackNumber, "feedbackNumber");
        Objects.requireNonNull(date, "date");
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** The same letter with the text SALES edited. */
    public ReplyLetterContent withBodyText(String text) {
        return new ReplyLetterContent(
                language,
                feedbackNumber,
                date,
                customerName,
                contactName,
                subject,
                customerStatement,
                cause,
                actions,
                text,
                signedBy);
    }
}
