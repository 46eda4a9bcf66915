package com.qualitydesk.survey;

import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.SurveyChannel;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A recipient's invitation to one campaign (CS-02, CS-04): one per contact and campaign, which the
 * database enforces so that a restarted dispatch cannot invite twice. Only the token's hash is
 * stored; the token itself exists in the message sent and nowhere else.
 */
@Entity
@Table(name = "survey_invitation", uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "contact_id"}))
public class Invitation extends EditableEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private SurveyCampaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "contact_id", nullable = false)
    private Contact contact;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SurveyChannel channel;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "reply_code", nullable = false, unique = true, length = 16)
    private String replyCode;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminder_at")
    private Instant lastReminderAt;

    /** Set when the reply was submitted: coverage counts these (CS-05). */
    @Column(name = "replied_at")
    private Instant repliedAt;

    public Invitation() {}

    public Invitation(
            SurveyCampaign campaign, Contact contact, InvitationToken token, String replyCode, Instant invitedAt) {
        this.campaign = campaign;
        this.contact = contact;
        this.customer = contact.getCustomer();
        this.channel = contact.getSurveyChannel();
        this.language = contact.getLanguage();
        this.tokenHash = token.hash();
        this.expiresAt = token.expiresAt();
        this.replyCode = replyCode;
        this.invitedAt = invitedAt;
    }

    public boolean isReplied() {
        return repliedAt != null;
    }

    /** A link can be used while it has not expired and no reply was submitted (CS-04). */
    public boolean isOpenAt(Instant now) {
        return !isReplied() && now.isBefore(expiresAt);
    }

    public void remindedAt(Instant at) {
        remindersSent++;
        lastReminderAt = at;
    }

    public void repliedAt(Instant at) {
        repliedAt = at;
    }

    public SurveyCampaign getCampaign() {
        return campaign;
    }

    public Contact getContact() {
        return contact;
    }

    public Customer getCustomer() {
        return customer;
    }

    public SurveyChannel getChannel() {
        return channel;
    }

    public String getLanguage() {
        return language;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public String getReplyCode() {
        return replyCode;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Instant getLastReminderAt() {
        return lastReminderAt;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("campaign", campaign == null ? null : campaign.getName());
        m.put("contact", contact == null ? null : contact.getName());
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("channel", channel);
        m.put("replyCode", replyCode);
        m.put("expiresAt", expiresAt);
        m.put("remindersSent", remindersSent);
        m.put("repliedAt", repliedAt);
        return m;
    }
}
