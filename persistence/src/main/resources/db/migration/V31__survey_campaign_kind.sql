-- CS-01: a campaign is a cycle's survey or the year-end satisfaction letter of seed 002 §3.4.4,
-- which sends the same questionnaire under a letter of its own. Existing campaigns are cycles.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.
ALTER TABLE survey_campaign ADD COLUMN kind VARCHAR(16) DEFAULT 'CYCLE' NOT NULL;
ALTER TABLE survey_campaign ADD CONSTRAINT survey_campaign_kind CHECK (kind IN ('CYCLE', 'YEAR_END_LETTER'));
