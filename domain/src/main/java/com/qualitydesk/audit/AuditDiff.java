package com.qualitydesk.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What changed between two audit snapshots of the same record, field by field. */
public final class AuditDiff {

    public record Change(String field, String oldValue, String newValue) {}

    private AuditDiff() {}

    public static List<Change> between(Map<String, Object> before, Map<String, Object> after) {
        var fields = new LinkedHashSet<String>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        var changes = new ArrayList<Change>();
        for (String field : fields) {
            String oldValue = text(before.get(field));
            String newValue = text(after.get(field));
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new Change(field, oldValue, newValue));
            }
        }
        return changes;
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() > 4000 ? s.substring(0, 3997) + "..." : s;
    }
}
