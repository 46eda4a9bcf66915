package com.qualitydesk.survey;

import com.qualitydesk.customer.Customer;
import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** SALES contacting a customer who has not answered yet (CS-05). */
@Entity
@Table(name = "survey_follow_up")
public class FollowUpCall extends EditableEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false)
    private SurveyCampaign campaign;

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotBlank(message = "{survey.followUp.note.required}")
    @Size(max = 1000, message = "{field.tooLong}")
    @Column(nullable = false, length = 1000)
    private String note;

    @Column(name = "called_at", nullable = false)
    private Instant calledAt;

    @Column(name = "called_by", nullable = false, length = 100)
    private String calledBy;

    public FollowUpCall() {}

    public FollowUpCall(SurveyCampaign campaign, Customer customer, String note, Instant calledAt, String calledBy) {
        this.campaign = campaign;
        this.customer = customer;
        this.note = note == null ? null : note.strip();
        this.calledAt = calledAt;
        this.calledBy = calledBy;
    }

    public SurveyCampaign getCampaign() {
        return campaign;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getNote() {
        return note;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public String getCalledBy() {
        return calledBy;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("campaign", campaign == null ? null : campaign.getName());
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("note", note);
        m.put("calledAt", calledAt);
        m.put("calledBy", calledBy);
        return m;
    }
}
