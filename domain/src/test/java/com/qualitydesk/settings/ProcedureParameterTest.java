package com.qualitydesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qualitydesk.shared.RuleViolation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The defaults are the bold numbers of PROCEDURES.md; a company may change them within limits. */
class ProcedureParameterTest {

    @Test
    void replyDeadlinesDefaultToTheSeeds_CF05() {
        assertEquals(2, ProcedureParameter.CF05_GENERAL_QUESTION_DAYS.defaultValue());
        assertEquals(5, ProcedureParameter.CF05_SMALL_BATCH_DAYS.defaultValue());
        assertEquals(7, ProcedureParameter.CF05_LARGE_BATCH_DAYS.defaultValue());
        assertEquals(3, ProcedureParameter.CF05_WRITTEN_REPLY_DAYS.defaultValue());
    }

    @Test
    void handOverAndContainmentDefaultToTheSeeds_CF02_CF06() {
        assertEquals(24, ProcedureParameter.CF02_HANDOVER_HOURS.defaultValue());
        assertEquals(1, ProcedureParameter.CF06_URGENT_CONTAINMENT_DAYS.defaultValue());
        assertEquals(3, ProcedureParameter.CF06_CONTAINMENT_MIN_DAYS.defaultValue());
        assertEquals(7, ProcedureParameter.CF06_CONTAINMENT_MAX_DAYS.defaultValue());
    }

    @Test
    void targetsDefaultToTheSeeds_CF12_CS01_CS02_CS09_CS10_AS05_CC03() {
        assertEquals(100, ProcedureParameter.CF12_REPLY_SHARE_TARGET.defaultValue());
        assertEquals(3, ProcedureParameter.CS01_SURVEY_CYCLE_MONTHS.defaultValue());
        assertEquals(90, ProcedureParameter.CS02_COVERAGE_TARGET.defaultValue());
        assertEquals(98, ProcedureParameter.CS09_PASS_RATE_OBJECTIVE.defaultValue());
        assertEquals(90, ProcedureParameter.CS10_SATISFACTION_OBJECTIVE.defaultValue());
        assertEquals(24, ProcedureParameter.AS05_OBJECTION_DISPOSAL_HOURS.defaultValue());
        assertEquals(5, ProcedureParameter.AS05_CALL_BACK_WORKING_DAYS.defaultValue());
        assertEquals(1, ProcedureParameter.CC03_SALES_RECORD_RETENTION_YEARS.defaultValue());
        assertEquals(3, ProcedureParameter.CC03_QUALITY_RECORD_RETENTION_YEARS.defaultValue());
    }

    @Test
    void everyDefaultLiesInsideItsOwnRange() {
        Arrays.stream(ProcedureParameter.values())
                .forEach(p -> assertTrue(p.accepts(p.defaultValue()), p + " default outside its range"));
    }

    @Test
    void aSettingRefusesAValueOutsideItsRange_CS02() {
        var setting = new ProcedureSetting(ProcedureParameter.CS02_COVERAGE_TARGET);
        var refused = assertThrows(RuleViolation.class, () -> setting.change(101));
        assertEquals("settings.outOfRange", refused.getMessageKey());
        assertEquals(90, setting.getValue());
        setting.change(95);
        assertEquals(95, setting.getValue());
    }
}
