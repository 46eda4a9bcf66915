-- Operations: each scheduled piece of work (mail outbox, escalation, survey schedule and
-- reminders, monthly-sheet steps, intake housekeeping) runs once per cluster, not once per
-- instance. Every instance's timer fires; the one whose single-row update moves the work's turn
-- forward runs it, the others find the turn taken and skip. A turn is the scheduled moment in
-- epoch seconds, so no time zone or timestamp type is involved.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.
CREATE TABLE scheduled_turn (
    work VARCHAR(40) PRIMARY KEY,
    turn_second BIGINT NOT NULL,
    taken_by VARCHAR(200) NOT NULL,
    taken_at TIMESTAMP WITH TIME ZONE NOT NULL
);
