-- CS-09: QUALITY's failed lots by their main defect (the Pareto of failed lots): a value of the
-- monthly sheet is now also placed by its defect ('' where it is not).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

ALTER TABLE sheet_value ADD COLUMN defect VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE sheet_value DROP CONSTRAINT sheet_value_once;
ALTER TABLE sheet_value ADD CONSTRAINT sheet_value_once UNIQUE (sheet_id, figure, product_family, characteristic, defect);
