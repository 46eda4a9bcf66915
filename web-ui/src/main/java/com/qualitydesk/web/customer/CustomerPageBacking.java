package com.qualitydesk.web.customer;

import com.qualitydesk.customer.CommunicationKind;
import com.qualitydesk.customer.Contact;
import com.qualitydesk.customer.Contacts;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.CustomerCommunication;
import com.qualitydesk.customer.CustomerCommunications;
import com.qualitydesk.customer.Customers;
import com.qualitydesk.customer.timeline.CustomerTimeline;
import com.qualitydesk.customer.timeline.TimelineEntry;
import com.qualitydesk.customer.timeline.TimelineKind;
import com.qualitydesk.customer.timeline.TimelineQuery;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.Formats;
import com.qualitydesk.web.shared.LazyRows;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * customer/customer.xhtml?code=…: one customer, its contacts and its whole story (CC-01), the page
 * SALES opens before calling the customer; SALES and ADMIN note communications on it.
 */
@Named
@ViewScoped
public class CustomerPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The record pages some departments may not open (web.xml): a link they could not follow is
     * not shown to them.
     */
    private static final Map<String, Set<Department>> RESTRICTED_PAGES =
            Map.of("/survey/", EnumSet.of(Department.SALES, Department.GENERAL_MANAGER, Department.ADMIN));

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    CustomerTimeline timeline;

    @Inject
    CustomerCommunications communications;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    @Inject
    Formats formats;

    private String code;
    private Customer customer;
    private List<Contact> contactList;
    private List<String> kinds = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private LazyRows<TimelineEntry> model;
    private CustomerCommunication editing;
    private LocalDateTime editingAt;

    public void load() {
        customer = code == null ? null : customers.findByCode(code.strip()).orElse(null);
        if (customer == null) {
            return;
        }
        contactList = contacts.pageOf(customer.getId(), PageRequest.of(0, 20)).rows();
        model = new LazyRows<>(
                request -> timeline.page(
                        query(), request.first(), Math.min(Math.max(request.size(), 1), CustomerTimeline.MAX_SIZE)),
                e -> e.kind() + "|" + e.reference() + "|" + e.at());
    }

    private TimelineQuery query() {
        var wanted = EnumSet.noneOf(TimelineKind.class);
        kinds.forEach(k -> wanted.add(TimelineKind.valueOf(k)));
        return new TimelineQuery(customer.getId(), wanted, from, to);
    }

    /** The filter changed: the table reads again from its first page; a reversed period is refused. */
    public void filter() {
        if (from != null && to != null && to.isBefore(from)) {
            messages.error("timeline.period.invalid");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void clearFilter() {
        kinds = new ArrayList<>();
        from = null;
        to = null;
    }

    /**
     * When an entry happened, in the company's zone and the reader's language: a record kept by
     * the day (a delivery's ship date) shows its day only, not a midnight nobody meant.
     */
    public String when(TimelineEntry entry) {
        var local = entry.at().atZone(clock.getZone());
        return local.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                ? formats.date(local.toLocalDate())
                : formats.dateTime(entry.at());
    }

    /** The link of an entry, when this reader may open the page it leads to. */
    public String linkOf(TimelineEntry entry) {
        String link = entry.link();
        if (link == null) {
            return null;
        }
        for (var restricted : RESTRICTED_PAGES.entrySet()) {
            if (link.startsWith(restricted.getKey())
                    && user.departments().stream().noneMatch(restricted.getValue()::contains)) {
                return null;
            }
        }
        return link;
    }

    public void startNew() {
        editing = new CustomerCommunication();
        editing.setCustomer(customer);
        editing.setKind(CommunicationKind.PRODUCT_INFORMATION);
        editingAt = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    public void save() {
        editing.setOccurredAt(
                editingAt == null ? null : editingAt.atZone(clock.getZone()).toInstant());
        if (messages.attempt(() -> communications.save(editing), "communication.saved")) {
            editing = null;
            PrimeFaces.current().executeScript("PF('communicationDialog').hide()");
        }
    }

    public TimelineKind[] getAllKinds() {
        return TimelineKind.values();
    }

    public CommunicationKind[] getCommunicationKinds() {
        return CommunicationKind.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Customer getCustomer() {
        return customer;
    }

    public List<Contact> getContacts() {
        return contactList;
    }

    /** The kinds ticked in the filter, by name (the checkbox menu posts names). */
    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public LazyRows<TimelineEntry> getModel() {
        return model;
    }

    public CustomerCommunication getEditing() {
        return editing;
    }

    public LocalDateTime getEditingAt() {
        return editingAt;
    }

    public void setEditingAt(LocalDateTime editingAt) {
        this.editingAt = editingAt;
    }
}
