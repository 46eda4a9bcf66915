package com.qualitydesk.feedback;

import com.qualitydesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * CF-12: the written reply to the customer, kept as a draft until SALES records when and how it
 * was sent; once sent it no longer changes.
 */
@Embeddable
public class CustomerReply {

    private static final Set<String> LANGUAGES = Set.of("en", "zh_CN");

    @Size(max = 8000, message = "{field.tooLong}")
    @Column(name = "reply_text", length = 8000)
    private String text;

    @Column(name = "reply_language", length = 8)
    private String language;

    @Column(name = "reply_sent_on")
    private LocalDate sentOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_channel", length = 16)
    private FeedbackChannel channel;

    @Column(name = "reply_sent_by", length = 64)
    private String sentBy;

    protected CustomerReply() {}

    CustomerReply draft(String text, String language) {
        if (isSent()) {
            throw new RuleViolation("feedback.reply.alreadySent");
        }
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("feedback.reply.language");
        }
        var next = new CustomerReply();
        next.text = Text.strippedOrNull(text);
        next.language = language;
        return next;
    }

    CustomerReply sent(LocalDate on, FeedbackChannel by, String who, LocalDate today) {
        if (text == null) {
            throw new RuleViolation("feedback.reply.textRequired");
        }
        if (on.isAfter(today)) {
            throw new RuleViolation("feedback.reply.sentInFuture");
        }
        var next = new CustomerReply();
        next.text = text;
        next.language = language;
        next.sentOn = on;
        next.channel = by;
        next.sentBy = who;
        return next;
    }

    public boolean isSent() {
        return sentOn != null;
    }

    public String getText() {
        return text;
    }

    public String getLanguage() {
        return language;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public String getSentBy() {
        return sentBy;
    }
}
