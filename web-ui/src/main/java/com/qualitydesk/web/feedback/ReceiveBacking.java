package com.qualitydesk.web.feedback;

import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contacts;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Product;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.feedback.FeedbackReception;
import com.qualitydesk.feedback.ReceivedFeedback;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * feedback/receive.xhtml (CF-01): whoever took the call, letter or visit writes down what the
 * customer said and when it reached them; the item then waits for SALES to register it, and the
 * 24 hours of the hand-over (CF-02) count from that moment. The moment is entered in the company's
 * time zone, the one the screens show; the service checks it.
 */
@Named
@ViewScoped
public class ReceiveBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackReception reception;

    @Inject
    Contacts contacts;

    @Inject
    UserMessages messages;

    @Inject
    Clock clock;

    private FeedbackChannel channel = FeedbackChannel.PHONE;
    private LocalDateTime receivedAt;
    private Customer customer;
    private Long contactId;
    private Product product;
    private String lotNumber;
    private String description;

    @PostConstruct
    void init() {
        receivedAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    public void save() {
        Instant received =
                receivedAt == null ? null : receivedAt.atZone(clock.getZone()).toInstant();
        Feedback[] saved = new Feedback[1];
        if (messages.attempt(
                () -> saved[0] = reception.receive(new ReceivedFeedback(
                        channel,
                        customer == null ? null : customer.getId(),
                        contactId,
                        product == null ? null : product.getId(),
                        lotNumber,
                        description,
                        received)),
                null)) {
            var faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            messages.info("feedback.received.item", "#" + saved[0].getId());
            try {
                faces.getExternalContext()
                        .redirect(faces.getExternalContext().getRequestContextPath() + "/feedback/case.xhtml?id="
                                + saved[0].getId());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The contacts of the chosen customer, for the contact choice. */
    public List<Contact> getContacts() {
        if (customer == null) {
            return List.of();
        }
        return contacts.pageOf(customer.getId(), new PageRequest(0, 200, "name", true, Map.of()))
                .rows();
    }

    public void customerChanged() {
        contactId = null;
    }

    /** CF-02: when the feedback reached the person entering it, in the company's zone (default: now). */
    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(LocalDateTime receivedAt) {
        this.receivedAt = receivedAt;
    }

    /** The zone the moment is read in, named beside the field. */
    public String getZone() {
        return clock.getZone().getId();
    }

    public FeedbackChannel[] getChannels() {
        return FeedbackChannel.values();
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public void setChannel(FeedbackChannel channel) {
        this.channel = channel;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Product getProduct() {
        return product;
    }

    public void setProduct(Product product) {
        this.product = product;
    }

    public String getLotNumber() {
        return lotNumber;
    }

    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
