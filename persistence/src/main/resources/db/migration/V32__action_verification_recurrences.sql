-- CF-10: the recurrences a verification was recorded against (how many, which cases) and, when the
-- action passed despite them, why they are not a recurrence.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.
ALTER TABLE corrective_action ADD COLUMN verification_recurrences INTEGER;
ALTER TABLE corrective_action ADD COLUMN recurrence_cases VARCHAR(1000);
ALTER TABLE corrective_action ADD COLUMN recurrence_justification VARCHAR(2000);
