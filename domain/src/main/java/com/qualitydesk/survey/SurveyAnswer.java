package com.qualitydesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The score of one item in a reply: 1..5, or null for "not applicable" (CS-03). */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "reply_id", nullable = false)
    private SurveyReply reply;

    @ManyToOne(optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private QuestionnaireItem item;

    @Column
    private Integer score;

    @Column(length = 2000)
    private String comment;

    public SurveyAnswer() {}

    SurveyAnswer(SurveyReply reply, QuestionnaireItem item) {
        this.reply = reply;
        this.item = item;
    }

    public Long getId() {
        return id;
    }

    public SurveyReply getReply() {
        return reply;
    }

    public QuestionnaireItem getItem() {
        return item;
    }

    public Integer getScore() {
        return score;
    }

    void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    void setComment(String comment) {
        this.comment = comment;
    }
}
