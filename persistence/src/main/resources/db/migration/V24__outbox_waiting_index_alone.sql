-- CS-04: with an index on the status alone beside it, H2 took that one for the outbox's "oldest
-- waiting first" and sorted a campaign's thirty thousand queued mails on every run of a hundred.
-- The (status, queued_at, id) index serves every lookup by status as well.
DROP INDEX outgoing_mail_status;
