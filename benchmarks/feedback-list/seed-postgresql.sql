-- 100,000 feedback items over the demo customers and products, most registered and a tenth still
-- waiting for registration, with the open tasks a real register would have: a reply for SALES and
-- an analysis for QUALITY on every open case, containment for PRODUCTION on one in ten, an action
-- for TECHNICAL on one in five. PostgreSQL version of seed-h2.sql; psql variable :count set by run.sh.
INSERT INTO feedback (version, channel, status, received_at, entered_at, received_by, received_department, customer_id,
                      product_id, lot_number, description, number, type, severity, quantity_affected,
                      registered_at, registered_by, handed_over_late, reply_due_at, safety_related,
                      concerns_production, containment_urgent, cause_category, responsible_department)
SELECT 0,
       CASE MOD(x, 4) WHEN 0 THEN 'PHONE' WHEN 1 THEN 'EMAIL' WHEN 2 THEN 'VISIT' ELSE 'LETTER' END,
       CASE WHEN MOD(x, 10) = 0 THEN 'RECEIVED' WHEN MOD(x, 10) < 6 THEN 'CLOSED' ELSE 'REGISTERED' END,
       now() + make_interval(mins => -x * 5),
       now() + make_interval(mins => -x * 5),
       'sales',
       'SALES',
       c.id,
       p.id,
       'L-' || MOD(x, 997),
       'Benchmark complaint ' || x || ': housing cracked after ' || MOD(x, 50) || ' hours',
       CASE WHEN MOD(x, 10) = 0 THEN NULL ELSE 'FB-B' || LPAD(CAST(x AS VARCHAR), 6, '0') END,
       CASE WHEN MOD(x, 10) = 0 THEN NULL ELSE 'QUALITY_PROBLEM' END,
       CASE WHEN MOD(x, 10) = 0 THEN NULL
            ELSE CASE MOD(x, 7) WHEN 0 THEN 'MAJOR' WHEN 1 THEN 'LARGE_BATCH' WHEN 2 THEN 'SMALL_BATCH'
                                ELSE 'GENERAL_QUESTION' END END,
       MOD(x, 500),
       CASE WHEN MOD(x, 10) = 0 THEN NULL ELSE now() + make_interval(mins => -x * 5 + 60) END,
       CASE WHEN MOD(x, 10) = 0 THEN NULL ELSE 'sales' END,
       FALSE,
       CASE WHEN MOD(x, 10) = 0 THEN NULL ELSE now() + make_interval(days => 5 - MOD(x, 11)) END,
       MOD(x, 13) = 0,
       MOD(x, 10) = 7,
       FALSE,
       CASE MOD(x, 6) WHEN 0 THEN 'MAN' WHEN 1 THEN 'MACHINE' WHEN 2 THEN 'MATERIAL' WHEN 3 THEN 'METHOD'
                      WHEN 4 THEN 'MEASUREMENT' ELSE 'ENVIRONMENT' END,
       CASE MOD(x, 3) WHEN 0 THEN 'PRODUCTION' WHEN 1 THEN 'TECHNICAL' ELSE 'QUALITY' END
FROM generate_series(1, :count) AS g(x)
-- the demo customers and products taken in turn (a correlated OFFSET is not allowed here)
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM customer) c
  ON c.n = MOD(x, (SELECT COUNT(*) FROM customer))
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM product) p
  ON p.n = MOD(x, (SELECT COUNT(*) FROM product));

-- the open tasks of the open cases
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'REGISTER', 'SALES', id, '#' || id, LEFT(description, 120), received_at, received_at + interval '24 hours', 0
FROM feedback WHERE status = 'RECEIVED';
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'REPLY', 'SALES', id, number, LEFT(description, 120), registered_at, reply_due_at, 0
FROM feedback WHERE status = 'REGISTERED';
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'ANALYSE', 'QUALITY', id, number, LEFT(description, 120), registered_at, reply_due_at, 0
FROM feedback WHERE status = 'REGISTERED';
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'CONTAINMENT', 'PRODUCTION', id, number, LEFT(description, 120), registered_at,
       registered_at + interval '3 days', 0
FROM feedback WHERE status = 'REGISTERED' AND concerns_production;
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'ACTION', 'TECHNICAL', id, number, LEFT(description, 120), registered_at,
       registered_at + interval '10 days', 0
FROM feedback WHERE status = 'REGISTERED' AND MOD(id, 5) = 0;
-- what closed cases leave behind: done tasks
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, done_at, done_by,
                  escalation_level)
SELECT 0, 'REPLY', 'SALES', id, number, LEFT(description, 120), registered_at, reply_due_at,
       registered_at + interval '1 days', 'sales', 0
FROM feedback WHERE status = 'CLOSED';

-- the state autovacuum keeps a live database in
VACUUM ANALYZE;
