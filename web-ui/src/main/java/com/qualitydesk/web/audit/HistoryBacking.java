package com.qualitydesk.web.audit;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.audit.AuditTrail;
import com.qualitydesk.shared.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

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

    public void show(String recordType, Long recordId, String title) {
        this.title = title;
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
}
