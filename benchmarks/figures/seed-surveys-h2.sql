-- Five years of customer satisfaction surveys (CS-01..08, CS-10/11): one closed campaign a quarter
-- for the last 20 quarters, each inviting @CUSTOMERS bench customers (one contact each, all with a
-- running contract, so all are to be covered). seed-campaign-h2.sql then gives one campaign its
-- invitations, replies and answers. Every column is named. Variables (H2 RunScript): @NOW,
-- @CUSTOMERS.
SET @MONTH0 = DATEADD('DAY', 1 - EXTRACT(DAY FROM CAST(@NOW AS DATE)), CAST(@NOW AS DATE));
SET @QUARTER0 = DATEADD('MONTH', -MOD(EXTRACT(MONTH FROM @MONTH0) - 1, 3), @MONTH0);

INSERT INTO customer (version, code, name_zh, name_en, industry, address, status, salesperson)
SELECT 0, 'BC' || LPAD(CAST(X AS VARCHAR), 6, '0'), '基准客户 ' || X, 'Bench customer ' || X,
       CASE MOD(X, 6) WHEN 0 THEN 'Automotive' WHEN 1 THEN 'Electrical equipment' WHEN 2 THEN 'Pumps'
                      WHEN 3 THEN 'Machinery' WHEN 4 THEN 'Hydraulics' ELSE 'Home appliances' END,
       NULL, 'ACTIVE', NULL
FROM SYSTEM_RANGE(1, @CUSTOMERS);

INSERT INTO contact (version, customer_id, name, position, email, phone, fax, postal_address, language,
                     survey_channel, survey_recipient)
SELECT 0, c.id, 'Bench contact ' || c.id, 'Purchasing', 'contact' || c.id || '@bench.example', NULL, NULL, NULL,
       CASE WHEN MOD(c.id, 3) = 0 THEN 'en' ELSE 'zh_CN' END, 'EMAIL', TRUE
FROM customer c WHERE c.code LIKE 'BC%';

INSERT INTO contract (version, number, customer_id, start_date, end_date, warranty_months, service_terms)
SELECT 0, 'BK-' || c.code, c.id, DATEADD('YEAR', -6, @MONTH0), NULL, 12, NULL
FROM customer c WHERE c.code LIKE 'BC%';

-- the bench contacts in order, for seed-campaign-h2.sql: the first ones reply
CREATE LOCAL TEMPORARY TABLE bench_contact AS
SELECT k.id, k.customer_id, k.language, ROW_NUMBER() OVER (ORDER BY k.id) AS n
FROM contact k WHERE k.name LIKE 'Bench contact %';

UPDATE survey_questionnaire SET used = TRUE WHERE name = 'Customer satisfaction' AND revision = 1;

INSERT INTO survey_campaign (version, name, questionnaire_id, period_start, period_end, dispatch_date, deadline,
                             coverage_target, status, dispatch_execution, below_target_flagged_at, kind)
SELECT 0,
       'Bench ' || EXTRACT(YEAR FROM q.period_start) || ' Q' || ((EXTRACT(MONTH FROM q.period_start) + 2) / 3),
       (SELECT id FROM survey_questionnaire WHERE name = 'Customer satisfaction' AND revision = 1),
       q.period_start, DATEADD('DAY', -1, DATEADD('MONTH', 3, q.period_start)),
       DATEADD('DAY', 6, DATEADD('MONTH', 3, q.period_start)),
       DATEADD('DAY', 34, DATEADD('MONTH', 3, q.period_start)),
       90, 'CLOSED', NULL, NULL, 'CYCLE'
FROM (SELECT DATEADD('MONTH', -3 * X, @QUARTER0) AS period_start FROM SYSTEM_RANGE(1, 20)) q;
