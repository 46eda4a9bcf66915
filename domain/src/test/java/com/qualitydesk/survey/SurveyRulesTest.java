package com.qualitydesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;
import com.qualitydesk.survey.Coverage.Invited;
import com.qualitydesk.survey.SatisfactionStatistics.Item;
import com.qualitydesk.survey.SatisfactionStatistics.Score;
import com.qualitydesk.survey.SurveyEligibility.ContractPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The survey rules on hand-computed examples. */
class SurveyRulesTest {

    private static final LocalDate Q4_START = LocalDate.of(2026, 10, 1);
    private static final LocalDate Q4_END = LocalDate.of(2026, 12, 31);
    private final SurveyEligibility q4 = new SurveyEligibility(Q4_START, Q4_END, 12);

    @Test
    void aContractOverlappingThePeriodMakesTheCustomerEligible_CS02() {
        assertTrue(q4.isEligible(List.of(new ContractPeriod(LocalDate.of(2025, 1, 1), Q4_START)), List.of()));
        assertTrue(q4.isEligible(List.of(new ContractPeriod(Q4_END, null)), List.of()));
        assertFalse(q4.isEligible(
                List.of(new ContractPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 9, 30))), List.of()));
        assertFalse(q4.isEligible(List.of(new ContractPeriod(LocalDate.of(2027, 1, 1), null)), List.of()));
    }

    @Test
    void aDeliveryInTheLastNMonthsMakesTheCustomerEligible_CS02() {
        assertEquals(LocalDate.of(2026, 1, 1), q4.deliveriesSince());
        assertTrue(q4.isEligible(List.of(), List.of(LocalDate.of(2026, 1, 1))));
        assertFalse(q4.isEligible(List.of(), List.of(LocalDate.of(2025, 12, 31))));
        assertFalse(q4.isEligible(List.of(), List.of(LocalDate.of(2027, 1, 1))), "after the period");
        var threeMonths = new SurveyEligibility(Q4_START, Q4_END, 3);
        assertFalse(threeMonths.isEligible(List.of(), List.of(LocalDate.of(2026, 9, 30))));
        assertTrue(threeMonths.isEligible(List.of(), List.of(LocalDate.of(2026, 10, 1))));
    }

    @Test
    void coverageCountsCustomerAccountsNotRecipients_CS02_CS05() {
        var eligible = Set.of(1L, 2L, 3L, 4L);
        var invited = List.of(
                new Invited(1, true),
                new Invited(1, true), // a second person of the same customer adds nothing
                new Invited(2, false),
                new Invited(2, true), // one of two recipients replied: covered
                new Invited(3, false),
                new Invited(9, true)); // not eligible: ignored
        Coverage c = Coverage.of(eligible, invited, 90);
        assertEquals(4, c.eligible());
        assertEquals(2, c.covered());
        assertEquals(50.0, c.percent());
        assertTrue(c.isBelowTarget());
        assertEquals(2, c.missing(), "90 % of 4 is 3.6: four customers are needed");
    }

    @Test
    void coverageIsComparedExactlyWithTheTarget_CS02() {
        assertTrue(new Coverage(1000, 899, 90).isBelowTarget());
        assertFalse(new Coverage(1000, 900, 90).isBelowTarget());
        assertEquals(89.9, new Coverage(1000, 899, 90).percent());
        assertFalse(new Coverage(0, 0, 90).isBelowTarget());
        assertEquals(1, new Coverage(1000, 899, 90).missing());
    }

    @Test
    void weightedSatisfactionIndexOnAHandComputedExample_CS08() {
        // item 1 weight 2: scores 5, 4, 3 -> mean 4, satisfied 2 of 3
        // item 2 weight 1: scores 2, n/a -> mean 2, satisfied 0 of 1
        // item 3 weight 5: nobody scored -> left out of the index
        // index = (2*4 + 1*2) / 3 / 5 = 10/15 = 66.67 %
        var stats = new SatisfactionStatistics(List.of(new Item(1, 2), new Item(2, 1), new Item(3, 5)))
                .addAll(List.of(new Score(1, 5), new Score(1, 4), new Score(1, 3), new Score(2, 2)));
        var items = stats.items();
        assertEquals(4.0, items.get(0).mean(), 1e-9);
        assertEquals(66.666, items.get(0).satisfiedPercent(), 1e-3);
        assertEquals(2.0, items.get(1).mean(), 1e-9);
        assertEquals(0.0, items.get(1).satisfiedPercent(), 1e-9);
        assertEquals(0, items.get(2).answers());
        assertTrue(Double.isNaN(items.get(2).mean()));
        assertEquals(66.666, stats.index(), 1e-3);
        assertEquals(50.0, stats.satisfiedPercent(), 1e-9, "2 of 4 scored answers are 4 or 5");
    }

    @Test
    void groupedCountsGiveTheSameFiguresAsSingleScores_CS08() {
        var one = new SatisfactionStatistics(List.of(new Item(7, 1)))
                .addAll(List.of(new Score(7, 5), new Score(7, 5), new Score(7, 1)));
        var grouped =
                new SatisfactionStatistics(List.of(new Item(7, 1))).add(7, 5, 2).add(7, 1, 1);
        assertEquals(one.index(), grouped.index(), 1e-9);
        assertEquals(73.333, grouped.index(), 1e-3);
    }

    @Test
    void nothingScoredHasNoIndex_CS08() {
        assertTrue(Double.isNaN(new SatisfactionStatistics(List.of(new Item(1, 1))).index()));
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 10:00 in Shanghai on 5 October; the deadline is the end of 26 October there
    private final Instant invited = Instant.parse("2026-10-05T02:00:00Z");
    private final Instant deadline = Instant.parse("2026-10-26T16:00:00Z");
    private final ReminderRule rule = new ReminderRule(7, 2, SHANGHAI);

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aReminderIsDueNDaysAfterTheInvitation_CS05() {
        assertFalse(rule.isDue(invited, null, 0, false, deadline, shanghai("2026-10-11T23:59:59")));
        assertTrue(rule.isDue(invited, null, 0, false, deadline, shanghai("2026-10-12T00:00:00")));
    }

    @Test
    void theMorningRunOnTheNthDayRemindsAlsoWhenTheInvitationWentOutLaterInItsDay_CS05() {
        // dispatched by the 07:00 run, the mails queued seconds later: N days on, the 07:00 run
        // must not find the reminder a few seconds early and leave it for the next day
        Instant sentBySevenOClockRun = shanghai("2026-10-05T07:00:04");
        assertTrue(rule.isDue(sentBySevenOClockRun, null, 0, false, deadline, shanghai("2026-10-12T07:00:00")));
        Instant firstReminder = shanghai("2026-10-12T07:00:02");
        assertFalse(
                rule.isDue(sentBySevenOClockRun, firstReminder, 1, false, deadline, shanghai("2026-10-18T07:00:00")));
        assertTrue(
                rule.isDue(sentBySevenOClockRun, firstReminder, 1, false, deadline, shanghai("2026-10-19T07:00:00")));
    }

    @Test
    void theNextReminderCountsFromThePreviousOneAndStopsAtM_CS05() {
        Instant first = invited.plus(Duration.ofDays(7));
        assertFalse(rule.isDue(invited, first, 1, false, deadline, first.plus(Duration.ofDays(6))));
        assertTrue(rule.isDue(invited, first, 1, false, deadline, first.plus(Duration.ofDays(7))));
        assertFalse(rule.isDue(invited, first, 2, false, deadline, first.plus(Duration.ofDays(14))), "at most M");
        assertEquals(2, ReminderRule.nextRound(1));
    }

    @Test
    void noReminderAfterTheDeadlineOrAfterAReply_CS05() {
        assertTrue(rule.isDue(invited, null, 0, false, deadline, deadline.minusSeconds(1)), "on the last day");
        assertFalse(rule.isDue(invited, null, 0, false, deadline, deadline));
        assertFalse(rule.isDue(invited, null, 0, true, deadline, invited.plus(Duration.ofDays(8))));
        assertFalse(new ReminderRule(7, 0, SHANGHAI)
                .isDue(invited, null, 0, false, deadline, invited.plus(Duration.ofDays(8))));
    }

    @Test
    void theQuarterlyCampaignIsPlannedOnTheDispatchDayOfAQuartersFirstMonth_CS01() {
        var onThe5th = new SurveyCycle(true, 5);
        for (int month : new int[] {1, 4, 7, 10}) {
            assertTrue(onThe5th.isDispatchDay(LocalDate.of(2027, month, 5)), "month " + month);
        }
        for (int month : new int[] {2, 3, 5, 6, 8, 9, 11, 12}) {
            assertFalse(onThe5th.isDispatchDay(LocalDate.of(2027, month, 5)), "month " + month);
        }
        assertFalse(onThe5th.isDispatchDay(LocalDate.of(2027, 4, 4)));
        assertFalse(onThe5th.isDispatchDay(LocalDate.of(2027, 4, 6)));
    }

    @Test
    void theDispatchDayParameterIsHonouredAndTheSwitchTurnsTheDispatchOff_CS01() {
        var onThe12th = new SurveyCycle(true, 12);
        assertTrue(onThe12th.isDispatchDay(LocalDate.of(2027, 7, 12)));
        assertFalse(onThe12th.isDispatchDay(LocalDate.of(2027, 7, 5)), "not on the default day");
        var off = new SurveyCycle(false, 12);
        assertFalse(off.isDispatchDay(LocalDate.of(2027, 7, 12)), "switched off");
    }

    @Test
    void theQuarterlyCampaignAsksAboutTheQuarterJustEnded_CS01() {
        var quarterly = new SurveyCycle(true, 5);
        LocalDate january = LocalDate.of(2027, 1, 5);
        assertEquals("2027-Q1", quarterly.campaignName(january));
        assertEquals(LocalDate.of(2026, 10, 1), quarterly.periodStart(january));
        assertEquals(LocalDate.of(2026, 12, 31), quarterly.periodEnd(january));
        LocalDate july = LocalDate.of(2027, 7, 28);
        assertEquals("2027-Q3", quarterly.campaignName(july));
        assertEquals(LocalDate.of(2027, 4, 1), quarterly.periodStart(july));
        assertEquals(LocalDate.of(2027, 6, 30), quarterly.periodEnd(july));
    }

    @Test
    void theCycleFollowsTheSettingOfAtMostThreeMonths_CS01() {
        var bimonthly = new SurveyCycle(true, 5, 2);
        for (int month : new int[] {1, 3, 5, 7, 9, 11}) {
            assertTrue(bimonthly.isDispatchDay(LocalDate.of(2027, month, 5)), "month " + month);
        }
        for (int month : new int[] {2, 4, 6, 8, 10, 12}) {
            assertFalse(bimonthly.isDispatchDay(LocalDate.of(2027, month, 5)), "month " + month);
        }
        LocalDate march = LocalDate.of(2027, 3, 5);
        assertEquals("2027-03", bimonthly.campaignName(march));
        assertEquals(LocalDate.of(2027, 1, 1), bimonthly.periodStart(march));
        assertEquals(LocalDate.of(2027, 2, 28), bimonthly.periodEnd(march));

        var monthly = new SurveyCycle(true, 5, 1);
        for (int month = 1; month <= 12; month++) {
            assertTrue(monthly.isDispatchDay(LocalDate.of(2027, month, 5)), "month " + month);
        }
        LocalDate january = LocalDate.of(2027, 1, 5);
        assertEquals("2027-01", monthly.campaignName(january));
        assertEquals(LocalDate.of(2026, 12, 1), monthly.periodStart(january));
        assertEquals(LocalDate.of(2026, 12, 31), monthly.periodEnd(january));

        assertThrows(IllegalArgumentException.class, () -> new SurveyCycle(true, 5, 4), "at most a quarter");
        assertEquals(SurveyCycle.LONGEST, ProcedureParameter.CS01_SURVEY_CYCLE_MONTHS.max());
    }

    @Test
    void theYearEndLetterGoesOutOnTheDispatchDayOfDecemberOnly_CS01() {
        var letter = new YearEndLetter(true, 5);
        assertTrue(letter.isDispatchDay(LocalDate.of(2027, 12, 5)));
        assertFalse(letter.isDispatchDay(LocalDate.of(2027, 12, 4)), "not another day of December");
        assertFalse(letter.isDispatchDay(LocalDate.of(2027, 12, 31)), "not at the very end of the year");
        for (int month = 1; month <= 11; month++) {
            assertFalse(letter.isDispatchDay(LocalDate.of(2027, month, 5)), "month " + month);
        }
        assertFalse(new YearEndLetter(false, 5).isDispatchDay(LocalDate.of(2027, 12, 5)), "switched off");
        assertTrue(new YearEndLetter(true, 28).isDispatchDay(LocalDate.of(2027, 12, 28)), "the setting's last day");
    }

    @Test
    void theYearEndLetterAsksAboutTheWholeYearOncePerYear_CS01() {
        LocalDate december = LocalDate.of(2027, 12, 5);
        assertEquals("2027 year-end", YearEndLetter.campaignName(december));
        assertEquals(LocalDate.of(2027, 1, 1), YearEndLetter.periodStart(december));
        assertEquals(LocalDate.of(2027, 12, 31), YearEndLetter.periodEnd(december));
        assertEquals("2028 year-end", YearEndLetter.campaignName(LocalDate.of(2028, 12, 5)));
        // beside a monthly cycle, December's dispatch day plans both, under different names
        var monthly = new SurveyCycle(true, 5, 1);
        assertTrue(monthly.isDispatchDay(december));
        assertTrue(new YearEndLetter(true, 5).isDispatchDay(december));
        assertNotEquals(monthly.campaignName(december), YearEndLetter.campaignName(december));
        // the quarterly and two-monthly cycles never dispatch in December
        assertFalse(new SurveyCycle(true, 5).isDispatchDay(december));
        assertFalse(new SurveyCycle(true, 5, 2).isDispatchDay(december));
    }

    @Test
    void aCampaignIsACycleUnlessMadeTheYearEndLetter_CS01() {
        var campaign = new SurveyCampaign("2027-Q1", null, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        assertEquals(CampaignKind.CYCLE, campaign.getKind());
        assertFalse(campaign.isYearEndLetter());
        campaign.setKind(CampaignKind.YEAR_END_LETTER);
        assertTrue(campaign.isYearEndLetter());
        assertEquals(CampaignKind.YEAR_END_LETTER, campaign.auditSnapshot().get("kind"));
    }

    @Test
    void aTokenHas256RandomBitsIsStoredHashedAndExpires_CS04() {
        Instant expiry = Instant.parse("2026-10-26T16:00:00Z");
        var a = InvitationToken.issue(expiry);
        var b = InvitationToken.issue(expiry);
        assertNotEquals(a.value(), b.value());
        assertEquals(43, a.value().length(), "32 bytes in unpadded base64url");
        assertEquals(64, a.hash().length());
        assertEquals(a.hash(), InvitationToken.hashOf(a.value()));
        assertFalse(a.hash().contains(a.value()));
        assertTrue(a.isValidAt(expiry.minusSeconds(1)));
        assertFalse(a.isValidAt(expiry));
        assertFalse(a.toString().contains(a.value()), "never in a log line");
    }

    @Test
    void replyCodesAreShortAndReadableAndTypingIsForgiven_CS04() {
        String code = ReplyCode.issue();
        assertTrue(code.matches("[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}"), code);
        assertEquals(code, ReplyCode.normalise(" " + code.replace("-", "").toLowerCase() + " "));
    }

    @Test
    void lowScoresGoToTheDepartmentOfTheirCategory_CS07_IM02() {
        var findings = List.of(
                new Dissatisfaction.Finding(SurveyCategory.PRODUCT_QUALITY, 2, "Product quality"),
                new Dissatisfaction.Finding(SurveyCategory.DELIVERY, 1, "Delivery"),
                new Dissatisfaction.Finding(SurveyCategory.PRICE, 3, "Price"),
                new Dissatisfaction.Finding(SurveyCategory.PRODUCT_PERFORMANCE, 2, "Performance"),
                new Dissatisfaction.Finding(SurveyCategory.PROCESS, 1, "Process"));
        var byDept = Dissatisfaction.byDepartment(findings, 2, false);
        assertEquals(
                Set.of(Department.QUALITY, Department.SALES, Department.TECHNICAL, Department.PRODUCTION),
                byDept.keySet());
        assertEquals(Department.FINANCE, SurveyCategory.PRICE.responsible());
        assertEquals(Department.SALES, SurveyCategory.SERVICE.responsible());
    }

    @Test
    void aFlaggedReplyWithoutLowScoresGoesToSales_CS07() {
        var none = List.of(new Dissatisfaction.Finding(SurveyCategory.SERVICE, 4, "Service"));
        assertTrue(Dissatisfaction.byDepartment(none, 2, false).isEmpty());
        assertEquals(
                Set.of(Department.SALES),
                Dissatisfaction.byDepartment(none, 2, true).keySet());
    }

    @Test
    void editingAUsedQuestionnaireMakesTheNextRevisionWithTheSameQuestions_CS03() {
        var q = new Questionnaire("Customer satisfaction");
        q.setNameZh("客户满意度");
        q.addItem(new QuestionnaireItem(SurveyCategory.PRODUCT_QUALITY, "Product quality", "产品质量", 20));
        q.markUsed();
        var next = q.nextRevision();
        assertEquals(2, next.getRevision());
        assertEquals("客户满意度 v2", next.label("zh_CN"));
        assertEquals("Customer satisfaction v2", next.label("en"));
        assertFalse(next.isUsed());
        assertEquals("产品质量", next.getItems().get(0).text("zh_CN"));
        assertEquals("满意", next.scaleLabel(4, "zh_CN"));
        assertEquals("Very satisfied", next.scaleLabel(5, "en"));
    }

    @Test
    void aQuestionnaireWithoutAChineseNameShowsItsNameToChineseReaders_CS03() {
        var q = new Questionnaire("Year-end letter");
        q.setNameZh("  ");
        assertEquals("Year-end letter v1", q.label("zh_CN"));
        assertEquals(null, q.getNameZh());
    }
}
