-- CF-02: the general manager's review of every received item; CF-04: TECHNICAL's opinion on the
-- registered form; CF-09: QUALITY's re-appraisal of the process rules after a safety complaint.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+. Items received before this
-- version have no review deadline and are not put on the general manager's list afterwards.

ALTER TABLE feedback ADD COLUMN gm_review_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE feedback ADD COLUMN gm_reviewed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE feedback ADD COLUMN gm_reviewed_by VARCHAR(64);
ALTER TABLE feedback ADD COLUMN gm_reviewed_late BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE feedback ADD COLUMN technical_opinion VARCHAR(4000);
ALTER TABLE feedback ADD COLUMN technical_opinion_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE feedback ADD COLUMN technical_opinion_by VARCHAR(64);

ALTER TABLE feedback ADD COLUMN reappraisal_rules VARCHAR(2000);
ALTER TABLE feedback ADD COLUMN reappraisal_conclusion VARCHAR(2000);
ALTER TABLE feedback ADD COLUMN reappraisal_changes VARCHAR(2000);
ALTER TABLE feedback ADD COLUMN reappraised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE feedback ADD COLUMN reappraised_by VARCHAR(64);

-- the review list asks for the items still waiting for the general manager
CREATE INDEX feedback_gm_review ON feedback (gm_reviewed_at, gm_review_due_at);
