package com.qualitydesk.survey;

import java.io.Serializable;
import java.time.Duration;

/**
 * What the public reply page may show for a questionnaire link opened from a network address
 * (CS-04): the questionnaire, that it was submitted already, that the link is of no use, or, once
 * the address opened too many unusable links within its hour (CS04_BAD_LINKS_PER_HOUR), only how
 * long to wait.
 *
 * @param form the questionnaire, only for {@link Outcome#FORM}
 * @param retryAfter how long to wait, only for {@link Outcome#TOO_MANY}
 */
public record LinkOpening(Outcome outcome, ReplyForm form, Duration retryAfter) implements Serializable {

    public enum Outcome {
        FORM,
        SUBMITTED,
        UNUSABLE,
        TOO_MANY
    }

    static LinkOpening of(ReplyForm form) {
        return new LinkOpening(Outcome.FORM, form, null);
    }

    static LinkOpening of(Outcome outcome) {
        return new LinkOpening(outcome, null, null);
    }

    static LinkOpening tooMany(Duration wait) {
        return new LinkOpening(Outcome.TOO_MANY, null, wait == null ? Duration.ofSeconds(1) : wait);
    }
}
