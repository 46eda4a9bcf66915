-- CF-05: an inbox page lists a department's (or a person's) open tasks by due date, then id
-- (H2 has no partial indexes; see the PostgreSQL version).
DROP INDEX task_inbox;
CREATE INDEX task_inbox ON task (department, done_at, due_at, id);
CREATE INDEX task_assignee ON task (assignee, done_at, due_at, id);
