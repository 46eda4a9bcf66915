package com.qualitydesk.aftersales;

import com.qualitydesk.calendar.WorkingCalendar;
import com.qualitydesk.settings.ProcedureParameter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.ToIntFunction;

/**
 * The two clocks of AS-05, with the parameter values in force when they are applied: the call-back
 * is due a number of working days after the ship date, on the company's working calendar (a
 * make-up working day counts, a holiday does not); an objection's disposal suggestion is due a
 * number of clock hours after the objection was recorded ("within 24 hours", like CF-02's
 * hand-over: a night or a weekend does not stop it).
 */
public final class CallBackDeadlines {

    private final WorkingCalendar calendar;
    private final ToIntFunction<ProcedureParameter> settings;

    public CallBackDeadlines(WorkingCalendar calendar, ToIntFunction<ProcedureParameter> settings) {
        this.calendar = calendar;
        this.settings = settings;
    }

    /**
     * AS-05: closing time of the n-th working day after the ship date. The ship date is day 0 when
     * people work on it; a batch shipped on a holiday counts from the next working day, as a
     * feedback registered on a day off does (CF-05).
     */
    public Instant callBack(LocalDate shipDate) {
        return calendar.addWorkingDays(
                shipDate.atStartOfDay(calendar.zone()).toInstant(),
                settings.applyAsInt(ProcedureParameter.AS05_CALL_BACK_WORKING_DAYS));
    }

    /** When the call-back's clock starts: the ship date's first moment in the company's zone. */
    public Instant shipped(LocalDate shipDate) {
        return shipDate.atStartOfDay(calendar.zone()).toInstant();
    }

    /** AS-05: the disposal suggestion of an objection is due this many clock hours after it. */
    public Instant disposal(Instant objectionAt) {
        return objectionAt.plus(
                Duration.ofHours(settings.applyAsInt(ProcedureParameter.AS05_OBJECTION_DISPOSAL_HOURS)));
    }
}
