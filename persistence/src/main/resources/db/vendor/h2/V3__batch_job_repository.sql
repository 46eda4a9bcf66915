-- On H2 the batch runtime creates its job repository tables itself on the first job start:
-- H2 commits DDL at once, so no transaction can take them back. This version keeps the
-- migration history of H2 and PostgreSQL in step.
SELECT 1;
