-- CF-05: an inbox page lists a department's (or a person's) open tasks by due date, then id. Partial
-- indexes over the open tasks hold them in exactly that order, so a page is read from the index up
-- to its last row; with "done_at IS NULL" as an index column PostgreSQL would sort every open task.
DROP INDEX task_inbox;
CREATE INDEX task_inbox ON task (department, due_at, id) WHERE done_at IS NULL;
CREATE INDEX task_assignee ON task (assignee, due_at, id) WHERE done_at IS NULL;
