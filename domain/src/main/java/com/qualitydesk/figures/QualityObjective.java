package com.qualitydesk.figures;

import com.qualitydesk.security.Department;
import com.qualitydesk.settings.ProcedureParameter;

/**
 * The quality objectives of the policy (seed 004) that the system can measure, each with the
 * procedure setting that holds its target (CS-11, IM-04), the way the figure must compare with
 * it, and the department that improves it (IM-02). Satisfaction and survey coverage are measured
 * per campaign, so their trend is drawn by quarter; the others by month.
 */
public enum QualityObjective {
    /** CS-09: lots passed of lots inspected, seed 004 "98 % above". */
    PASS_RATE(
            "CS-09",
            ProcedureParameter.CS09_PASS_RATE_OBJECTIVE,
            Comparison.AT_LEAST,
            Measure.PERCENT,
            Department.QUALITY,
            false),
    /** CS-10/CS-11: the campaigns' satisfaction index, seed 004 "more than 90 %". */
    SATISFACTION(
            "CS-11",
            ProcedureParameter.CS10_SATISFACTION_OBJECTIVE,
            Comparison.ABOVE,
            Measure.PERCENT,
            Department.SALES,
            true),
    /** CF-05: written replies sent by their deadline, of the replies due in the period. */
    REPLIED_ON_TIME(
            "IM-04",
            ProcedureParameter.IM04_REPLIED_ON_TIME_TARGET,
            Comparison.AT_LEAST,
            Measure.PERCENT,
            Department.SALES,
            false),
    /** CF-12, seed 004 "100 % processing": feedback received in the period that has its reply. */
    FEEDBACK_ANSWERED(
            "CF-12",
            ProcedureParameter.CF12_REPLY_SHARE_TARGET,
            Comparison.AT_LEAST,
            Measure.PERCENT,
            Department.SALES,
            false),
    /** CS-02: customers covered by the campaigns of the period. */
    SURVEY_COVERAGE(
            "CS-02",
            ProcedureParameter.CS02_COVERAGE_TARGET,
            Comparison.AT_LEAST,
            Measure.PERCENT,
            Department.SALES,
            true),
    /** AS-05: delivered batches called back, of the call-backs due in the period. */
    CALL_BACK_SHARE(
            "AS-05",
            ProcedureParameter.AS05_CALL_BACK_SHARE_TARGET,
            Comparison.AT_LEAST,
            Measure.PERCENT,
            Department.SALES,
            false),
    /** CS-09: the lowest Cpk of the important processes measured in the period. */
    PROCESS_CAPABILITY(
            "CS-09",
            ProcedureParameter.CS09_CPK_GOOD_HUNDREDTHS,
            Comparison.AT_LEAST,
            Measure.INDEX,
            Department.PRODUCTION,
            false),
    /** CF-13: the quality cost of the period against a monthly ceiling. */
    QUALITY_COST(
            "IM-04",
            ProcedureParameter.IM04_QUALITY_COST_CEILING,
            Comparison.AT_MOST,
            Measure.AMOUNT,
            Department.FINANCE,
            false);

    /** How the measured figure must stand against the target to meet the objective. */
    public enum Comparison {
        AT_LEAST,
        ABOVE,
        AT_MOST
    }

    /** What the figure is: a share in percent, an index such as Cpk, or an amount of money. */
    public enum Measure {
        PERCENT,
        INDEX,
        AMOUNT
    }

    private final String ruleId;
    private final ProcedureParameter target;
    private final Comparison comparison;
    private final Measure measure;
    private final Department owner;
    private final boolean byQuarter;

    QualityObjective(
            String ruleId,
            ProcedureParameter target,
            Comparison comparison,
            Measure measure,
            Department owner,
            boolean byQuarter) {
        this.ruleId = ruleId;
        this.target = target;
        this.comparison = comparison;
        this.measure = measure;
        this.owner = owner;
        this.byQuarter = byQuarter;
    }

    public String ruleId() {
        return ruleId;
    }

    public ProcedureParameter target() {
        return target;
    }

    public Comparison comparison() {
        return comparison;
    }

    public Measure measure() {
        return measure;
    }

    /** IM-02: the department that improves this figure and sees it on its home page. */
    public Department owner() {
        return owner;
    }

    /** Measured per campaign: the trend is drawn by quarter rather than by month. */
    public boolean byQuarter() {
        return byQuarter;
    }

    /** The target in the figure's own scale: a Cpk setting is kept in hundredths. */
    public double targetOf(int settingValue) {
        return measure == Measure.INDEX ? settingValue / 100.0 : settingValue;
    }
}
