-- 100,000 open tasks spread over the departments, judged at the moment AT (a working Wednesday,
-- 10:00 in Shanghai). EVENTS per thousand tasks are newly due for an announcement: half in their
-- warning window, half breached (a third of those long enough for the general manager); the rest
-- are on time, already warned, or already escalated to the top, as in a steady week.
-- Variables (H2 RunScript): set by run.sh with SET @AT, @EVENTS, @COUNT.
INSERT INTO task (version, kind, department, assignee, feedback_id, reference, subject, start_at, due_at,
                  warned_at, escalation_level, escalated_at)
SELECT 0,
       CASE MOD(X, 5) WHEN 0 THEN 'REPLY' WHEN 1 THEN 'ANALYSE' WHEN 2 THEN 'ACTION' WHEN 3 THEN 'CONTAINMENT'
                      ELSE 'INFORMATION_SHEET' END,
       CASE MOD(X, 4) WHEN 0 THEN 'SALES' WHEN 1 THEN 'QUALITY' WHEN 2 THEN 'TECHNICAL' ELSE 'PRODUCTION' END,
       NULL,
       X,
       'FB-BENCH-' || X,
       'Benchmark task ' || X,
       CASE
         WHEN MOD(X, 1000) < @EVENTS / 2 THEN DATEADD('HOUR', -72, @AT)       -- enters its warning window
         WHEN MOD(X, 1000) < @EVENTS THEN DATEADD('DAY', -20, @AT)             -- breached
         ELSE DATEADD('DAY', -2, @AT) END,
       CASE
         WHEN MOD(X, 1000) < @EVENTS / 2 THEN DATEADD('HOUR', 12, @AT)
         WHEN MOD(X, 1000) < @EVENTS THEN DATEADD('HOUR', -CAST(MOD(X, 3) * 20 + 1 AS INT), @AT)
         WHEN MOD(X, 1000) < 900 THEN DATEADD('DAY', 10 + MOD(X, 20), @AT)     -- on time
         WHEN MOD(X, 1000) < 950 THEN DATEADD('HOUR', 6, @AT)                   -- warned already
         ELSE DATEADD('DAY', -5, @AT) END,                                     -- escalated to the top already
       CASE WHEN MOD(X, 1000) >= 900 AND MOD(X, 1000) < 950 THEN DATEADD('HOUR', -2, @AT) END,
       CASE WHEN MOD(X, 1000) >= 950 THEN 2 ELSE 0 END,
       CASE WHEN MOD(X, 1000) >= 950 THEN DATEADD('DAY', -4, @AT) END
FROM SYSTEM_RANGE(1, @COUNT);

-- the start of each warning window, as the application places it with the default share of 25 %
UPDATE task SET warn_from = DATEADD('SECOND', -DATEDIFF('SECOND', start_at, due_at) * 25 / 100, due_at)
WHERE due_at IS NOT NULL AND warn_from IS NULL;
