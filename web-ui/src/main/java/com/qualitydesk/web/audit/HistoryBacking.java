package com.qualitydesk.web.audit;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.shared.PageRequest;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** The read-only history dialog that every record's screen opens. */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SHOWN = 200;

    @Inject
    AuditTrail audit;

    private List<AuditEntry> entries = List.of();
    private long total;
    private String title;

    private String recordType = "";

    public void show(String recordType, Long recordId, String title) {
        this.title = title;
        this.recordType = recordType == null ? "" : recordType;
        if (recordId == null) {
            entries = List.of();
            total = 0;
            return;
        }
        var page = audit.history(recordType, recordId, PageRequest.of(0, SHOWN));
        entries = page.rows();
        total = page.total();
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public long getTotal() {
        return total;
    }

    public boolean isTruncated() {
        return total > entries.size();
    }

    public String getTitle() {
        return title;
    }

    /**
     * A field's name as the record's screen labels it ("feedback.severity"), else its history
     * label, else its name spelled out: people read the history, not the code.
     */
    public String fieldLabel(String field) {
        if (field == null) {
            return "";
        }
        return text(prefix() + field).or(() -> text("history.field." + field)).orElseGet(() -> spelledOut(field));
    }

    /** A stored value in words: a constant as its screens name it, yes and no for flags. */
    public String valueLabel(String field, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (value.equals("true") || value.equals("false")) {
            return text(value.equals("true") ? "common.yes" : "common.no").orElse(value);
        }
        if (!value.matches("[A-Z][A-Z0-9_]+")) {
            return value;
        }
        return text(prefix() + field + "." + value)
                .or(() -> text("department." + value))
                .or(() -> constantAnywhere(value))
                .orElse(value);
    }

    private String prefix() {
        return recordType.isEmpty() ? "" : Character.toLowerCase(recordType.charAt(0)) + recordType.substring(1) + ".";
    }

    private static Optional<String> text(String key) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
    }

    /** The first label any screen gives the constant (enum names are unique enough across the product). */
    private static Optional<String> constantAnywhere(String value) {
        ResourceBundle bundle = bundle();
        return Collections.list(bundle.getKeys()).stream()
                .filter(k -> k.endsWith("." + value))
                .sorted()
                .findFirst()
                .map(bundle::getString);
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    private static String spelledOut(String field) {
        String words = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
