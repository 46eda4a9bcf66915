-- Five years of gauges (CS-09): 40 characteristics in 4 workshops, each with 125 subgroups of 5
-- values a month for 60 months up to @NOW (1,500,000 values); one in eight drifts upwards over
-- the years, so the capability figures are not all alike. Variables (H2 RunScript): @NOW.
INSERT INTO characteristic (version, workshop, process, name, unit, lower_limit, upper_limit, target, subgroup_size)
SELECT 0, 'Bench workshop ' || MOD(X, 4), 'Process ' || X, 'Diameter ' || X, 'mm', 9.95, 10.05, 10.0, 5
FROM SYSTEM_RANGE(1, 40);

INSERT INTO measurement (characteristic_id, measured_at, subgroup, measured_value)
SELECT c.id,
       DATEADD('MINUTE', -(7500 - g.X) * 350 - v.X, CAST(@NOW AS TIMESTAMP)),
       g.X,
       10.0 + CASE WHEN MOD(c.id, 8) = 0 THEN g.X * 0.000004 ELSE 0 END
            + (RAND() + RAND() + RAND() - 1.5) * 0.012
FROM (SELECT id FROM characteristic WHERE workshop LIKE 'Bench workshop %') c
CROSS JOIN SYSTEM_RANGE(1, 7500) g
CROSS JOIN SYSTEM_RANGE(1, 5) v;
