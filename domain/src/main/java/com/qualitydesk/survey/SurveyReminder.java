package com.qualitydesk.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One reminder round sent to a recipient who has not answered (CS-05). It carries its own link
 * token (hashed), because the first token exists only in the first message; the first link keeps
 * working beside it. One round per invitation is stored once, so it is never sent twice.
 */
@Entity
@Table(name = "survey_reminder", uniqueConstraints = @UniqueConstraint(columnNames = {"invitation_id", "round"}))
public class SurveyReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "invitation_id", nullable = false)
    private Invitation invitation;

    @Column(nullable = false)
    private int round;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    public SurveyReminder() {}

    public SurveyReminder(Invitation invitation, int round, InvitationToken token, Instant sentAt) {
        this.invitation = invitation;
        this.round = round;
        this.tokenHash = token.hash();
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Invitation getInvitation() {
        return invitation;
    }

    public int getRound() {
        return round;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
