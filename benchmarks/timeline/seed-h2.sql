-- CC-01: a customer with 5,000 timeline entries (C1001 of the demo company: 2,000 delivered lots,
-- 1,500 complaints, 1,500 communication records over about six years), among 20,000 entries of
-- every other demo customer, so that reading one customer's story must find it among the others.
-- Variables (H2 RunScript): SET @NOW by run.sh.

-- C1001's lots, one every day
INSERT INTO delivery (version, customer_id, product_id, lot_number, quantity, ship_date, promised_date)
SELECT 0, c.id, p.id, 'BL-' || X, 100 + MOD(X, 900), DATEADD('DAY', -X, CAST(@NOW AS DATE)),
       DATEADD('DAY', -X + MOD(X, 3) - 1, CAST(@NOW AS DATE))
FROM SYSTEM_RANGE(1, 2000)
JOIN customer c ON c.code = 'C1001'
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM product) p
  ON p.n = MOD(X, (SELECT COUNT(*) FROM product));

-- C1001's complaints, a little more than one a day
INSERT INTO feedback (version, channel, status, received_at, entered_at, received_by, received_department,
                      customer_id, product_id, lot_number, description, number, handed_over_late,
                      safety_related, concerns_production, containment_urgent)
SELECT 0, 'PHONE', CASE MOD(X, 3) WHEN 0 THEN 'CLOSED' WHEN 1 THEN 'REGISTERED' ELSE 'RECEIVED' END,
       DATEADD('MINUTE', -X * 1400, @NOW), DATEADD('MINUTE', -X * 1400, @NOW), 'sales', 'SALES',
       c.id, NULL, 'BL-' || X, 'Timeline benchmark complaint ' || X || ': coil burnt after ' || MOD(X, 90) || ' hours',
       CASE WHEN MOD(X, 3) = 2 THEN NULL ELSE 'FB-T' || LPAD(CAST(X AS VARCHAR), 6, '0') END,
       FALSE, FALSE, FALSE, FALSE
FROM SYSTEM_RANGE(1, 1500)
JOIN customer c ON c.code = 'C1001';

-- C1001's communications: information sent, inquiries and orders, legal requirements
INSERT INTO customer_communication (version, customer_id, kind, occurred_at, subject, text, reference, entered_by)
SELECT 0, c.id,
       CASE MOD(X, 5) WHEN 0 THEN 'PRODUCT_INFORMATION' WHEN 1 THEN 'SERVICE_INFORMATION' WHEN 2 THEN 'INQUIRY'
                      WHEN 3 THEN 'ORDER' ELSE 'LEGAL_REQUIREMENT' END,
       DATEADD('MINUTE', -X * 1390 - 7, @NOW),
       'Benchmark communication ' || X, 'What was sent or asked, number ' || X, 'BC-' || X, 'sales'
FROM SYSTEM_RANGE(1, 1500)
JOIN customer c ON c.code = 'C1001';

-- everyone else's story: 10,000 lots and 10,000 communications over the other demo customers
INSERT INTO delivery (version, customer_id, product_id, lot_number, quantity, ship_date)
SELECT 0, c.id, p.id, 'OL-' || X, 50, DATEADD('DAY', -MOD(X, 2000), CAST(@NOW AS DATE))
FROM SYSTEM_RANGE(1, 10000)
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM customer WHERE code <> 'C1001') c
  ON c.n = MOD(X, (SELECT COUNT(*) FROM customer WHERE code <> 'C1001'))
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM product) p
  ON p.n = MOD(X, (SELECT COUNT(*) FROM product));
INSERT INTO customer_communication (version, customer_id, kind, occurred_at, subject, entered_by)
SELECT 0, c.id, 'ORDER', DATEADD('MINUTE', -X * 300, @NOW), 'Other customer order ' || X, 'sales'
FROM SYSTEM_RANGE(1, 10000)
JOIN (SELECT id, ROW_NUMBER() OVER (ORDER BY id) - 1 AS n FROM customer WHERE code <> 'C1001') c
  ON c.n = MOD(X, (SELECT COUNT(*) FROM customer WHERE code <> 'C1001'));
ANALYZE;
