package com.qualitydesk.web.aftersales;

import com.qualitydesk.aftersales.ReturnFilter;
import com.qualitydesk.aftersales.ReturnKind;
import com.qualitydesk.aftersales.ReturnReplacement;
import com.qualitydesk.aftersales.ReturnStatus;
import com.qualitydesk.aftersales.ReturnStep;
import com.qualitydesk.aftersales.ReturnableQuantity;
import com.qualitydesk.aftersales.ReturnsAndReplacements;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.customer.Delivery;
import com.qualitydesk.feedback.CostBearer;
import com.qualitydesk.feedback.CostKind;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.QualityCost;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.EntityLazyModel;
import com.qualitydesk.web.shared.Formats;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.PrimeFaces;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * aftersales/returns.xhtml: guaranteed returns and replacements (AS-07) — the list with its
 * filters and Excel export, the registration dialog (customer, then one of that customer's lots),
 * and the shown record with its quality costs (CF-13), its replacement delivery and closing.
 * "?id=" shows one record. The rules are the service's; a refusal about one field stands next to
 * that field.
 */
@Named
@ViewScoped
public class ReturnsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The register form's fields, by the rule's message key or the invalid property. */
    private static final Map<String, String> REGISTER_FIELDS = Map.ofEntries(
            Map.entry("customer", "customer"),
            Map.entry("delivery", "lot"),
            Map.entry("returnReplacement.delivery.required", "lot"),
            Map.entry("returnReplacement.lot.notCustomers", "lot"),
            Map.entry("kind", "kind"),
            Map.entry("quantity", "quantity"),
            Map.entry("returnReplacement.quantity.required", "quantity"),
            Map.entry("returnReplacement.quantity.positive", "quantity"),
            Map.entry("returnReplacement.quantity.tooMany", "quantity"),
            Map.entry("returnedOn", "returnedOn"),
            Map.entry("returnReplacement.returnedOn.future", "returnedOn"),
            Map.entry("reason", "reason"),
            Map.entry("freightAmount", "freightAmount"),
            Map.entry("returnReplacement.freight.negative", "freightAmount"),
            Map.entry("freightCurrency", "freightCurrency"),
            Map.entry("returnReplacement.freight.bearer.required", "freightBorneBy"),
            Map.entry("returnReplacement.feedback.unknown", "feedback"),
            Map.entry("returnReplacement.feedback.notRegistered", "feedback"),
            Map.entry("returnReplacement.feedback.otherCustomer", "feedback"),
            Map.entry("returnReplacement.replacement.notForReturn", "replacement"),
            Map.entry("returnReplacement.replacement.sameLot", "replacement"),
            Map.entry("returnReplacement.replacement.otherCustomerOrProduct", "replacement"));

    /** The cost form's fields. */
    private static final Map<String, String> COST_FIELDS = Map.of(
            "kind", "costKind",
            "returnReplacement.cost.kind", "costKind",
            "amount", "costAmount",
            "currency", "costCurrency",
            "borneBy", "costBearer",
            "incurredOn", "costDate",
            "note", "costNote");

    @Inject
    ReturnsAndReplacements returns;

    @Inject
    UserMessages messages;

    @Inject
    UserSession user;

    @Inject
    ExternalContext external;

    @Inject
    Clock clock;

    @Inject
    Formats formats;

    private EntityLazyModel<ReturnReplacement> model;
    private ReturnStatus status;
    private LocalDate from;
    private LocalDate to;

    // the registration dialog
    private String token;
    private Customer customer;
    private Delivery lot;
    private ReturnableQuantity returnable;
    private ReturnKind kind;
    private Integer quantity;
    private LocalDate returnedOn;
    private String reason;
    private Delivery replacement;
    private BigDecimal freightAmount;
    private String freightCurrency;
    private CostBearer freightBorneBy;
    private Long feedbackId;
    private List<Feedback> cases = List.of();

    // the shown record
    private ReturnReplacement shown;
    private List<QualityCost> shownCosts = List.of();
    private Map<String, BigDecimal> shownTotals = Map.of();
    private QualityCost cost;
    private Delivery replacementChoice;

    @PostConstruct
    void init() {
        model = new EntityLazyModel<>(request -> {
            Map<String, Object> f = request.filters();
            var filter =
                    new ReturnFilter(text(f.get("customer.code")), text(f.get("delivery.lotNumber")), status, from, to);
            return returns.page(
                    filter,
                    new PageRequest(
                            request.first(), request.size(), request.sortField(), request.ascending(), Map.of()));
        });
        String id = external.getRequestParameterMap().get("id");
        if (id != null && id.matches("\\d{1,18}")) {
            returns.find(Long.parseLong(id)).ifPresent(this::show);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    // --- permissions (the service decides; these only hide what it would refuse) ---

    public boolean isMayRegister() {
        return ReturnStep.REGISTER.allows(user.departments());
    }

    public boolean isMayBookCost() {
        return ReturnStep.BOOK_COST.allows(user.departments());
    }

    public boolean isMayNameReplacement() {
        return ReturnStep.NAME_REPLACEMENT.allows(user.departments());
    }

    public boolean isMayClose() {
        return ReturnStep.CLOSE.allows(user.departments());
    }

    // --- the list ---

    public SortMeta getDefaultSort() {
        return SortMeta.builder()
                .field("returnedOn")
                .order(SortOrder.DESCENDING)
                .build();
    }

    /** The toolbar's filters changed: the list starts again at its first page. */
    public void filter() {
        // the lazy model reads the filters at its next load
    }

    public void clearFilter() {
        status = null;
        from = null;
        to = null;
    }

    // --- registration ---

    public void startNew() {
        // one token per opened form: a second submit of this form finds the first record
        token = UUID.randomUUID().toString();
        customer = null;
        lot = null;
        returnable = null;
        kind = ReturnKind.RETURN;
        quantity = null;
        returnedOn = LocalDate.now(clock);
        reason = null;
        replacement = null;
        freightAmount = null;
        freightCurrency = "CNY";
        freightBorneBy = CostBearer.COMPANY;
        feedbackId = null;
        cases = List.of();
    }

    /** The customer's lots and feedback cases are the only ones the form offers (AS-07). */
    public void customerChosen() {
        lot = null;
        returnable = null;
        replacement = null;
        feedbackId = null;
        cases = customer == null ? List.of() : returns.casesOf(customer.getId());
    }

    public List<Delivery> completeLot(String text) {
        return customer == null ? List.of() : returns.lotsOf(customer.getId(), text);
    }

    public void lotChosen() {
        replacement = null;
        returnable = lot == null ? null : returns.returnable(lot.getId());
    }

    public List<Delivery> completeReplacement(String text) {
        return lot == null ? List.of() : returns.replacementsFor(lot.getId(), text);
    }

    public void register() {
        var record = new ReturnReplacement();
        record.setCustomer(customer);
        record.setDelivery(lot);
        record.setKind(kind);
        record.setQuantity(quantity);
        record.setReturnedOn(returnedOn);
        record.setReason(reason);
        record.setFreightAmount(freightAmount);
        record.setFreightCurrency(freightCurrency);
        record.setFreightBorneBy(freightBorneBy);
        record.setFeedbackId(feedbackId);
        boolean withReplacement = kind != null && kind.includesReplacement() && replacement != null;
        ReturnReplacement[] saved = new ReturnReplacement[1];
        if (messages.attempt(
                () -> {
                    if (withReplacement) {
                        // known already: the replacement is registered with the return (checked again there)
                        record.nameReplacement(replacement);
                    }
                    saved[0] = returns.register(record, token);
                },
                null,
                field(REGISTER_FIELDS, "returnForm:"))) {
            messages.info("returnReplacement.registered", saved[0].getReference());
            show(saved[0]);
            PrimeFaces.current().executeScript("PF('returnDialog').hide()");
        }
    }

    // --- the shown record ---

    public void show(ReturnReplacement row) {
        shown = returns.find(row.getId()).orElse(row);
        shownCosts = returns.costsOf(shown.getId());
        shownTotals = returns.totalOf(shown.getId());
        replacementChoice = shown.getReplacement();
        cost = new QualityCost();
        cost.setKind(shown.getKind() == ReturnKind.RETURN ? CostKind.RETURN : CostKind.REPLACEMENT);
        cost.setCurrency("CNY");
        cost.setBorneBy(CostBearer.COMPANY);
        cost.setIncurredOn(LocalDate.now(clock));
    }

    public void hide() {
        shown = null;
    }

    /** CF-13: the value of the goods or more freight, booked to the quality cost. */
    public void bookCost() {
        if (shown == null) {
            return;
        }
        long id = shown.getId();
        if (messages.attempt(
                () -> returns.bookCost(id, cost),
                "returnReplacement.cost.bookedOk",
                field(COST_FIELDS, "shownForm:"))) {
            show(shown);
        }
    }

    public List<Delivery> completeShownReplacement(String text) {
        return shown == null
                ? List.of()
                : returns.replacementsFor(shown.getDelivery().getId(), text);
    }

    public void nameReplacement() {
        if (shown == null) {
            return;
        }
        if (replacementChoice == null) {
            fieldError("shownForm:replacementChoice", "returnReplacement.replacement.required");
            return;
        }
        long id = shown.getId();
        long version = shown.getVersion();
        long deliveryId = replacementChoice.getId();
        if (messages.attempt(
                () -> shown = returns.nameReplacement(id, version, deliveryId),
                "returnReplacement.replacement.named",
                key -> key.startsWith("returnReplacement.replacement") ? "shownForm:replacementChoice" : null)) {
            show(shown);
        }
    }

    public void close() {
        if (shown == null) {
            return;
        }
        long id = shown.getId();
        long version = shown.getVersion();
        if (messages.attempt(() -> shown = returns.close(id, version), "returnReplacement.closedOk")) {
            show(shown);
        }
    }

    private static java.util.function.Function<String, String> field(Map<String, String> fields, String form) {
        return key -> fields.containsKey(key) ? form + fields.get(key) : null;
    }

    private void fieldError(String clientId, String key) {
        var faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.text(key), null));
        faces.validationFailed();
    }

    /** The case a return came from, as people name it. */
    public String caseLabel(Feedback f) {
        String text = f.getDescription() == null ? "" : f.getDescription().strip();
        return f.getNumber() + " · " + (text.length() > 60 ? text.substring(0, 59) + "…" : text);
    }

    /** The lot as the pickers show it: lot, product, ship date (the reader's format), quantity. */
    public String lotLabel(Delivery d) {
        return d == null
                ? ""
                : d.getLotNumber() + " · " + d.getProduct().getCode() + " · " + formats.date(d.getShipDate()) + " · "
                        + d.getQuantity();
    }

    /** The state people read: "Return open", "Replacement closed" … */
    public String stateKey(ReturnReplacement r) {
        return "returnReplacement.state." + r.getKind() + "." + r.getStatus();
    }

    public ReturnKind[] getKinds() {
        return ReturnKind.values();
    }

    public ReturnStatus[] getStatuses() {
        return ReturnStatus.values();
    }

    public CostBearer[] getBearers() {
        return CostBearer.values();
    }

    public List<CostKind> getCostKinds() {
        return new ArrayList<>(ReturnReplacement.COST_KINDS);
    }

    public List<String> getShownCurrencies() {
        return new ArrayList<>(shownTotals.keySet());
    }

    public boolean isReplacementWanted() {
        return kind != null && kind.includesReplacement();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public EntityLazyModel<ReturnReplacement> getModel() {
        return model;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public void setStatus(ReturnStatus status) {
        this.status = status;
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

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public Customer getCustomer() {
        return customer;
    }

    public void setCustomer(Customer customer) {
        this.customer = customer;
    }

    public Delivery getLot() {
        return lot;
    }

    public void setLot(Delivery lot) {
        this.lot = lot;
    }

    public ReturnableQuantity getReturnable() {
        return returnable;
    }

    public ReturnKind getKind() {
        return kind;
    }

    public void setKind(ReturnKind kind) {
        this.kind = kind;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Delivery getReplacement() {
        return replacement;
    }

    public void setReplacement(Delivery replacement) {
        this.replacement = replacement;
    }

    public BigDecimal getFreightAmount() {
        return freightAmount;
    }

    public void setFreightAmount(BigDecimal freightAmount) {
        this.freightAmount = freightAmount;
    }

    public String getFreightCurrency() {
        return freightCurrency;
    }

    public void setFreightCurrency(String freightCurrency) {
        this.freightCurrency = freightCurrency;
    }

    public CostBearer getFreightBorneBy() {
        return freightBorneBy;
    }

    public void setFreightBorneBy(CostBearer freightBorneBy) {
        this.freightBorneBy = freightBorneBy;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    public void setFeedbackId(Long feedbackId) {
        this.feedbackId = feedbackId;
    }

    public List<Feedback> getCases() {
        return cases;
    }

    public ReturnReplacement getShown() {
        return shown;
    }

    public List<QualityCost> getShownCosts() {
        return shownCosts;
    }

    public Map<String, BigDecimal> getShownTotals() {
        return shownTotals;
    }

    public QualityCost getCost() {
        return cost;
    }

    public Delivery getReplacementChoice() {
        return replacementChoice;
    }

    public void setReplacementChoice(Delivery replacementChoice) {
        this.replacementChoice = replacementChoice;
    }
}
