package com.qualitydesk.customer;

import com.qualitydesk.security.Department;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of master data a file can bring in (CC-01), with their documented columns, their
 * natural key and the departments allowed to write them (the same as on their screens).
 *
 * <p>Columns, in this order in the sample files; headers are matched ignoring case, spaces and
 * dashes ("Name ZH" is name_zh):
 *
 * <ul>
 *   <li>CUSTOMERS (key code): code*, name_zh, name_en, industry, address, status
 *       (ACTIVE|INACTIVE), salesperson (username of a SALES account) - at least one of name_zh,
 *       name_en
 *   <li>CONTACTS (key customer_code + name): customer_code*, name*, position, email, phone, fax,
 *       postal_address, language (zh_CN|en), survey_channel (EMAIL|FAX|MAIL|HAND_DELIVERY|VISIT),
 *       survey_recipient (true|false)
 *   <li>CONTRACTS (key number): number*, customer_code*, start_date*, end_date, warranty_months
 *   <li>PRODUCTS (key code): code*, name*, family, safety_relevant (true|false)
 *   <li>DELIVERIES (key customer_code + product_code + lot_number): customer_code*,
 *       product_code*, lot_number*, quantity*, ship_date*, promised_date
 *   <li>COMMUNICATIONS (key customer_code + kind + reference): customer_code*, kind*
 *       (INQUIRY|ORDER|PRODUCT_INFORMATION|SERVICE_INFORMATION|LEGAL_REQUIREMENT), reference*,
 *       date*, subject*, text - the ERP's inquiries and orders for the customer's story (CC-01)
 * </ul>
 *
 * Dates are yyyy-MM-dd; * marks a required column.
 */
public enum MasterDataKind {
    CUSTOMERS(
            List.of(
                    Column.code("code", "[A-Za-z0-9._-]{1,32}"),
                    Column.text("name_zh", 200),
                    Column.text("name_en", 200),
                    Column.text("industry", 100),
                    Column.text("address", 500),
                    Column.choice("status", CustomerStatus.class),
                    Column.text("salesperson", 64)),
            List.of("code"),
            EnumSet.of(Department.SALES, Department.ADMIN)),
    CONTACTS(
            List.of(
                    Column.customer(),
                    Column.required("name", 100),
                    Column.text("position", 100),
                    Column.email("email", 200),
                    Column.text("phone", 50),
                    Column.text("fax", 50),
                    Column.text("postal_address", 500),
                    Column.language("language"),
                    Column.choice("survey_channel", SurveyChannel.class),
                    Column.flag("survey_recipient")),
            List.of("customer_code", "name"),
            EnumSet.of(Department.SALES, Department.ADMIN)),
    CONTRACTS(
            List.of(
                    Column.required("number", 64),
                    Column.customer(),
                    Column.date("start_date", true),
                    Column.date("end_date", false),
                    // AS-08: the warranty or service period the contract gives its deliveries
                    new Column("warranty_months", Type.POSITIVE_INTEGER, false, 0, null, null)),
            List.of("number"),
            EnumSet.of(Department.SALES, Department.ADMIN)),
    PRODUCTS(
            List.of(
                    Column.code("code", "[A-Za-z0-9._/-]{1,32}"),
                    Column.required("name", 200),
                    Column.text("family", 100),
                    Column.flag("safety_relevant")),
            List.of("code"),
            EnumSet.of(Department.TECHNICAL, Department.QUALITY, Department.ADMIN)),
    DELIVERIES(
            List.of(
                    Column.customer(),
                    Column.product(),
                    Column.required("lot_number", 64),
                    Column.positive("quantity"),
                    Column.date("ship_date", true),
                    Column.date("promised_date", false)),
            List.of("customer_code", "product_code", "lot_number"),
            EnumSet.of(Department.SALES, Department.PRODUCTION, Department.ADMIN)),
    /** CC-01: inquiries and orders from the ERP (and information sent), by their ERP number. */
    COMMUNICATIONS(
            List.of(
                    Column.customer(),
                    new Column("kind", Type.CHOICE, true, 0, null, CommunicationKind.class),
                    Column.required("reference", 64),
                    Column.date("date", true),
                    Column.required("subject", 200),
                    Column.text("text", 4000)),
            List.of("customer_code", "kind", "reference"),
            EnumSet.of(Department.SALES, Department.ADMIN));

    /** What a cell must hold. */
    public enum Type {
        TEXT,
        CODE,
        EMAIL,
        LANGUAGE,
        CHOICE,
        FLAG,
        DATE,
        POSITIVE_INTEGER,
        CUSTOMER_CODE,
        PRODUCT_CODE
    }

    /**
     * One documented column.
     *
     * @param maxLength for text; 0 when not text
     * @param pattern for codes
     * @param choices for CHOICE, the enum
     */
    public record Column(
            String name, Type type, boolean required, int maxLength, String pattern, Class<? extends Enum<?>> choices) {

        static Column text(String name, int max) {
            return new Column(name, Type.TEXT, false, max, null, null);
        }

        static Column required(String name, int max) {
            return new Column(name, Type.TEXT, true, max, null, null);
        }

        static Column code(String name, String pattern) {
            return new Column(name, Type.CODE, true, 32, pattern, null);
        }

        static Column email(String name, int max) {
            return new Column(name, Type.EMAIL, false, max, null, null);
        }

        static Column language(String name) {
            return new Column(name, Type.LANGUAGE, false, 8, null, null);
        }

        static Column choice(String name, Class<? extends Enum<?>> choices) {
            return new Column(name, Type.CHOICE, false, 0, null, choices);
        }

        static Column flag(String name) {
            return new Column(name, Type.FLAG, false, 0, null, null);
        }

        static Column date(String name, boolean required) {
            return new Column(name, Type.DATE, required, 0, null, null);
        }

        static Column positive(String name) {
            return new Column(name, Type.POSITIVE_INTEGER, true, 0, null, null);
        }

        static Column customer() {
            return new Column("customer_code", Type.CUSTOMER_CODE, true, 32, null, null);
        }

        static Column product() {
            return new Column("product_code", Type.PRODUCT_CODE, true, 32, null, null);
        }
    }

    private final List<Column> columns;
    private final List<String> key;
    private final Set<Department> writers;

    MasterDataKind(List<Column> columns, List<String> key, Set<Department> writers) {
        this.columns = columns;
        this.key = key;
        this.writers = writers;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The columns that find an existing record again: re-importing updates, never duplicates. */
    public List<String> key() {
        return key;
    }

    /** The departments that may write this kind, by screen or by import. */
    public Set<Department> writers() {
        return EnumSet.copyOf(writers);
    }

    public boolean writableBy(Set<Department> departments) {
        return departments.stream().anyMatch(writers::contains);
    }

    /** The kind named in a URL or a form, ignoring case: "customers" is CUSTOMERS. */
    public static MasterDataKind parse(String name) {
        if (name == null) {
            throw new IllegalArgumentException("no kind");
        }
        return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
