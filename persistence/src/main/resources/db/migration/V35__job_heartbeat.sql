-- Which server instance runs which batch job execution, and when it last said it still does. An
-- execution the batch runtime still calls running whose instance stopped beating died with its
-- server (kill -9, power loss): it is marked failed and resumed (see InterruptedRuns).
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

CREATE TABLE job_heartbeat (
    execution_id BIGINT PRIMARY KEY,
    instance VARCHAR(200) NOT NULL,
    beat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
