-- One bench campaign's invitations (every bench contact), its submitted replies (@REPLIES, a few
-- hundred fewer in some quarters, so coverage varies) and their answers, mostly satisfied and a
-- little less so in some quarters. A statement per campaign keeps H2's transactions small.
-- Variables (H2 RunScript): @Q (1 = last quarter's campaign ... 20), @REPLIES; the table bench_contact
-- of seed-surveys-h2.sql.
SET @CAMPAIGN = (SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY period_end DESC) AS n
                                 FROM survey_campaign WHERE name LIKE 'Bench %') c WHERE c.n = @Q);

-- the customers who reply are known when they are invited: their invitation carries its reply's time
INSERT INTO survey_invitation (version, campaign_id, contact_id, customer_id, channel, language, token_hash,
                               reply_code, expires_at, invited_at, reminders_sent, last_reminder_at, replied_at)
SELECT 0, c.id, k.id, k.customer_id, 'EMAIL', k.language, 'bench-' || c.id || '-' || k.id, 'B' || c.id || '-' || k.id,
       CAST(CAST(c.deadline AS TIMESTAMP) AS TIMESTAMP WITH TIME ZONE),
       CAST(DATEADD('HOUR', 9, CAST(c.dispatch_date AS TIMESTAMP)) AS TIMESTAMP WITH TIME ZONE),
       CASE WHEN MOD(k.id, 4) = 0 THEN 1 ELSE 0 END, NULL,
       CASE WHEN k.n <= @REPLIES - MOD(@Q * 379, @REPLIES / 10 + 1)
            THEN CAST(DATEADD('MINUTE', 540 + MOD(k.id * 37, 26 * 1440), CAST(c.dispatch_date AS TIMESTAMP))
                      AS TIMESTAMP WITH TIME ZONE) END
FROM survey_campaign c
CROSS JOIN bench_contact k
WHERE c.id = @CAMPAIGN;

INSERT INTO survey_reply (version, invitation_id, channel, comment, saved_at, submitted_at, entered_by, flagged,
                          actions_pending, thanked_at, thanked_by)
SELECT 0, i.id, 'ONLINE', NULL, i.replied_at, i.replied_at, NULL, FALSE, FALSE, NULL, NULL
FROM survey_invitation i
WHERE i.campaign_id = @CAMPAIGN AND i.replied_at IS NOT NULL;

INSERT INTO survey_answer (reply_id, item_id, score, comment)
SELECT r.id, q.id,
       CASE WHEN MOD(r.id * 7 + q.position * 13, 20) = 0 THEN 1
            WHEN MOD(r.id * 7 + q.position * 13, 20) = 1 THEN 2
            WHEN MOD(r.id * 7 + q.position * 13, 20) < 5 + MOD(@Q, 4) THEN 3
            ELSE 4 + MOD(r.id + q.position, 2) END,
       NULL
FROM survey_reply r
JOIN survey_invitation i ON i.id = r.invitation_id
JOIN survey_campaign c ON c.id = i.campaign_id
JOIN survey_questionnaire_item q ON q.questionnaire_id = c.questionnaire_id
WHERE i.campaign_id = @CAMPAIGN;
