package com.qualitydesk.web.audit;

import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.shared.PageRequest;
import com.qualitydesk.web.security.UserSession;
import com.qualitydesk.web.shared.UserMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.ResourceBundle;

/**
 * The read-only history dialog that every record's screen opens (CF-14), the case page's
 * _History_ tab among them, and its Excel export: each entry read through {@link HistoryText}, in
 * the reader's language and time zone.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int SHOWN = 200;

    @Inject
    AuditTrail audit;

    @Inject
    UserSession user;

    @Inject
    Clock clock;

    private List<HistoryText.Line> entries = List.of();
    private long total;
    private String title;

    public void show(String recordType, Long recordId, String title) {
        this.title = title;
        if (recordId == null) {
            entries = List.of();
            total = 0;
            return;
        }
        var page = audit.history(recordType, recordId, PageRequest.of(0, SHOWN));
        var text = text();
        entries = page.rows().stream().map(text::line).toList();
        total = page.total();
    }

    /** The reader's texts and formats; moments in the company's zone, in which everyone works. */
    HistoryText text() {
        var locale = user.getLocale();
        return new HistoryText(ResourceBundle.getBundle(UserMessages.BUNDLE, locale), locale, clock.getZone());
    }

    public List<HistoryText.Line> getEntries() {
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

    /** The export's file name: the record's title without what a file name cannot hold. */
    public String getFileName() {
        String name = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\s·]+", "-");
        return "history" + (name.isBlank() ? "" : "-" + name.replaceAll("^-+|-+$", ""));
    }
}
