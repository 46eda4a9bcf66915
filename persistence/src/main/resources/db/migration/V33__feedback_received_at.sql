-- CF-02: feedback received by letter, phone or visit is often entered later than it was received.
-- received_at now holds the moment the person who took it gives (the hand-over to SALES and the
-- general manager's review count from it); entered_at keeps when it was entered. Until this
-- version both were the same moment, so the items already kept get their receipt as their entry.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

ALTER TABLE feedback ADD COLUMN entered_at TIMESTAMP WITH TIME ZONE;
UPDATE feedback SET entered_at = received_at;
ALTER TABLE feedback ALTER COLUMN entered_at SET NOT NULL;
