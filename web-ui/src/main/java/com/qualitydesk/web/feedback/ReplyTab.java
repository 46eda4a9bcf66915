package com.qualitydesk.web.feedback;

import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackStep;
import com.qualitydesk.feedback.WrittenReply;
import com.qualitydesk.feedback.document.FeedbackDocuments;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The case's reply tab (CF-12): SALES writes the letter, which starts from the template of cause
 * and actions in the customer's language, and records when and how it was sent.
 */
@Named
@ViewScoped
public class ReplyTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    WrittenReply reply;

    @Inject
    FeedbackDocuments documents;

    private String text;
    private String language;
    private LocalDate sentOn;
    private FeedbackChannel channel = FeedbackChannel.EMAIL;

    @PostConstruct
    void fill() {
        Feedback f = page.getFeedback();
        if (f == null) {
            return;
        }
        var letter = f.getReply();
        language = letter.getLanguage() != null
                ? letter.getLanguage()
                : f.getContact() != null && f.getContact().getLanguage() != null
                        ? f.getContact().getLanguage()
                        : page.getLanguage();
        text = letter.getText() != null ? letter.getText() : prefill(language);
        sentOn = letter.getSentOn() != null ? letter.getSentOn() : page.getToday();
        if (letter.getChannel() != null) {
            channel = letter.getChannel();
        }
    }

    void reloaded(@Observes(notifyObserver = Reception.IF_EXISTS) CaseReloaded event) {
        fill();
    }

    /** CF-12: the reply starts from the template of the letter: cause and actions, in its language. */
    String prefill(String language) {
        return page.getFeedback().isRegistered() ? documents.replyTemplate(page.getId(), language) : "";
    }

    public void languageChanged() {
        if (page.getFeedback().getReply().getText() == null) {
            text = prefill(language);
        }
    }

    public void refill() {
        text = prefill(language);
    }

    public void saveDraft() {
        page.act(() -> reply.saveDraft(page.getId(), text, language), "feedback.reply.saved");
    }

    public void recordSent() {
        page.act(
                () -> {
                    reply.saveDraft(page.getId(), text, language);
                    reply.recordSent(page.getId(), sentOn, channel);
                },
                "feedback.reply.sent");
    }

    public boolean isCanReply() {
        return page.may(FeedbackStep.REPLY);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null || language.isBlank() ? page.getLanguage() : language;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public void setChannel(FeedbackChannel channel) {
        this.channel = channel;
    }
}
