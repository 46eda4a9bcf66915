-- CF-05/CF-08: a breached deadline goes to the heads of the task's department before the general manager.
ALTER TABLE account ADD COLUMN department_head BOOLEAN DEFAULT FALSE NOT NULL;
