package com.qualitydesk.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.settings.ProcedureParameter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** CC-03: the arithmetic of a retention period, including leap days and the company's zone. */
class RetentionPeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RetentionPeriod ONE_YEAR = new RetentionPeriod(1);
    private static final RetentionPeriod THREE_YEARS = new RetentionPeriod(3);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aRecordIsKeptThroughItsAnniversaryAndMayExpireTheDayAfter_CC03() {
        LocalDate start = day("2024-03-10");
        assertEquals(day("2025-03-10"), ONE_YEAR.keptThrough(start));
        assertEquals(day("2025-03-11"), ONE_YEAR.expirableFrom(start));
        assertFalse(ONE_YEAR.isOver(start, day("2025-03-09")));
        assertFalse(ONE_YEAR.isOver(start, day("2025-03-10")), "nothing is deleted before the period ends");
        assertTrue(ONE_YEAR.isOver(start, day("2025-03-11")));
        assertEquals(day("2027-03-10"), THREE_YEARS.keptThrough(start));
    }

    @Test
    void aRecordClosedOn29FebruaryIsKeptThrough28FebruaryOfACommonYear_CC03() {
        LocalDate leapDay = day("2024-02-29");
        assertEquals(day("2025-02-28"), ONE_YEAR.keptThrough(leapDay));
        assertFalse(ONE_YEAR.isOver(leapDay, day("2025-02-28")));
        assertTrue(ONE_YEAR.isOver(leapDay, day("2025-03-01")), "365 days after it started");
        // a day later starts a day later: never earlier than the record before it
        assertEquals(day("2025-03-01"), ONE_YEAR.keptThrough(day("2024-03-01")));
        assertEquals(day("2027-02-28"), THREE_YEARS.keptThrough(leapDay));
    }

    @Test
    void fourYearsAfter29FebruaryIs29FebruaryAgain_CC03() {
        var four = new RetentionPeriod(4);
        assertEquals(day("2028-02-29"), four.keptThrough(day("2024-02-29")));
        assertFalse(four.isOver(day("2024-02-29"), day("2028-02-29")));
        assertTrue(four.isOver(day("2024-02-29"), day("2028-03-01")));
    }

    @Test
    void theLatestStartOverTodayIsExactlyTheBoundaryOfIsOver_CC03() {
        for (int years = 1; years <= 5; years++) {
            var period = new RetentionPeriod(years);
            for (LocalDate today = day("2027-12-25"); today.isBefore(day("2032-03-10")); today = today.plusDays(1)) {
                LocalDate latest = period.latestStartOverOn(today);
                assertTrue(period.isOver(latest, today), years + " years, " + today + ": " + latest);
                assertFalse(period.isOver(latest.plusDays(1), today), years + " years, " + today + ": " + latest);
            }
        }
    }

    @Test
    void onFirstMarchOfACommonYearARecordOf29FebruaryOfTheLeapYearBeforeIsOver_CC03() {
        assertEquals(day("2024-02-29"), ONE_YEAR.latestStartOverOn(day("2025-03-01")));
        assertEquals(
                day("2024-02-28"), ONE_YEAR.latestStartOverOn(day("2025-02-28")).plusDays(1));
    }

    @Test
    void thePeriodStartsOnTheDayOfTheLastActivityWhereTheCompanyWorks_CC03() {
        // 31 December 2024, 18:30 UTC is already 1 January 2025 in Shanghai
        Instant evening = Instant.parse("2024-12-31T18:30:00Z");
        assertEquals(day("2025-01-01"), RetentionPeriod.startDay(evening, SHANGHAI));
        assertEquals(day("2024-12-31"), RetentionPeriod.startDay(evening, ZoneId.of("UTC")));
        assertEquals(day("2026-01-01"), ONE_YEAR.keptThrough(RetentionPeriod.startDay(evening, SHANGHAI)));
    }

    @Test
    void theMomentALastActivityMustLieBeforeIsMidnightAfterTheLatestStartInTheZone_CC03() {
        Instant before = ONE_YEAR.lastActivityBefore(day("2025-03-11"), SHANGHAI);
        assertEquals(Instant.parse("2024-03-10T16:00:00Z"), before, "11 March 2024, 00:00 in Shanghai");
        assertTrue(ONE_YEAR.isOver(RetentionPeriod.startDay(before.minusSeconds(1), SHANGHAI), day("2025-03-11")));
        assertFalse(ONE_YEAR.isOver(RetentionPeriod.startDay(before, SHANGHAI), day("2025-03-11")));
    }

    @Test
    void aPeriodIsAtLeastOneYearAndEachClassReadsItsOwnSetting_CC03() {
        assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(0));
        assertEquals(ProcedureParameter.CC03_SALES_RECORD_RETENTION_YEARS, RecordClass.SALES_COMMUNICATION.parameter());
        assertEquals(ProcedureParameter.CC03_QUALITY_RECORD_RETENTION_YEARS, RecordClass.QUALITY.parameter());
        assertEquals(RecordClass.SALES_COMMUNICATION, RecordKind.CUSTOMER_COMMUNICATION.recordClass());
        assertEquals(RecordClass.QUALITY, RecordKind.SERVICE_RECORD.recordClass());
        assertEquals(RecordClass.QUALITY, RecordKind.SURVEY_REPLY.recordClass());
        // a closed feedback case waits as long as the service records: the quality records' setting
        assertEquals(RecordClass.QUALITY, RecordKind.FEEDBACK_CASE.recordClass());
        assertEquals("Feedback", RecordKind.FEEDBACK_CASE.recordType(), "as its files and its history name it");
    }

    @Test
    void aCaseClosedOnAnyDayOfTheEightQuartersBeforeIsKeptBeyondThem_CC03() {
        // the indicators' longest look back is eight quarters; the seed's three years reach past it,
        // so no case the trend counts can expire (it was received before it was closed)
        LocalDate today = day("2026-12-06");
        LocalDate trendStart = day("2024-10-01");
        assertFalse(THREE_YEARS.isOver(trendStart, today));
        assertTrue(THREE_YEARS.latestStartOverOn(today).isBefore(trendStart));
    }
}
