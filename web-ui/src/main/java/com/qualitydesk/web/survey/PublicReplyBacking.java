package com.qualitydesk.web.survey;

import com.qualitydesk.survey.LinkOpening;
import com.qualitydesk.survey.ReplyForm;
import com.qualitydesk.survey.SurveyReplies;
import com.qualitydesk.web.shared.TooManyRequests;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * public/survey/reply.xhtml: the customer's questionnaire behind the e-mailed link, without an
 * account (CS-04): in the contact's language with a switch, saved and finished later, submitted
 * once, thanked (CS-06). Any token that cannot be used gets the same page, revealing nothing, and
 * counts against the visitor's address: after CS04_BAD_LINKS_PER_HOUR of them within an hour the
 * address gets status 429 and a page that says how long to wait, not the form.
 */
@Named
@ViewScoped
public class PublicReplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String NOT_APPLICABLE = "NA";

    public enum State {
        FORM,
        THANKS,
        /** The questionnaire behind the link was submitted already. */
        USED,
        UNUSABLE,
        /** The address opened too many unusable links within its hour: no link is looked up. */
        TOO_MANY
    }

    @Inject
    SurveyReplies replies;

    @Inject
    ReplyLanguage replyLanguage;

    private String token;
    private State state = State.UNUSABLE;
    private ReplyForm form;
    private final Map<Long, String> scores = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();
    private String comment;
    private Duration wait;
    private boolean opened;

    public void load() {
        if (opened) {
            return;
        }
        opened = true;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String address = ((HttpServletRequest) external.getRequest()).getRemoteAddr();
        LinkOpening opening = replies.openFrom(token, address);
        switch (opening.outcome()) {
            case TOO_MANY -> {
                state = State.TOO_MANY;
                wait = opening.retryAfter();
                TooManyRequests.answer(external, wait);
                return;
            }
            case SUBMITTED -> {
                state = State.USED;
                return;
            }
            case UNUSABLE -> {
                state = State.UNUSABLE;
                return;
            }
            case FORM -> form = opening.form();
        }
        state = State.FORM;
        replyLanguage.setLanguage(form.language());
        form.scores().forEach((item, score) -> scores.put(item, score == null ? NOT_APPLICABLE : score.toString()));
        comments.putAll(form.comments());
        comment = form.comment();
    }

    public void save() {
        if (replies.save(token, answers())) {
            message(FacesMessage.SEVERITY_INFO, "survey.public.saved");
        } else {
            state = State.UNUSABLE;
        }
    }

    public void submit() {
        List<ReplyForm.Question> unanswered = form.questions().stream()
                .filter(q -> scores.get(q.itemId()) == null)
                .toList();
        if (!unanswered.isEmpty()) {
            message(
                    FacesMessage.SEVERITY_WARN,
                    "survey.public.unanswered",
                    unanswered.get(0).position());
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        state = replies.submit(token, answers())
                ? State.THANKS
                : replies.alreadySubmitted(token) ? State.USED : State.UNUSABLE;
    }

    public void switchLanguage(String to) {
        replyLanguage.setLanguage(to);
    }

    private ReplyForm.Answers answers() {
        var numeric = new HashMap<Long, Integer>();
        scores.forEach((item, value) -> {
            if (value != null && !NOT_APPLICABLE.equals(value)) {
                numeric.put(item, Integer.valueOf(value));
            }
        });
        return new ReplyForm.Answers(numeric, new HashMap<>(comments), comment);
    }

    private void message(FacesMessage.Severity severity, String key, Object... args) {
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(severity, UserMessages.format(getLocale(), key, args), null));
    }

    public Locale getLocale() {
        return replyLanguage.getLocale();
    }

    /** A text in a given language: the unusable-link page speaks both, knowing nobody's. */
    public String textIn(String key, String in) {
        return UserMessages.format("en".equals(in) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, key);
    }

    /** How long to wait, in a given language, on the page for too many attempts. */
    public String tooManyIn(String in) {
        return UserMessages.format(
                "en".equals(in) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE,
                "survey.public.tooMany.text",
                wait == null ? 1 : TooManyRequests.minutes(wait));
    }

    /** The label of score 1..5 in the page's language. */
    public String scaleLabel(int score) {
        String[] labels = ("en".equals(getLanguage()) ? form.scaleEn() : form.scaleZh()).split("\\|");
        return score >= 1 && score <= labels.length ? labels[score - 1] : "";
    }

    public String getToken() {
        return token;
    }

    /** The link the page was opened with; a postback cannot swap it for another one to try. */
    public void setToken(String token) {
        if (!opened) {
            this.token = token;
        }
    }

    public String getLanguage() {
        return replyLanguage.getLanguage();
    }

    public State getState() {
        return state;
    }

    public ReplyForm getForm() {
        return form;
    }

    public Map<Long, String> getScores() {
        return scores;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
