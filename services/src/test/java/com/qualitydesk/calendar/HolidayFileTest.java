package com.qualitydesk.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.calendar.HolidayFile.Entry;
import com.qualitydesk.shared.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HolidayFileTest {

    private static byte[] sample() throws IOException {
        try (InputStream in = HolidayFileTest.class.getResourceAsStream("/calendar/china-2026.ics")) {
            return in.readAllBytes();
        }
    }

    /** A calendar whose first event begins on line 4. */
    private static byte[] ics(String... eventLines) {
        String body = String.join("\r\n", eventLines);
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<LocalDate, Entry> byDate(List<Entry> entries) {
        return entries.stream().collect(Collectors.toMap(Entry::date, Function.identity()));
    }

    private static String refusal(byte[] file) {
        var e = assertThrows(RuleViolation.class, () -> HolidayFile.read(file));
        assertEquals("calendar.import.invalid", e.getMessageKey());
        assertEquals(1, e.getArguments().length);
        return (String) e.getArguments()[0];
    }

    private static Entry entry(String date, DayKind kind, String name) {
        return new Entry(LocalDate.parse(date), kind, name);
    }

    @Test
    void sampleFileGivesTheOfficial2026ScheduleInDateOrder() throws IOException {
        List<Entry> entries = HolidayFile.read(sample());
        assertEquals(39, entries.size());
        assertEquals(
                33, entries.stream().filter(e -> e.kind() == DayKind.HOLIDAY).count());
        assertEquals(LocalDate.parse("2026-01-01"), entries.get(0).date());
        assertEquals(
                LocalDate.parse("2026-10-10"), entries.get(entries.size() - 1).date());
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).date().isBefore(entries.get(i).date()));
        }
    }

    @Test
    void allDayRangeRunsFromDtStartUpToButNotIncludingDtEnd() throws IOException {
        var days = byDate(HolidayFile.read(sample()));
        assertEquals(
                entry("2026-02-15", DayKind.HOLIDAY, "春节 Spring Festival"), days.get(LocalDate.parse("2026-02-15")));
        assertEquals(
                entry("2026-02-23", DayKind.HOLIDAY, "春节 Spring Festival"), days.get(LocalDate.parse("2026-02-23")));
        assertFalse(days.containsKey(LocalDate.parse("2026-02-24")), "DTEND is the first day back");
        assertEquals(DayKind.HOLIDAY, days.get(LocalDate.parse("2026-10-07")).kind());
        assertFalse(days.containsKey(LocalDate.parse("2026-10-08")));
    }

    @Test
    void eventWithoutDtEndIsOneDayAndDurationCountsWholeDays() throws IOException {
        var days = byDate(HolidayFile.read(sample()));
        assertEquals(entry("2026-01-04", DayKind.WORKDAY, "元旦补班"), days.get(LocalDate.parse("2026-01-04")));
        assertFalse(days.containsKey(LocalDate.parse("2026-01-05")));
        assertEquals(DayKind.HOLIDAY, days.get(LocalDate.parse("2026-06-21")).kind(), "DURATION:P3D from 06-19");
        assertFalse(days.containsKey(LocalDate.parse("2026-06-22")));
    }

    @Test
    void makeUpWorkingDayIsRecognisedBySummaryOrCategory() throws IOException {
        var days = byDate(HolidayFile.read(sample()));
        assertEquals(DayKind.WORKDAY, days.get(LocalDate.parse("2026-02-14")).kind(), "补班");
        assertEquals(DayKind.WORKDAY, days.get(LocalDate.parse("2026-02-28")).kind(), "Working Day");
        assertEquals(
                entry("2026-05-09", DayKind.WORKDAY, "劳动节调休"),
                days.get(LocalDate.parse("2026-05-09")),
                "CATEGORIES:WORKDAY");
        assertEquals(DayKind.WORKDAY, days.get(LocalDate.parse("2026-10-10")).kind());
    }

    @Test
    void timedEventRefusesTheWholeFileAndNamesItsEventAndLine() {
        String problem = refusal(ics(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20251001",
                "DTEND;VALUE=DATE:20251009",
                "SUMMARY:国庆节",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART:20251011T083000",
                "SUMMARY:meeting",
                "END:VEVENT"));
        assertEquals(
                "event 2 at line 9 (meeting): DTSTART 20251011T083000 is not an all-day date (VALUE=DATE)", problem);
    }

    @Test
    void everyUnusableEventIsReported() {
        String problem = refusal(ics(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20251001",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "SUMMARY:no start",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20250101",
                "DTEND;VALUE=DATE:20251231",
                "SUMMARY:whole year",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20250105",
                "DTEND;VALUE=DATE:20250101",
                "SUMMARY:backwards",
                "END:VEVENT"));
        assertEquals(
                "event 1 at line 4: no SUMMARY to name the day"
                        + "; event 2 at line 7 (no start): no DTSTART"
                        + "; event 3 at line 10 (whole year): longer than 31 days: 2025-01-01..2025-12-31"
                        + "; event 4 at line 15 (backwards): ends before it starts: 2025-01-05..2025-01-01",
                problem);
    }

    @Test
    void dateThatIsBothHolidayAndWorkingDayIsRefused() {
        String problem = refusal(ics(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20251001",
                "DTEND;VALUE=DATE:20251009",
                "SUMMARY:国庆节",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20251008",
                "SUMMARY:国庆节补班",
                "END:VEVENT"));
        assertEquals("event 2 at line 9 (国庆节补班): 2025-10-08 is also a HOLIDAY in event 1", problem);
    }

    @Test
    void overlappingHolidaysKeepTheFirstName() {
        // 2025: Mid-Autumn Festival (10-06) falls inside the National Day week.
        var days = byDate(HolidayFile.read(ics(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20251001",
                "DTEND;VALUE=DATE:20251009",
                "SUMMARY:国庆节 National Day",
                "END:VEVENT",
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20251006",
                "SUMMARY:中秋节 Mid-Autumn Festival",
                "END:VEVENT")));
        assertEquals(8, days.size());
        assertEquals("国庆节 National Day", days.get(LocalDate.parse("2025-10-06")).name());
    }

    @Test
    void syntaxErrorNamesTheLine() {
        String problem = refusal(ics("BEGIN:VEVENT", "DTSTART;VALUE=DATE:20251301", "SUMMARY:x", "END:VEVENT"));
        assertTrue(problem.contains("line 5"), problem);
        assertTrue(refusal("this is no calendar\n".getBytes(StandardCharsets.UTF_8))
                .contains("line 1"));
    }

    @Test
    void fileWithoutEventsIsRefused() {
        assertEquals("no VEVENT in the file", refusal(ics("X-WR-CALNAME:empty")));
    }

    @Test
    void yearSelectsItsDaysOfAFeedCoveringSeveralYears() {
        byte[] twoYears = ics(
                "BEGIN:VEVENT",
                "DTSTART;VALUE=DATE:20251231",
                "DTEND;VALUE=DATE:20260104",
                "SUMMARY:元旦 New Year's Day",
                "END:VEVENT");
        assertEquals(
                List.of(LocalDate.parse("2025-12-31")),
                HolidayFile.read(twoYears, 2025).stream().map(Entry::date).toList());
        assertEquals(3, HolidayFile.read(twoYears, 2026).size());
        var e = assertThrows(RuleViolation.class, () -> HolidayFile.read(twoYears, 2027));
        assertArrayEquals(new Object[] {"no day of 2027 in the file"}, e.getArguments());
    }

    @Test
    void byteOrderMarkIsAccepted() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] file = sample();
        byte[] withBom = new byte[bom.length + file.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(file, 0, withBom, bom.length, file.length);
        assertEquals(HolidayFile.read(file), HolidayFile.read(withBom));
    }
}
