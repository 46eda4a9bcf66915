package com.qualitydesk.survey;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the public reply page shows for a valid token (CS-04): the campaign, whom it asks, the
 * questions, and the answers saved so far. Nothing else about the customer leaves the server.
 */
public record ReplyForm(
        String campaign,
        String customer,
        String contact,
        String language,
        LocalDate deadline,
        List<Question> questions,
        String scaleEn,
        String scaleZh,
        Map<Long, Integer> scores,
        Map<Long, String> comments,
        String comment,
        String customerZh,
        String customerEn)
        implements Serializable {

    /** The customer's name for the page's language, which the reader may have switched. */
    public String customerIn(String language) {
        return language != null && language.startsWith("zh") ? customerZh : customerEn;
    }

    public record Question(long itemId, int position, String textEn, String textZh) implements Serializable {
        public String text(String language) {
            return "en".equals(language) ? textEn : textZh;
        }
    }

    /** The answers a person gives: score per item (null: not applicable), comments. */
    public record Answers(Map<Long, Integer> scores, Map<Long, String> comments, String comment)
            implements Serializable {}
}
