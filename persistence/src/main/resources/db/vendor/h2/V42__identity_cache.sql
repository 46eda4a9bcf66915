-- H2 writes an identity column's sequence to disk, in a commit of its own, each time it has handed out
-- its cached values (32 by default); every commit is written at once (WRITE_DELAY=0), so an import of
-- 20,000 deliveries (each with its audit entries, call-back and task) paid thousands of stores of its open
-- transaction. The tables written in bulk keep 1,000 values in memory; after a crash the ids go on from
-- the stored margin, so an id is never given twice (gaps in ids mean nothing; numbers people see are
-- kept apart, CF-03). PostgreSQL needs nothing of the kind.
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE 1000;
ALTER TABLE delivery ALTER COLUMN id SET CACHE 1000;
ALTER TABLE call_back ALTER COLUMN id SET CACHE 1000;
ALTER TABLE task ALTER COLUMN id SET CACHE 1000;
ALTER TABLE notification ALTER COLUMN id SET CACHE 1000;
ALTER TABLE outgoing_mail ALTER COLUMN id SET CACHE 1000;
ALTER TABLE survey_invitation ALTER COLUMN id SET CACHE 1000;
ALTER TABLE survey_reply ALTER COLUMN id SET CACHE 1000;
ALTER TABLE survey_answer ALTER COLUMN id SET CACHE 1000;
ALTER TABLE customer ALTER COLUMN id SET CACHE 1000;
ALTER TABLE contact ALTER COLUMN id SET CACHE 1000;
