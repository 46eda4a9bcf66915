package com.qualitydesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditDiffTest {

    @Test
    void onlyChangedFieldsAreReportedWithOldAndNewValue_CF14() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("code", "C1001");
        before.put("nameEn", "Huaxing");
        before.put("industry", null);
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("nameEn", "Huaxing Auto Parts");
        after.put("industry", "Automotive");

        assertEquals(
                List.of(
                        new AuditDiff.Change("nameEn", "Huaxing", "Huaxing Auto Parts"),
                        new AuditDiff.Change("industry", null, "Automotive")),
                AuditDiff.between(before, after));
    }

    @Test
    void noChangeNoEntry() {
        Map<String, Object> same = Map.of("code", "C1001", "active", true);
        assertTrue(AuditDiff.between(same, same).isEmpty());
    }

    @Test
    void veryLongValuesAreCutToTheColumnWidth() {
        String text = AuditDiff.text("x".repeat(5000));
        assertEquals(4000, text.length());
        assertTrue(text.endsWith("..."));
    }
}
