package com.qualitydesk.survey.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one recipient's paper questionnaire says (CS-04), mapped from the invitation by the caller.
 * The questions and scale labels are given in the questionnaire's language already.
 *
 * @param language the contact's language; Chinese locales print in Simplified Chinese, all others
 *     in English
 * @param campaignName the campaign, e.g. "2026 Q3"
 * @param periodStart first day of the period the survey asks about
 * @param periodEnd last day of that period
 * @param customerName the customer company, in the questionnaire's language where it has one
 * @param contactName the person asked, or blank
 * @param replyCode the invitation's short code, by which SALES finds it when the answers come back
 * @param deadline the last day to reply
 * @param items the questions of the campaign's questionnaire version, in order
 * @param scale the labels of the scores 1 to 5
 * @param yearEndLetter the year-end satisfaction letter (CS-01, seed 002) rather than a cycle's
 *     survey: the sheet is headed and introduced as that letter, thanking for the year
 */
public record QuestionnaireContent(
        Locale language,
        String campaignName,
        LocalDate periodStart,
        LocalDate periodEnd,
        String customerName,
        String contactName,
        String replyCode,
        LocalDate deadline,
        List<String> items,
        List<String> scale,
        boolean yearEndLetter) {

    /** A cycle's questionnaire. */
    public QuestionnaireContent(
            Locale language,
            String campaignName,
            LocalDate periodStart,
            LocalDate periodEnd,
            String customerName,
            String contactName,
            String replyCode,
            LocalDate deadline,
            List<String> items,
            List<String> scale) {
        this(
                language,
                campaignName,
                periodStart,
                periodEnd,
                customerName,
                contactName,
                replyCode,
                deadline,
                items,
                scale,
                false);
    }

    public QuestionnaireContent {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(replyCode, "replyCode");
        items = List.copyOf(items);
        scale = List.copyOf(scale);
        if (scale.size() != 5) {
            throw new IllegalArgumentException("A questionnaire scores 1 to 5: " + scale);
        }
    }
}
