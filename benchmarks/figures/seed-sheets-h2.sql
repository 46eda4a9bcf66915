-- Five years of monthly operating sheets (CS-09) for the four departments that keep one: every
-- month from 60 months back that the demo has not filled is ACCEPTED, with SALES's counts per
-- product family, QUALITY's lots inspected and passed (98 % objective; pumps failed in one month)
-- and its failed lots by main defect, PRODUCTION's Cp/Cpk of every characteristic (the bench
-- gauges' drift shows in their Cpk) and FINANCE's cost, freight and profit (a loss in one month). The demo's own sheets stay as they
-- are; PRODUCTION's get the bench characteristics too. Values are deterministic, so runs compare.
-- Every column is named: a column added later with a default does not break the seed. The file
-- holds Chinese text: run.sh reads it as UTF-8.
-- Variables (H2 RunScript): @NOW.
SET @MONTH0 = DATEADD('DAY', 1 - EXTRACT(DAY FROM CAST(@NOW AS DATE)), CAST(@NOW AS DATE));

INSERT INTO monthly_sheet (version, department, month_start, status, due_at, submitted_at, submitted_by,
                           accepted_at, accepted_by, remark)
SELECT 1, d.department, m.month_start, 'ACCEPTED', m.due,
       DATEADD('MINUTE', -(2880 + d.n * 40 + MOD(m.b * 37, 600)), m.due), d.username,
       DATEADD('DAY', 2, m.due), 'sales',
       CASE WHEN d.department = 'QUALITY' AND m.b = 40
            THEN 'Pump housings of a new foundry failed the pressure test; 8D opened.' END
FROM (SELECT X AS b,
             DATEADD('MONTH', -X, @MONTH0) AS month_start,
             -- the 5th working day's close, near enough: the 7th of the next month, 17:30 in Beijing
             CAST(DATEADD('MINUTE', 6 * 1440 + 570, CAST(DATEADD('MONTH', 1 - X, @MONTH0) AS TIMESTAMP))
                  AS TIMESTAMP WITH TIME ZONE) AS due
      FROM SYSTEM_RANGE(1, 60)) m
CROSS JOIN (VALUES ('SALES', 'sales', 0), ('QUALITY', 'quality', 1), ('PRODUCTION', 'production', 2),
                   ('FINANCE', 'finance', 3)) AS d (department, username, n)
WHERE NOT EXISTS (SELECT 1 FROM monthly_sheet s WHERE s.department = d.department AND s.month_start = m.month_start);

-- the sheets just made: accepted, nothing on them yet (the demo's accepted sheets all have values)
CREATE LOCAL TEMPORARY TABLE bench_sheet AS
SELECT s.id, s.department, DATEDIFF('MONTH', s.month_start, @MONTH0) AS b
FROM monthly_sheet s
WHERE s.status = 'ACCEPTED' AND NOT EXISTS (SELECT 1 FROM sheet_value v WHERE v.sheet_id = s.id);

CREATE LOCAL TEMPORARY TABLE bench_family (name VARCHAR(100), k INT, delivered INT, inspected INT);
INSERT INTO bench_family (name, k, delivered, inspected) VALUES
    ('Pumps', 0, 9, 22), ('Seals', 1, 25, 60), ('Structural parts', 2, 14, 30), ('Valves', 3, 18, 42);

-- SALES: lots shipped per family, mostly on time, a return now and then
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT s.id, 'SALES_DELIVERIES', f.name, '', f.delivered + MOD(s.b * 7 + f.k * 3, 5) - 2, 'RECORDS'
FROM bench_sheet s CROSS JOIN bench_family f WHERE s.department = 'SALES';
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT s.id, 'SALES_DELIVERIES_ON_TIME', f.name, '',
       f.delivered + MOD(s.b * 7 + f.k * 3, 5) - 2
           - CASE WHEN MOD(s.b * 11 + f.k * 5, 10) < 7 THEN MOD(s.b + f.k, 2) ELSE MOD(s.b + f.k, 3) END,
       'RECORDS'
FROM bench_sheet s CROSS JOIN bench_family f WHERE s.department = 'SALES';
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT s.id, 'SALES_RETURNS', f.name, '', 1, 'RECORDS'
FROM bench_sheet s CROSS JOIN bench_family f WHERE s.department = 'SALES' AND MOD(s.b * 3 + f.k, 4) = 0;
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT s.id, v.figure, '', '',
       CASE v.figure
           WHEN 'SALES_SERVICE_RECORDS' THEN 6 + MOD(s.b * 5, 7)
           WHEN 'SALES_SERVICE_RECORDS_ON_TARGET' THEN 6 + MOD(s.b * 5, 7) - MOD(s.b, 2)
           WHEN 'SALES_CALL_BACKS_DUE' THEN 64 + MOD(s.b * 3, 9)
           WHEN 'SALES_CALL_BACKS_DONE' THEN 64 + MOD(s.b * 3, 9) - MOD(s.b, 4)
           -- customer notifications: the seeded feedback of the month, where its history reaches
           WHEN 'SALES_FEEDBACK_RECEIVED' THEN GREATEST(3 + MOD(s.b * 7, 7),
               (SELECT COUNT(*) FROM feedback fb
                WHERE fb.received_at >= DATEADD('MONTH', -s.b, @MONTH0)
                  AND fb.received_at < DATEADD('MONTH', 1 - s.b, @MONTH0)))
           WHEN 'SALES_PRODUCTION_INTERRUPTIONS' THEN CASE WHEN MOD(s.b, 3) = 0 THEN 1 ELSE 0 END
       END,
       CASE WHEN v.figure = 'SALES_PRODUCTION_INTERRUPTIONS' THEN 'ENTERED' ELSE 'RECORDS' END
FROM bench_sheet s
CROSS JOIN (VALUES ('SALES_SERVICE_RECORDS'), ('SALES_SERVICE_RECORDS_ON_TARGET'), ('SALES_CALL_BACKS_DUE'),
                   ('SALES_CALL_BACKS_DONE'), ('SALES_FEEDBACK_RECEIVED'), ('SALES_PRODUCTION_INTERRUPTIONS'))
    AS v (figure)
WHERE s.department = 'SALES';

-- QUALITY: lots inspected and passed per family, and the failed lots by main defect (the Pareto);
-- 40 months back six pump lots failed, five leaking in the pressure test
CREATE LOCAL TEMPORARY TABLE bench_lots AS
SELECT s.id AS sheet_id, s.b, f.name, f.k, f.inspected + MOD(s.b * 5 + f.k * 7, 7) - 3 AS inspected,
       CASE WHEN s.b = 40 THEN CASE WHEN f.name = 'Pumps' THEN 6 ELSE 1 END
            WHEN MOD(s.b * 13 + f.k * 3, 3) = 0 THEN 1 ELSE 0 END AS failed
FROM bench_sheet s CROSS JOIN bench_family f WHERE s.department = 'QUALITY';
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT sheet_id, 'QUALITY_LOTS_INSPECTED', name, '', inspected, 'ENTERED' FROM bench_lots;
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT sheet_id, 'QUALITY_LOTS_PASSED', name, '', inspected - failed, 'ENTERED' FROM bench_lots;
-- the defect column came with V47; the figure's other columns are named as always
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, defect, figure_value, source)
SELECT sheet_id, 'QUALITY_FAILED_LOTS', '', '', defect, SUM(lots), 'ENTERED'
FROM (SELECT sheet_id,
             CASE WHEN b = 40 AND name = 'Pumps' THEN '试压渗漏 Pressure leak'
                  WHEN MOD(b * 3 + k, 3) = 0 THEN '尺寸超差 Out of tolerance'
                  WHEN MOD(b * 3 + k, 3) = 1 THEN '气孔 Porosity'
                  ELSE '表面损伤 Surface damage' END AS defect,
             failed AS lots
      FROM bench_lots WHERE failed > 0) d
