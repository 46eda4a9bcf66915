-- CS-04 at most one message per event: a mail is marked handed before it goes to the SMTP server
-- and unmarked when the server's answer is recorded. A mail still handed long after was
-- interrupted (the application stopped in between): it may have arrived, so no run sends it again.
ALTER TABLE outgoing_mail ADD COLUMN handed_at TIMESTAMP WITH TIME ZONE;
-- the five-minute run looks for those: a handful among all mails ever sent
CREATE INDEX outgoing_mail_handed ON outgoing_mail (handed_at);
