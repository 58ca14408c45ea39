-- When a case's last step was recorded. Every step sets it, so every step changes the row and its version in the
-- one update the step makes anyway (before, a step that changed nothing else forced a second update of the version).
alter table case_file add column last_step_at timestamptz;
update case_file c set last_step_at = (select max(t.at) from case_timeline t where t.case_id = c.id);
