-- A case's due_at is its nearest deadline not yet met, so the work lists sorted by it show a received petition's
-- 15-day acceptance limit (due_at was null until acceptance) and a review's answer limit.
update case_file c
set due_at = d.nearest
from (select case_id, min(due_at) as nearest from case_deadline where met_at is null group by case_id) d
where d.case_id = c.id and c.due_at is distinct from d.nearest;
