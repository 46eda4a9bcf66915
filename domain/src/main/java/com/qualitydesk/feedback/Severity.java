package com.qualitydesk.feedback;

import com.qualitydesk.settings.ProcedureParameter;

/**
 * How serious a registered feedback item is, and so how long SALES has to reply (CF-05). A major or
 * complicated problem goes to the general manager at once (CF-08); its written reply falls back to
 * the overall reply default of seed 004 until the general manager decides otherwise.
 */
public enum Severity {
    GENERAL_QUESTION(ProcedureParameter.CF05_GENERAL_QUESTION_DAYS, false),
    SMALL_BATCH(ProcedureParameter.CF05_SMALL_BATCH_DAYS, false),
    LARGE_BATCH(ProcedureParameter.CF05_LARGE_BATCH_DAYS, false),
    MAJOR(ProcedureParameter.CF05_WRITTEN_REPLY_DAYS, true);

    private final ProcedureParameter replyDays;
    private final boolean generalManagerAtOnce;

    Severity(ProcedureParameter replyDays, boolean generalManagerAtOnce) {
        this.replyDays = replyDays;
        this.generalManagerAtOnce = generalManagerAtOnce;
    }

    /** The parameter holding this severity's reply time in working days. */
    public ProcedureParameter replyDays() {
        return replyDays;
    }

    /** CF-05/CF-08: reported to the general manager immediately, whose instruction is recorded. */
    public boolean goesToGeneralManagerAtOnce() {
        return generalManagerAtOnce;
    }

    /** CF-05: a large-batch or major problem has a special quality analysis meeting. */
    public boolean hasSpecialMeeting() {
        return this == LARGE_BATCH || this == MAJOR;
    }
}
