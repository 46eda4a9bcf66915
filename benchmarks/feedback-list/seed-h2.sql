-- 100,000 feedback items over the demo customers and products, most registered and a tenth still
-- waiting for registration, with the open tasks a real register would have: a reply for SALES and
-- an analysis for QUALITY on every open case, containment for PRODUCTION on one in ten, an action
-- for TECHNICAL on one in five. Variables (H2 RunScript): SET @COUNT, @NOW by run.sh.
INSERT INTO feedback (version, channel, status, received_at, entered_at, received_by, received_department, customer_id,
                      product_id, lot_number, description, number, type, severity, quantity_affected,
                      registered_at, registered_by, handed_over_late, reply_due_at, safety_related,
                      concerns_production, containment_urgent, cause_category, responsible_department)
SELECT 0,
       CASE MOD(X, 4) WHEN 0 THEN 'PHONE' WHEN 1 THEN 'EMAIL' WHEN 2 THEN 'VISIT' ELSE 'LETTER' END,
       CASE WHEN MOD(X, 10) = 0 THEN 'RECEIVED' WHEN MOD(X, 10) < 6 THEN 'CLOSED' ELSE 'REGISTERED' END,
       DATEADD('MINUTE', -X * 5, @NOW),
       DATEADD('MINUTE', -X * 5, @NOW),
       'sales',
       'SALES',
       c.id,
       p.id,
       'L-' || MOD(X, 997),
       'Benchmark complaint ' || X || ': housing cracked after ' || MOD(X, 50) || ' hours',
       CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE 'FB-B' || LPAD(CAST(X AS VARCHAR), 6, '0') END,
       CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE 'QUALITY_PROBLEM' END,
       CASE WHEN MOD(X, 10) = 0 THEN NULL
            ELSE CASE MOD(X, 7) WHEN 0 THEN 'MAJOR' WHEN 1 THEN 'LARGE_BATCH' WHEN 2 THEN 'SMALL_BATCH'
                                ELSE 'GENERAL_QUESTION' END END,
       MOD(X, 500),
       CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE DATEADD('MINUTE', -X * 5 + 60, @NOW) END,
       CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE 'sales' END,
       FALSE,
       CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE DATEADD('DAY', 5 - MOD(X, 11), @NOW) END,
       MOD(X, 13) = 0,
       MOD(X, 10) = 7,
       FALSE,
       CASE MOD(X, 6) WHEN 0 THEN 'MAN' WHEN 1 THEN 'MACHINE' WHEN 2 THEN 'MATERIAL' WHEN 3 THEN 'METHOD'
                      WHEN 4 THEN 'MEASUREMENT' ELSE 'ENVIRONMENT' END,
       CASE MOD(X, 3) WHEN 0 THEN 'PRODUCTION' WHEN 1 THEN 'TECHNICAL' ELSE 'QUALITY' END
FROM SYSTEM_RANGE(1, @COUNT)
-- the demo customers and products taken in turn (a correlated OFFSET is not allowed here)
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM customer) c
  ON c.n = MOD(X, (SELECT COUNT(*) FROM customer))
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM product) p
  ON p.n = MOD(X, (SELECT COUNT(*) FROM product));

-- the open tasks of the open cases
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'REGISTER', 'SALES', id, '#' || id, LEFT(description, 120), received_at, DATEADD('HOUR', 24, received_at), 0
FROM feedback WHERE status = 'RECEIVED';
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'REPLY', 'SALES', id, number, LEFT(description, 120), registered_at, reply_due_at, 0
FROM feedback WHERE status = 'REGISTERED';
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'ANALYSE', 'QUALITY', id, number, LEFT(description, 120), registered_at, reply_due_at, 0
FROM feedback WHERE status = 'REGISTERED';
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'CONTAINMENT', 'PRODUCTION', id, number, LEFT(description, 120), registered_at,
       DATEADD('DAY', 3, registered_at), 0
FROM feedback WHERE status = 'REGISTERED' AND concerns_production;
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, escalation_level)
SELECT 0, 'ACTION', 'TECHNICAL', id, number, LEFT(description, 120), registered_at,
       DATEADD('DAY', 10, registered_at), 0
FROM feedback WHERE status = 'REGISTERED' AND MOD(id, 5) = 0;
-- what closed cases leave behind: done tasks
INSERT INTO task (version, kind, department, feedback_id, reference, subject, start_at, due_at, done_at, done_by,
                  escalation_level)
SELECT 0, 'REPLY', 'SALES', id, number, LEFT(description, 120), registered_at, reply_due_at,
       DATEADD('DAY', 1, registered_at), 'sales', 0
FROM feedback WHERE status = 'CLOSED';
