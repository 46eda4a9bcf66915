-- CS-05/CS-08: a campaign's replies are counted, and grouped by their customers, from the
-- invitations' reply moments alone; with the moment and the customer in the index H2 counts thirty
-- thousand invitations in 6 ms instead of reading every row (100 ms), and the statistics reach a
-- campaign's answers from it without reading the invitations or the replies.
CREATE INDEX survey_invitation_replied ON survey_invitation (campaign_id, replied_at, customer_id);
