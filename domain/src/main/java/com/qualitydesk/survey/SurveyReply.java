package com.qualitydesk.survey;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recipient's answers to a campaign (CS-04). Saved as a draft until submitted; submitted once.
 * Replies from paper, fax and visits are entered by SALES with the same answers.
 */
@Entity
@Table(name = "survey_reply")
public class SurveyReply extends EditableEntity {

    @OneToOne(optional = false)
    @JoinColumn(name = "invitation_id", nullable = false, unique = true)
    private Invitation invitation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReplyChannel channel = ReplyChannel.ONLINE;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(length = 4000)
    private String comment;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** The staff member who entered a paper reply; null for online replies. */
    @Column(name = "entered_by", length = 100)
    private String enteredBy;

    /** SALES read a complaint in the comments (CS-07). */
    @Column(nullable = false)
    private boolean flagged;

    /** Dissatisfaction waits for SALES to open the actions: a customer online cannot (CS-07). */
    @Column(name = "actions_pending", nullable = false)
    private boolean actionsPending;

    /** CS-06: when and how the customer was thanked. */
    @Column(name = "thanked_at")
    private Instant thankedAt;

    @Column(name = "thanked_by", length = 16)
    private String thankedBy;

    @OneToMany(mappedBy = "reply", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<SurveyAnswer> answers = new ArrayList<>();

    public SurveyReply() {}

    public SurveyReply(Invitation invitation, Instant savedAt) {
        this.invitation = invitation;
        this.savedAt = savedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** Sets a score (1..5) or "not applicable" (null) and a comment for one item. */
    public void answer(QuestionnaireItem item, Integer score, String itemComment) {
        if (score != null && (score < 1 || score > 5)) {
            throw new IllegalArgumentException("a score is 1 to 5");
        }
        SurveyAnswer answer = answerTo(item).orElseGet(() -> {
            var a = new SurveyAnswer(this, item);
            answers.add(a);
            return a;
        });
        answer.setScore(score);
        answer.setComment(itemComment == null || itemComment.isBlank() ? null : itemComment.strip());
    }

    public Optional<SurveyAnswer> answerTo(QuestionnaireItem item) {
        return answers.stream()
                .filter(a -> a.getItem().getId().equals(item.getId()))
                .findFirst();
    }

    public void submit(Instant at) {
        submittedAt = at;
        invitation.repliedAt(at);
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public ReplyChannel getChannel() {
        return channel;
    }

    public void setChannel(ReplyChannel channel) {
        this.channel = channel;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public void setSavedAt(Instant savedAt) {
        this.savedAt = savedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public void setEnteredBy(String enteredBy) {
        this.enteredBy = enteredBy;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public void setFlagged(boolean flagged) {
        this.flagged = flagged;
    }

    public boolean isActionsPending() {
        return actionsPending;
    }

    public void setActionsPending(boolean actionsPending) {
        this.actionsPending = actionsPending;
    }

    public Instant getThankedAt() {
        return thankedAt;
    }

    public String getThankedBy() {
        return thankedBy;
    }

    public void thanked(Instant at, String how) {
        this.thankedAt = at;
        this.thankedBy = how;
    }

    public List<SurveyAnswer> getAnswers() {
        return answers;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("invitation", invitation == null ? null : invitation.getReplyCode());
        m.put("channel", channel);
        m.put("comment", comment);
        m.put("submittedAt", submittedAt);
        m.put("enteredBy", enteredBy);
        m.put("flagged", flagged);
        m.put("thankedAt", thankedAt);
        m.put(
                "answers",
                answers.stream()
                        .map(a -> a.getItem().getPosition() + "=" + (a.getScore() == null ? "n/a" : a.getScore()))
                        .toList()
                        .toString());
        return m;
    }
}
