-- :replies submitted online replies to the latest campaign, every item answered, mostly satisfied
-- (portable: H2 2.x and PostgreSQL; run.sh substitutes :replies).
INSERT INTO survey_reply (version, invitation_id, channel, saved_at, submitted_at, flagged, actions_pending)
SELECT 0, i.id, 'ONLINE', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE, FALSE
FROM survey_invitation i
WHERE i.campaign_id = (SELECT MAX(id) FROM survey_campaign)
ORDER BY i.id
LIMIT :replies;

INSERT INTO survey_answer (reply_id, item_id, score)
SELECT r.id, q.id,
       CASE MOD(r.id * 7 + q.position * 13, 20) WHEN 0 THEN 1 WHEN 1 THEN 2 WHEN 2 THEN 3 WHEN 3 THEN 3
            WHEN 4 THEN 3 ELSE 4 + MOD(r.id + q.position, 2) END
FROM survey_reply r
JOIN survey_invitation i ON i.id = r.invitation_id
JOIN survey_campaign c ON c.id = i.campaign_id
JOIN survey_questionnaire_item q ON q.questionnaire_id = c.questionnaire_id
WHERE c.id = (SELECT MAX(id) FROM survey_campaign);

UPDATE survey_invitation SET replied_at = CURRENT_TIMESTAMP
WHERE id IN (SELECT invitation_id FROM survey_reply);

SELECT COUNT(*) AS replies FROM survey_reply;
SELECT COUNT(*) AS answers FROM survey_answer;
