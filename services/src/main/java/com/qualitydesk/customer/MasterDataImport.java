package com.qualitydesk.customer;

import com.qualitydesk.audit.AuditDiff;
import com.qualitydesk.audit.AuditedRecords;
import com.qualitydesk.customer.MasterDataFile.Row;
import com.qualitydesk.security.Department;
import com.qualitydesk.security.Department.Role;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.shared.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings a master-data file into the system (CC-01): all of it or nothing. The file is checked as
 * a whole first ({@link MasterDataFile}); then every record is built and validated like a save
 * from its screen; only when no line is bad is everything stored, in one transaction, through
 * {@link AuditedRecords} so that each record's history shows the import. Records are found again
 * by their natural key, so importing the same file twice changes nothing the second time.
 *
 * <p>SALES and ADMIN import; a kind is imported only by departments that may also write it on
 * its screen (products: TECHNICAL, QUALITY, ADMIN).
 */
@Stateless
@RolesAllowed({Role.SALES, Role.ADMIN})
public class MasterDataImport {

    /** The largest file taken, by screen or REST API. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Lines checked and stored per persistence context. */
    private static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditedRecords records;

    @Inject
    Validator validator;

    @Inject
    Customers customers;

    @Inject
    Contacts contacts;

    @Inject
    Contracts contracts;

    @Inject
    Products products;

    @Inject
    Deliveries deliveries;

    @Inject
    Event<DeliveriesRecorded> recorded;

    @Inject
    com.qualitydesk.calendar.WorkingCalendars calendars;

    @Inject
    java.time.Clock clock;

    @Inject
    com.qualitydesk.shared.CurrentUser user;

    @Resource
    SessionContext session;

    /** A record built from a line, new or a detached copy of the stored one, with its state before. */
    private record Pending(Row row, EditableEntity record, Map<String, Object> before) {
        boolean changed() {
            return record.isNew()
                    || !AuditDiff.between(before, record.auditSnapshot()).isEmpty();
        }
    }

