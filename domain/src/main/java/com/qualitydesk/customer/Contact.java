package com.qualitydesk.customer;

import com.qualitydesk.shared.EditableEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of the "responsible personnel of relevant units" at a customer (CC-01): the people who
 * receive replies, questionnaires and letters, in their own language (CS-02, CS-04).
 */
@Entity
@Table(name = "contact")
public class Contact extends EditableEntity {

    @NotNull(message = "{contact.customer.required}")
    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @NotBlank(message = "{contact.name.required}")
    @Size(max = 100, message = "{field.tooLong}")
    @Column(nullable = false, length = 100)
    private String name;

    @Size(max = 100, message = "{field.tooLong}")
    @Column(length = 100)
    private String position;

    @Email(message = "{contact.email.invalid}")
    @Size(max = 200, message = "{field.tooLong}")
    @Column(length = 200)
    private String email;

    @Size(max = 50, message = "{field.tooLong}")
    @Column(length = 50)
    private String phone;

    @Size(max = 50, message = "{field.tooLong}")
    @Column(length = 50)
    private String fax;

    @Size(max = 500, message = "{field.tooLong}")
    @Column(name = "postal_address", length = 500)
    private String postalAddress;

    @NotNull
    @Pattern(regexp = "en|zh_CN", message = "{contact.language.invalid}")
    @Column(nullable = false, length = 8)
    private String language = "zh_CN";

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "survey_channel", nullable = false, length = 16)
    private SurveyChannel surveyChannel = SurveyChannel.EMAIL;

    @Column(name = "survey_recipient", nullable = false)
    private boolean surveyRecipient;

    public Contact() {}

    public Contact(Customer customer, String name) {
        this.customer = customer;
        this.name = name;
    }

    /** A contact can only receive the questionnaire by a channel we have an address for. */
    public boolean canBeReachedBy(SurveyChannel channel) {
        return switch (channel) {
            case EMAIL -> email != null && !email.isBlank();
            case FAX -> fax != null && !fax.isBlank();
            case MAIL -> postalAddress != null && !postalAddress.isBlank();
            case HAND_DELIVERY, VISIT -> true;
        };
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim();
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public SurveyChannel getSurveyChannel() {
        return surveyChannel;
    }

    public void setSurveyChannel(SurveyChannel surveyChannel) {
        this.surveyChannel = surveyChannel;
    }

    public boolean isSurveyRecipient() {
        return surveyRecipient;
    }

    public void setSurveyRecipient(boolean surveyRecipient) {
        this.surveyRecipient = surveyRecipient;
    }

    @Override
    public Map<String, Object> auditSnapshot() {
        var m = new LinkedHashMap<String, Object>();
        m.put("customer", customer == null ? null : customer.getCode());
        m.put("name", name);
        m.put("position", position);
        m.put("email", email);
        m.put("phone", phone);
        m.put("fax", fax);
        m.put("postalAddress", postalAddress);
        m.put("language", language);
        m.put("surveyChannel", surveyChannel);
        m.put("surveyRecipient", surveyRecipient);
        return m;
    }
}
