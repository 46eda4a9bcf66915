-- The measurements are written in bulk (a gauge's file, the demo's year): like the tables of V42, their
-- identity keeps 1,000 values in memory on the embedded H2.
ALTER TABLE measurement ALTER COLUMN id SET CACHE 1000;