GROUP BY sheet_id, defect;

-- FINANCE: 3.2 to 3.8 million CNY of cost, express freight, a profit (a loss 37 months back)
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT s.id, v.figure, '', '',
       CASE v.figure
           WHEN 'FINANCE_OPERATING_COST' THEN 3200000 + MOD(s.b * 7919, 600000)
           WHEN 'FINANCE_EXCESS_FREIGHT' THEN 8000 + MOD(s.b * 1237, 17000)
           WHEN 'FINANCE_PROFIT' THEN CASE WHEN s.b = 37 THEN -120000 ELSE 250000 + MOD(s.b * 4567, 350000) END
           WHEN 'FINANCE_QUALITY_COST' THEN 15000 + MOD(s.b * 3331, 25000)
       END,
       CASE WHEN v.figure = 'FINANCE_QUALITY_COST' THEN 'RECORDS' ELSE 'ENTERED' END
FROM bench_sheet s
CROSS JOIN (VALUES ('FINANCE_OPERATING_COST'), ('FINANCE_EXCESS_FREIGHT'), ('FINANCE_PROFIT'),
                   ('FINANCE_QUALITY_COST')) AS v (figure)
WHERE s.department = 'FINANCE';

-- PRODUCTION: Cp and Cpk of every characteristic on every submitted sheet that lacks it. The bench
-- gauges (sigma about 0.006 mm on a 0.1 mm tolerance) have a Cp near 2.8; one in eight drifts
-- upwards, so its Cpk falls from 2.8 five years ago to about 1.1 last month. The demo's
-- characteristics keep the demo's history, around 1.45.
INSERT INTO sheet_value (sheet_id, figure, product_family, characteristic, figure_value, source)
SELECT p.id, f.figure, '', p.label,
       ROUND(CASE
           WHEN p.workshop NOT LIKE 'Bench workshop %'
               THEN 1.45 + (MOD(p.cid * 7 + p.b * 13, 25) - 12) / 100.0 + CASE WHEN f.figure = 'PRODUCTION_CP' THEN 0.08 ELSE 0 END
           WHEN f.figure = 'PRODUCTION_CP' THEN 2.78 * (1 + (MOD(p.cid * 7 + p.b * 13, 21) - 10) / 200.0)
           WHEN MOD(p.cid, 8) = 0 THEN (0.05 - (0.03 - 0.0005 * p.b)) / 0.018
           ELSE 2.78 * (1 + (MOD(p.cid * 7 + p.b * 13, 21) - 10) / 200.0) - 0.04 - MOD(p.cid + p.b, 5) / 100.0
       END, 2),
       'RECORDS'
FROM (SELECT s.id, DATEDIFF('MONTH', s.month_start, @MONTH0) AS b, c.id AS cid, c.workshop,
             c.workshop || ' ' || CHAR(183) || ' ' || c.process || ' ' || CHAR(183) || ' ' || c.name AS label
      FROM monthly_sheet s CROSS JOIN characteristic c
      WHERE s.department = 'PRODUCTION' AND s.status IN ('SUBMITTED', 'ACCEPTED')) p
CROSS JOIN (VALUES ('PRODUCTION_CP'), ('PRODUCTION_CPK')) AS f (figure)
WHERE NOT EXISTS (SELECT 1 FROM sheet_value v
                  WHERE v.sheet_id = p.id AND v.figure = f.figure AND v.characteristic = p.label);

DROP TABLE bench_sheet;
DROP TABLE bench_family;
DROP TABLE bench_lots;
