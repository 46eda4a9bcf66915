-- CS-04: the salesperson who looks after a customer (an account's username) visits its survey
-- recipients whose channel is VISIT; their visit waits in the inbox as a task tied to the invitation.
ALTER TABLE customer ADD COLUMN salesperson VARCHAR(64);
ALTER TABLE task ADD COLUMN invitation_id BIGINT;
CREATE INDEX task_invitation ON task (invitation_id);
