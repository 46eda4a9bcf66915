-- The attempts per network address at the ways in without an account (CC-02 website feedback,
-- CS-04 questionnaire links) within the address's current hour. In the database rather than in one
-- server's memory, so that two or more instances on this database count alike.
-- Portable SQL: the same file runs on H2 2.x and PostgreSQL 15+.
CREATE TABLE public_attempt_window (
    entrance VARCHAR(32) NOT NULL,
    address VARCHAR(100) NOT NULL,
    -- the address's first attempt since its previous hour ended
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts INTEGER NOT NULL,
    PRIMARY KEY (entrance, address)
);

-- the clean-up of hours that are over
CREATE INDEX public_attempt_window_start ON public_attempt_window (window_start);
