package com.qualitydesk.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** CF-05: the special quality analysis meeting of a large-batch (or major) problem. */
@Embeddable
public class AnalysisMeeting {

    @Column(name = "meeting_date")
    private LocalDate date;

    @Size(max = 1000, message = "{field.tooLong}")
    @Column(name = "meeting_attendees", length = 1000)
    private String attendees;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "meeting_minutes", length = 4000)
    private String minutes;

    @Size(max = 4000, message = "{field.tooLong}")
    @Column(name = "meeting_decisions", length = 4000)
    private String decisions;

    protected AnalysisMeeting() {}

    AnalysisMeeting(LocalDate date, String attendees, String minutes, String decisions) {
        if (Text.blank(attendees) || Text.blank(minutes)) {
            throw new com.qualitydesk.shared.RuleViolation("feedback.meeting.incomplete");
        }
        this.date = date;
        this.attendees = attendees.strip();
        this.minutes = minutes.strip();
        this.decisions = Text.strippedOrNull(decisions);
    }

    public LocalDate getDate() {
        return date;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getDecisions() {
        return decisions;
    }
}
