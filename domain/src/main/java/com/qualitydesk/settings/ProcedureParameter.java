package com.qualitydesk.settings;

/**
 * Every number that PROCEDURES.md prints in bold, and the platform's own limits. Seeds disagree on
 * these numbers, so each is a parameter an administrator may change; services read the current
 * value at the moment they apply it. The default here is the seed's default.
 */
public enum ProcedureParameter {
    CF02_HANDOVER_HOURS("CF-02", Unit.HOURS, 24, 1, 240),
    CF02_GM_REVIEW_HOURS("CF-02", Unit.HOURS, 24, 1, 240),
    CF05_GENERAL_QUESTION_DAYS("CF-05", Unit.WORKING_DAYS, 2, 1, 60),
    CF05_SMALL_BATCH_DAYS("CF-05", Unit.WORKING_DAYS, 5, 1, 60),
    CF05_LARGE_BATCH_DAYS("CF-05", Unit.WORKING_DAYS, 7, 1, 60),
    CF05_WRITTEN_REPLY_DAYS("CF-05", Unit.WORKING_DAYS, 3, 1, 60),
    CF06_URGENT_CONTAINMENT_DAYS("CF-06", Unit.WORKING_DAYS, 1, 0, 10),
    CF06_CONTAINMENT_MIN_DAYS("CF-06", Unit.WORKING_DAYS, 3, 1, 60),
    CF06_CONTAINMENT_MAX_DAYS("CF-06", Unit.WORKING_DAYS, 7, 1, 60),
    CF08_GM_DECISION_HOURS("CF-08", Unit.HOURS, 4, 1, 80),
    CF10_VERIFICATION_WINDOW_DAYS("CF-10", Unit.WORKING_DAYS, 20, 0, 250),
    CF10_VERIFICATION_DAYS("CF-10", Unit.WORKING_DAYS, 5, 1, 60),
    CF12_REPLY_SHARE_TARGET("CF-12", Unit.PERCENT, 100, 0, 100),
    TASK_WARNING_SHARE("CF-05", Unit.PERCENT, 25, 1, 99),
    ESCALATION_HEAD_AFTER_HOURS("CF-05", Unit.HOURS, 0, 0, 240),
    ESCALATION_GM_AFTER_HOURS("CF-08", Unit.HOURS, 8, 0, 240),
    CC02_INTAKE_PER_HOUR("CC-02", Unit.COUNT, 5, 1, 1000),
    ATTACHMENT_MAX_MB("CF-01", Unit.MEGABYTES, 10, 1, 20),
    AS01_TRAINING_VALID_MONTHS("AS-01", Unit.MONTHS, 12, 1, 60),
    AS05_CALL_BACK_WORKING_DAYS("AS-05", Unit.WORKING_DAYS, 5, 0, 60),
    AS05_OBJECTION_DISPOSAL_HOURS("AS-05", Unit.HOURS, 24, 1, 240),
    AS05_CALL_BACK_SHARE_TARGET("AS-05", Unit.PERCENT, 100, 0, 100),
    CS01_SURVEY_CYCLE_MONTHS("CS-01", Unit.MONTHS, 3, 1, 3),
    CS02_COVERAGE_TARGET("CS-02", Unit.PERCENT, 90, 0, 100),
    CS01_DISPATCH_DAY("CS-01", Unit.DAY_OF_MONTH, 5, 1, 28),
    CS01_QUARTERLY_DISPATCH("CS-01", Unit.SWITCH, 1, 0, 1),
    CS02_DELIVERY_MONTHS("CS-02", Unit.MONTHS, 12, 1, 60),
    CS02_FLAG_DAYS_BEFORE_DEADLINE("CS-02", Unit.DAYS, 7, 1, 60),
    CS04_REPLY_DAYS("CS-04", Unit.DAYS, 21, 1, 90),
    CS04_BAD_LINKS_PER_HOUR("CS-04", Unit.COUNT, 20, 1, 1000),
    CS05_REMINDER_AFTER_DAYS("CS-05", Unit.DAYS, 7, 1, 60),
    CS05_REMINDER_MAX("CS-05", Unit.COUNT, 2, 0, 10),
    CS07_DISSATISFIED_SCORE("CS-07", Unit.SCORE, 2, 1, 4),
    CS09_PASS_RATE_OBJECTIVE("CS-09", Unit.PERCENT, 98, 0, 100),
    CS09_MIN_SUBGROUPS("CS-09", Unit.COUNT, 25, 2, 500),
    CS09_CPK_GOOD_HUNDREDTHS("CS-09", Unit.HUNDREDTHS, 133, 0, 500),
    CS09_CPK_FAIR_HUNDREDTHS("CS-09", Unit.HUNDREDTHS, 100, 0, 500),
    CS09_SUBMISSION_WORKING_DAY("CS-09", Unit.WORKING_DAYS, 5, 1, 20),
    CS10_SATISFACTION_OBJECTIVE("CS-10", Unit.PERCENT, 90, 0, 100),
    IM04_REPLIED_ON_TIME_TARGET("IM-04", Unit.PERCENT, 95, 0, 100),
    IM04_QUALITY_COST_CEILING("IM-04", Unit.AMOUNT, 50000, 0, 100_000_000),
    CC03_SALES_RECORD_RETENTION_YEARS("CC-03", Unit.YEARS, 1, 1, 50),
    /** CC-03 leaves quality records to the record control procedure, which prints no number: three years. */
    CC03_QUALITY_RECORD_RETENTION_YEARS("CC-03", Unit.YEARS, 3, 1, 50),
    LOGIN_LOCK_AFTER_FAILURES("PLATFORM", Unit.COUNT, 5, 1, 100),
    LOGIN_LOCK_MINUTES("PLATFORM", Unit.MINUTES, 15, 1, 1440),
    SESSION_TIMEOUT_MINUTES("PLATFORM", Unit.MINUTES, 30, 5, 600);

    public enum Unit {
        HOURS,
        MINUTES,
        WORKING_DAYS,
        MONTHS,
        YEARS,
        PERCENT,
        COUNT,
        DAYS,
        DAY_OF_MONTH,
        SWITCH,
        SCORE,
        MEGABYTES,
        /** a ratio in hundredths: 133 is 1.33 */
        HUNDREDTHS,
        /** an amount in the company's currency (CNY) */
        AMOUNT
    }

    private final String ruleId;
    private final Unit unit;
    private final int defaultValue;
    private final int min;
    private final int max;

    ProcedureParameter(String ruleId, Unit unit, int defaultValue, int min, int max) {
        this.ruleId = ruleId;
        this.unit = unit;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String ruleId() {
        return ruleId;
    }

    public Unit unit() {
        return unit;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }
}
