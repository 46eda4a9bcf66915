-- CF-05: the escalation job selects only the tasks due for a step. The warning window's start is
-- kept on the task (filled for older tasks at start-up, see TaskWarningWindows); the two indexes
-- serve the job's two questions: whose warning window opened, and whose deadline passed at which level.
ALTER TABLE task ADD COLUMN warn_from TIMESTAMP WITH TIME ZONE;
CREATE INDEX task_warning ON task (done_at, warned_at, warn_from);
CREATE INDEX task_escalation ON task (done_at, escalation_level, due_at);
-- CF-03: the register opens newest first (the list's default order, ties by id)
CREATE INDEX feedback_received ON feedback (received_at DESC, id);
