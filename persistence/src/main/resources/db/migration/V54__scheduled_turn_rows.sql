-- Issue 16: each scheduled work's row exists from the start, so that two instances firing the
-- same first turn both find it and race on the one conditional update (ScheduledTurns), instead
-- of racing to insert it, where the loser's duplicate key was logged as a server error. Turn 0
-- is before any real turn: the first firing moves it forward. A work added later without a row
-- still gets one on its first turn.
INSERT INTO scheduled_turn (work, turn_second, taken_by, taken_at) VALUES ('MAIL_OUTBOX', 0, 'migration', CURRENT_TIMESTAMP);
INSERT INTO scheduled_turn (work, turn_second, taken_by, taken_at) VALUES ('ESCALATION', 0, 'migration', CURRENT_TIMESTAMP);
INSERT INTO scheduled_turn (work, turn_second, taken_by, taken_at) VALUES ('SURVEY_SCHEDULE', 0, 'migration', CURRENT_TIMESTAMP);
INSERT INTO scheduled_turn (work, turn_second, taken_by, taken_at) VALUES ('MONTHLY_SHEET_STEPS', 0, 'migration', CURRENT_TIMESTAMP);
INSERT INTO scheduled_turn (work, turn_second, taken_by, taken_at) VALUES ('INTAKE_HOUSEKEEPING', 0, 'migration', CURRENT_TIMESTAMP);
INSERT INTO scheduled_turn (work, turn_second, taken_by, taken_at) VALUES ('DATABASE_BACKUP', 0, 'migration', CURRENT_TIMESTAMP);
