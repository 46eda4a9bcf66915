-- The SMTP server's outage as the outbox runs saw it: one row, kept by every instance alike.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.

CREATE TABLE mail_outage (
    id BIGINT PRIMARY KEY,
    -- the first failure of the server since it last accepted a mail; null while it is reachable
    since TIMESTAMP WITH TIME ZONE,
    last_error VARCHAR(2000),
    last_tried_at TIMESTAMP WITH TIME ZONE
);

INSERT INTO mail_outage (id) VALUES (1);
