package com.qualitydesk.calendar;

/** What a calendar entry does to an otherwise normal day. */
public enum DayKind {
    /** A public holiday: nobody works, even on a weekday. */
    HOLIDAY,
    /** A make-up working day (调休上班): people work, even on a weekend day. */
    WORKDAY
}
