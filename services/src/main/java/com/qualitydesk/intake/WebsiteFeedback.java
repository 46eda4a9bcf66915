package com.qualitydesk.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a visitor of the company website fills in (CC-02), the same for the public page and the
 * REST intake, with the same checks. {@code website} is the honeypot: a field people never see.
 */
public class WebsiteFeedback implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An e-mail address, or a phone number of digits with the usual separators. */
    static final String CONTACT =
            "^\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s]+|\\+?[0-9][0-9 ()./-]{5,28}[0-9](\\s*(ext|x|转)\\.?\\s*[0-9]{1,6})?)\\s*$";

    @NotBlank(message = "{intake.company.required}")
    @Size(max = 200, message = "{intake.tooLong}")
    private String company;

    @NotBlank(message = "{intake.name.required}")
    @Size(max = 200, message = "{intake.tooLong}")
    private String name;

    @NotBlank(message = "{intake.contact.required}")
    @Size(max = 200, message = "{intake.tooLong}")
    @Pattern(regexp = CONTACT, message = "{intake.contact.invalid}")
    private String contact;

    @Size(max = 200, message = "{intake.tooLong}")
    private String product;

    @NotBlank(message = "{intake.description.required}")
    @Size(max = 4000, message = "{intake.description.tooLong}")
    private String description;

    private String website;

    public WebsiteFeedback() {}

    public WebsiteFeedback(String company, String name, String contact, String product, String description) {
        this.company = company;
        this.name = name;
        this.contact = contact;
        this.product = product;
        this.description = description;
    }

    /** Filled only by programs that fill every field they find. */
    public boolean isFromABot() {
        return website != null && !website.isBlank();
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String product) {
        this.product = product;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
