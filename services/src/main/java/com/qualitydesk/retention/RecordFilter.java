package com.qualitydesk.retention;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a list of records past their period is narrowed to: a customer (code or name), a reference
 * (the number people know the record by) and a variant (the communication's or service record's
 * kind, the reply's channel); blank means any.
 */
public record RecordFilter(String customer, String reference, String variant) implements Serializable {

    public static final RecordFilter NONE = new RecordFilter(null, null, null);

    public RecordFilter {
        customer = blankToNull(customer);
        reference = blankToNull(reference);
        variant = blankToNull(variant);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The text as a LIKE pattern ignoring case, wildcards in it escaped ('\' escapes). */
    static String like(String text) {
        return "%"
                + text.toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