    /** The kinds the caller may import, for the import screen's choice. */
    public Set<MasterDataKind> importableKinds() {
        var kinds = EnumSet.noneOf(MasterDataKind.class);
        for (MasterDataKind kind : MasterDataKind.values()) {
            if (mayWrite(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /**
     * Checks the file and, if no line is bad, stores all of it (CC-01). A refused file leaves the
     * database as it was, and its report lists every bad line.
     */
    public ImportReport importFile(@NotNull MasterDataKind kind, String fileName, @NotNull byte[] content) {
        if (!mayWrite(kind)) {
            throw new RuleViolation("import.kind.forbidden", kind.name());
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        var file = MasterDataFile.read(kind, name, content, references());
        if (!file.isValid()) {
            return file.refusal();
        }

        var problems = new ArrayList<ImportProblem>();
        List<Row> rows = file.rows();
        for (int from = 0; from < rows.size(); from += BATCH) {
            for (Row row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                problems.addAll(problems(build(kind, row)));
            }
            em.clear();
        }
        if (!problems.isEmpty()) {
            session.setRollbackOnly();
            return ImportReport.refused(kind, name, file.lines(), problems);
        }

        // Each batch is built again from its lines in an empty persistence context: every flush
        // (one per audited record) looks at the whole context, which must not grow with the file.
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var newDeliveries = new java.util.HashMap<Long, java.time.LocalDate>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            for (Row row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                Pending p = build(kind, row);
                if (p.record().isNew()) {
                    records.create(p.record());
                    created++;
                    if (p.record() instanceof Delivery d) {
                        newDeliveries.put(d.getId(), d.getShipDate());
                    }
                } else if (p.changed()) {
                    records.update(p.record());
                    updated++;
                } else {
                    unchanged++;
                }
            }
            em.flush();
            em.clear();
        }
        if (!newDeliveries.isEmpty()) {
            // AS-05: every delivered batch is called back, in this transaction (all or nothing)
            recorded.fire(new DeliveriesRecorded(newDeliveries));
        }
        return ImportReport.imported(kind, name, file.lines(), created, updated, unchanged);
    }

    private List<ImportProblem> problems(Pending p) {
        var problems = new ArrayList<ImportProblem>();
        for (ConstraintViolation<EditableEntity> v : validator.validate(p.record())) {
            problems.add(problem(p.row().line(), v));
        }
        if (p.record() instanceof Customer c
                && c.getSalesperson() != null
                && !customers.isSalesperson(c.getSalesperson())) {
            problems.add(ImportProblem.of(
                    p.row().line(), "salesperson", "customer.salesperson.notSales", c.getSalesperson()));
        }
        if (p.record() instanceof CustomerCommunication c
                && c.getOccurredAt() != null
                && c.getOccurredAt().isAfter(clock.instant())) {
            // the story holds what happened (CC-01), as on the customer page
            problems.add(ImportProblem.of(p.row().line(), "date", "communication.at.future"));
        }
        return problems;
    }

    private boolean mayWrite(MasterDataKind kind) {
        var held = EnumSet.noneOf(Department.class);
        for (Department d : Department.values()) {
            if (session.isCallerInRole(d.name())) {
                held.add(d);
            }
        }
        return kind.writableBy(held);
    }

    private MasterDataFile.References references() {
        return new MasterDataFile.References() {
            @Override
            public boolean customerExists(String code) {
                return customers.findByCode(code).isPresent();
            }

            @Override
            public boolean productExists(String code) {
                return products.findByCode(code).isPresent();
            }
        };
    }

    // ---- one line to one record; a column the file leaves out keeps the stored value

    private Pending build(MasterDataKind kind, Row row) {
        return switch (kind) {
            case CUSTOMERS -> customer(row);
            case CONTACTS -> contact(row);
            case CONTRACTS -> contract(row);
            case PRODUCTS -> product(row);
            case DELIVERIES -> delivery(row);
            case COMMUNICATIONS -> communication(row);
        };
    }

    private Pending customer(Row row) {
        Customer c = detached(customers.findByCode(row.text("code")).orElse(null));
        var before = c == null ? Map.<String, Object>of() : c.auditSnapshot();
        if (c == null) {
            c = new Customer();
            c.setCode(row.text("code"));
        }
        if (row.has("name_zh")) {
            c.setNameZh(row.text("name_zh"));
        }
        if (row.has("name_en")) {
            c.setNameEn(row.text("name_en"));
        }
        if (row.has("industry")) {
            c.setIndustry(row.text("industry"));
        }
        if (row.has("address")) {
            c.setAddress(row.text("address"));
        }
        if (row.choice("status", CustomerStatus.class) != null) {
            c.setStatus(row.choice("status", CustomerStatus.class));
        }
        if (row.has("salesperson")) {
            c.setSalesperson(row.text("salesperson"));
        }
        return new Pending(row, c, before);
    }

    private Pending contact(Row row) {
        Customer customer = customers.findByCode(row.text("customer_code")).orElseThrow();
        Contact c = detached(contacts.find(customer.getCode(), row.text("name")).orElse(null));
        var before = c == null ? Map.<String, Object>of() : c.auditSnapshot();
        if (c == null) {
            c = new Contact(customer, row.text("name"));
        }
        if (row.has("position")) {
            c.setPosition(row.text("position"));
        }
        if (row.has("email")) {
            c.setEmail(row.text("email"));
        }
        if (row.has("phone")) {
            c.setPhone(row.text("phone"));
        }
        if (row.has("fax")) {
            c.setFax(row.text("fax"));
        }
        if (row.has("postal_address")) {
            c.setPostalAddress(row.text("postal_address"));
        }
        if (row.text("language") != null) {
            c.setLanguage(row.text("language"));
        }
        if (row.choice("survey_channel", SurveyChannel.class) != null) {
            c.setSurveyChannel(row.choice("survey_channel", SurveyChannel.class));
        }
        if (row.flag("survey_recipient") != null) {
            c.setSurveyRecipient(row.flag("survey_recipient"));
        }
        return new Pending(row, c, before);
    }

    private Pending contract(Row row) {
        Customer customer = customers.findByCode(row.text("customer_code")).orElseThrow();
        Contract c = detached(contracts.findByNumber(row.text("number")).orElse(null));
        var before = c == null ? Map.<String, Object>of() : c.auditSnapshot();
        if (c == null) {
            c = new Contract();
            c.setNumber(row.text("number"));
        }
        c.setCustomer(customer);
        c.setStartDate(row.date("start_date"));
        if (row.has("end_date")) {
            c.setEndDate(row.date("end_date"));
        }
        if (row.has("warranty_months")) {
            c.setWarrantyMonths(row.number("warranty_months"));
        }
        return new Pending(row, c, before);
    }

    private Pending product(Row row) {
        Product p = detached(products.findByCode(row.text("code")).orElse(null));
        var before = p == null ? Map.<String, Object>of() : p.auditSnapshot();
        if (p == null) {
            p = new Product();
            p.setCode(row.text("code"));
        }
        p.setName(row.text("name"));
        if (row.has("family")) {
            p.setFamily(row.text("family"));
        }
        if (row.flag("safety_relevant") != null) {
            p.setSafetyRelevant(row.flag("safety_relevant"));
        }
        return new Pending(row, p, before);
    }

    private Pending delivery(Row row) {
        Customer customer = customers.findByCode(row.text("customer_code")).orElseThrow();
        Product product = products.findByCode(row.text("product_code")).orElseThrow();
        Delivery d = detached(deliveries
                .find(customer.getCode(), product.getCode(), row.text("lot_number"))
                .orElse(null));
        var before = d == null ? Map.<String, Object>of() : d.auditSnapshot();
        if (d == null) {
            d = new Delivery();
            d.setCustomer(customer);
            d.setProduct(product);
            d.setLotNumber(row.text("lot_number"));
        }
        d.setQuantity(row.number("quantity"));
        d.setShipDate(row.date("ship_date"));
        if (row.has("promised_date")) {
            d.setPromisedDate(row.date("promised_date"));
        }
        return new Pending(row, d, before);
    }

    /**
     * CC-01: an inquiry or order as the ERP numbers it. The ERP knows the day, not the hour: it is
     * dated at the start of that day in the company's zone, so that it sorts before what that day
     * brought on the customer's timeline.
     */
    private Pending communication(Row row) {
        Customer customer = customers.findByCode(row.text("customer_code")).orElseThrow();
        CommunicationKind kind = row.choice("kind", CommunicationKind.class);
        String reference = row.text("reference");
        CustomerCommunication c = detached(em.createQuery(
                        "select c from CustomerCommunication c where c.customer.id = :customer and c.kind = :kind"
                                + " and c.reference = :reference",
                        CustomerCommunication.class)
                .setParameter("customer", customer.getId())
                .setParameter("kind", kind)
                .setParameter("reference", reference)
                .getResultStream()
                .findFirst()
                .orElse(null));
        var before = c == null ? Map.<String, Object>of() : c.auditSnapshot();
        var at = row.date("date").atStartOfDay(calendars.current().zone()).toInstant();
        if (c == null) {
            c = new CustomerCommunication(customer, kind, at, row.text("subject"), reference);
            c.setEnteredBy(user.name());
        }
        c.setOccurredAt(at);
        c.setSubject(row.text("subject"));
        if (row.has("text")) {
            c.setText(row.text("text"));
        }
        return new Pending(row, c, before);
    }

    /** Edits go to a detached copy, so that the audit compares it with the stored state. */
    private <T extends EditableEntity> T detached(T stored) {
        if (stored != null) {
            em.detach(stored);
        }
        return stored;
    }

    /** A record the line makes would not pass the validation of its screen: the line is bad. */
    private static ImportProblem problem(int line, ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String reason = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1)
                : "import.invalid";
        String property = v.getPropertyPath().toString();
        return ImportProblem.of(line, column(property), reason, column(property));
    }

    /** The entity property as the column of the file: nameZh is name_zh, customer is customer_code. */
    static String column(String property) {
        return switch (property) {
            case "customer" -> "customer_code";
            case "product" -> "product_code";
            case "periodValid" -> "end_date";
            default -> property.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        };
    }
}
