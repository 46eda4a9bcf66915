-- CC-03: a closed feedback case may expire. What points at it and has a life of its own stays:
-- the actions of the register keep the case's number as their source reference, the ledger's
-- cost rows keep it in a column of their own (they are behind accepted monthly figures, CF-13),
-- returns and call-backs already keep it; visits and change proposals stay, their link cleared.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

ALTER TABLE corrective_action ALTER COLUMN source_id DROP NOT NULL;
ALTER TABLE change_proposal ALTER COLUMN feedback_id DROP NOT NULL;
ALTER TABLE customer_visit ALTER COLUMN feedback_id DROP NOT NULL;

-- CF-13: a cost is still booked to something: a case, a return, or the number of an expired case
ALTER TABLE quality_cost ADD COLUMN feedback_number VARCHAR(16);
ALTER TABLE quality_cost DROP CONSTRAINT quality_cost_booked_to;
ALTER TABLE quality_cost ADD CONSTRAINT quality_cost_booked_to
    CHECK (feedback_id IS NOT NULL OR return_id IS NOT NULL OR feedback_number IS NOT NULL);
