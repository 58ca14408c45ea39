-- The figures count a station's month from its folded row plus its deltas not yet folded (V14). One view names
-- both, so the figures query lists the counts once; the planner pushes the query's filters into each branch.
create view case_figures_month_and_delta as
select station_id, month, township_id, cases, opinions, problems_solved, disputes_solved, errands, petitions,
       petitions_ended, closed, closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_month
union all
select station_id, month, township_id, cases, opinions, problems_solved, disputes_solved, errands, petitions,
       petitions_ended, closed, closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_delta;
