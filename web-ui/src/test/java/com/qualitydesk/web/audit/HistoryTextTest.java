package com.qualitydesk.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.audit.AuditEntry;
import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.customer.Customer;
import com.qualitydesk.feedback.Deadlines;
import com.qualitydesk.feedback.Feedback;
import com.qualitydesk.feedback.FeedbackChannel;
import com.qualitydesk.security.Account;
import com.qualitydesk.security.Department;
import com.qualitydesk.shared.EditableEntity;
import com.qualitydesk.web.shared.UserMessages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The audit trail read by people (CF-14): moments in the reader's zone and format, constants and
 * field names in the reader's language, for field changes and for events written as text.
 */
class HistoryTextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Monday 7 December 2026, 17:30 in Shanghai. */
    private static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");

    private static HistoryText in(Locale locale) {
        return new HistoryText(ResourceBundle.getBundle(UserMessages.BUNDLE, locale), locale, SHANGHAI);
    }

    private static final HistoryText EN = in(Locale.ENGLISH);
    private static final HistoryText ZH = in(Locale.SIMPLIFIED_CHINESE);

    private static AuditEntry changed(String field, String old, String now) {
        return new AuditEntry(AT, "sales", "Feedback", 7L, "CHANGED", field, old, now);
    }

    @Test
    void aSeverityChangeReadsInTheReadersLanguageWithItsReasonAsWritten_CF05_CF14() {
        var event = new AuditEntry(
                AT,
                "quality",
                "Feedback",
                7L,
                "SEVERITY_CHANGED",
                null,
                null,
                "GENERAL_QUESTION → LARGE_BATCH: More lots affected");

        var en = EN.line(event);
        assertEquals("Severity changed", en.action());
        assertEquals("General question → Large batch: More lots affected", en.newValue());
        assertEquals("Dec 7, 2026, 5:30 PM", en.when().replace('\u202f', ' '));
        assertEquals("quality", en.who());

        var zh = ZH.line(event);
        assertEquals("严重程度变更", zh.action());
        assertEquals("一般问题 → 大批量问题：More lots affected", zh.newValue());
        assertTrue(zh.when().startsWith("2026年12月7日"), zh.when());
        assertTrue(zh.when().contains("5:30"), "17:30 in Shanghai, not 09:30 UTC: " + zh.when());
    }

    @Test
    void aChangedMomentIsShownInTheReadersZoneAndFormatWithTheFieldsLabel_CF14() {
        var en = EN.line(changed("replyDueAt", "2026-12-09T09:30:00Z", "2026-12-16T09:30:00.123456Z"));
        assertEquals("Reply due", en.field());
        assertEquals("Dec 9, 2026, 5:30 PM", en.oldValue().replace('\u202f', ' '));
        assertEquals("Dec 16, 2026, 5:30 PM", en.newValue().replace('\u202f', ' '));
        assertEquals("Changed", en.action());

        var zh = ZH.line(changed("replyDueAt", null, "2026-12-16T09:30:00Z"));
        assertEquals("答复期限", zh.field());
        assertEquals("", zh.oldValue());
        assertTrue(zh.newValue().startsWith("2026年12月16日"), zh.newValue());
        assertFalse(zh.newValue().contains("T09"), zh.newValue());
    }

    @Test
    void constantsFlagsDatesAndListsReadAsTheScreensNameThem_CF14() {
        assertEquals("Large batch", EN.value("Feedback", "severity", "LARGE_BATCH"));
        assertEquals("大批量问题", ZH.value("Feedback", "severity", "LARGE_BATCH"));
        assertEquals("Severity", EN.field("Feedback", "severity"));
        assertEquals("严重程度", ZH.field("Feedback", "severity"));
        assertEquals("Registered", EN.value("Feedback", "status", "REGISTERED"));
        assertEquals("Letter", EN.value("Feedback", "channel", "LETTER"));
        assertEquals("Received at", EN.field("Feedback", "receivedAt"));
        assertEquals("接收时间", ZH.field("Feedback", "receivedAt"));
        assertEquals("Yes", EN.value("Feedback", "safetyRelated", "true"));
        assertEquals("否", ZH.value("Feedback", "safetyRelated", "false"));
        assertEquals("Nov 10, 2026", EN.value("Delivery", "shipDate", "2026-11-10"));
        assertEquals("2026年11月10日", ZH.value("Delivery", "shipDate", "2026-11-10"));
        assertEquals(
                EN.value("Account", "departments", "QUALITY") + ", " + EN.value("Account", "departments", "SALES"),
                EN.value("Account", "departments", "[QUALITY, SALES]"));
        assertEquals("Quality", EN.value("Account", "departments", "QUALITY"));
        // what is not a code stays as written
        assertEquals("FB-2026-0001", EN.value("Feedback", "number", "FB-2026-0001"));
        assertEquals("Valves leak at 2 bar", EN.value("Feedback", "description", "Valves leak at 2 bar"));
        assertEquals("12", EN.value("Feedback", "quantityAffected", "12"));
    }

    @Test
    void eventsWithAMomentADurationOrADepartmentReadAsWell_CF14() {
        var locked = EN.line(new AuditEntry(AT, "system", "Account", 3L, "LOCKED", null, null, "2026-12-07T09:45:00Z"));
        assertEquals("Locked", locked.action());
        assertEquals("Dec 7, 2026, 5:45 PM", locked.newValue().replace('\u202f', ' '));

        var resumed = ZH.line(new AuditEntry(AT, "sales", "Feedback", 7L, "RESUMED", null, null, "PT2H30M"));
        assertEquals("期限恢复计时", resumed.action());
        assertEquals("2 小时 30 分钟", resumed.newValue());

        assertEquals("Quality", EN.detail("SurveyReply", "ACTION_OPENED", "QUALITY"));
        assertEquals("Corrective action opened", EN.action("ACTION_OPENED"));
        // a date inside a sentence is shown in the reader's format, the words as written
        assertEquals(
                "Nov 10, 2026 HOLIDAY Founding day",
                EN.detail("CalendarDay", "REMOVED", "2026-11-10 HOLIDAY Founding day"));
        // an action nobody labelled yet is at least spelled out
        assertEquals("Something new", EN.action("SOMETHING_NEW"));
    }

    /** Every field the case and the accounts audit has a label in both languages, none is spelled out. */
    @Test
    void everyAuditedFieldOfTheCaseAndTheAccountsHasALabelInBothLanguages_CF14() {
        var deadlines = new Deadlines(WorkingCalendar.builder(SHANGHAI).build(), p -> p.defaultValue());
        List<EditableEntity> records = List.of(
                Feedback.received(
                        FeedbackChannel.PHONE, null, null, null, null, "x", AT, "s", Department.SALES, deadlines),
                new Customer("C1", "客户", "Customer"),
                new Account("someone", "Some One", "hash", Set.of(Department.SALES)));
        for (var locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            var bundle = ResourceBundle.getBundle(UserMessages.BUNDLE, locale);
            for (var record : records) {
                String type = record.auditType();
                String prefix = Character.toLowerCase(type.charAt(0)) + type.substring(1) + ".";
                for (String field : record.auditSnapshot().keySet()) {
                    assertTrue(
                            bundle.containsKey(prefix + field) || bundle.containsKey("history.field." + field),
                            type + "." + field + " has no label in " + locale);
                }
            }
        }
    }
}
