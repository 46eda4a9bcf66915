-- The outbox hands mails over oldest first, the retries and then the queued, each in that order
-- straight from the index, also when a campaign's tens of thousands of invitations wait (CS-04).
CREATE INDEX outgoing_mail_waiting ON outgoing_mail (status, queued_at, id);

-- CS-08: the statistics count answers per item and score, reply by reply; with the score in the
-- index they are counted from it alone.
CREATE INDEX survey_answer_scores ON survey_answer (reply_id, item_id, score);
