-- CF-03: the register's search looks for a piece of text anywhere in the number, description, lot,
-- submitting company and public reference ("contains", case-insensitive). Trigram indexes let
-- PostgreSQL answer that without reading every case. pg_trgm ships with PostgreSQL and is a trusted
-- extension; where the database user may not create it the search still works, reading the table.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'pg_trgm not available: the feedback search reads the whole table';
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX feedback_search_number ON feedback USING gin (lower(number) gin_trgm_ops);
        CREATE INDEX feedback_search_description ON feedback USING gin (lower(description) gin_trgm_ops);
        CREATE INDEX feedback_search_lot ON feedback USING gin (lower(lot_number) gin_trgm_ops);
        CREATE INDEX feedback_search_company ON feedback USING gin (lower(submitter_company) gin_trgm_ops);
        CREATE INDEX feedback_search_reference ON feedback USING gin (lower(public_reference) gin_trgm_ops);
    END IF;
END
$$;
