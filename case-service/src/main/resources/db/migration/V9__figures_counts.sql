-- What one case counts for in the report figures, times the sign (1 adds it, -1 takes it away): the one
-- statement of the rule, used by the rollup's trigger (case_figures_apply, V7) and by the figures query for
-- the cases at the edges of a period (FiguresService). It takes columns, not the case_file row, so that
-- the query can feed it from the covering index.
create function case_figures_counts(sign integer, case_kind varchar, case_status varchar, case_closed_at_level varchar,
                                    case_on_time boolean, case_satisfaction varchar, case_closed_at timestamptz,
                                    case_recorded_at timestamptz, petition_ended boolean)
    returns table (cases integer, opinions integer, problems_solved integer, disputes_solved integer, errands integer,
                   petitions integer, petitions_ended integer, closed integer, closed_at_station integer, on_time integer,
                   on_time_known integer, satisfied integer, rated integer, closed_days numeric)
    language sql immutable as $$
    select sign,
           sign * (case_kind = 'OPINION')::integer,
           sign * (case_kind = 'PROBLEM' and case_status in ('RESOLVED', 'CLOSED'))::integer,
           sign * (case_kind = 'DISPUTE' and case_status in ('RESOLVED', 'CLOSED'))::integer,
           sign * (case_kind = 'ERRAND')::integer,
           sign * (case_kind = 'PETITION')::integer,
           sign * coalesce(petition_ended, false)::integer,
           sign * (case_status = 'CLOSED')::integer,
           sign * (case_status = 'CLOSED' and case_closed_at_level = 'STATION')::integer,
           sign * coalesce(case_on_time, false)::integer,
           sign * (case_on_time is not null)::integer,
           sign * coalesce(case_satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'), false)::integer,
           sign * (case_satisfaction is not null)::integer,
           sign * case when case_status = 'CLOSED'
                       then extract(epoch from case_closed_at - case_recorded_at) / 86400.0 else 0 end
$$;

create or replace function case_figures_apply(c case_file, sign integer) returns void language plpgsql as $$
begin
    insert into case_figures_month as f (station_id, month, township_id, cases, opinions, problems_solved, disputes_solved,
                                         errands, petitions, petitions_ended, closed, closed_at_station, on_time,
                                         on_time_known, satisfied, rated, closed_days)
    select c.station_id, case_figures_month(c.recorded_at), c.township_id, k.*
    from case_figures_counts(sign, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction, c.closed_at,
                             c.recorded_at,
                             (select p.outcome = 'ENDED_SATISFIED' from petition p where p.case_id = c.id)) k
    on conflict (station_id, month) do update set
        cases = f.cases + excluded.cases,
        opinions = f.opinions + excluded.opinions,
        problems_solved = f.problems_solved + excluded.problems_solved,
        disputes_solved = f.disputes_solved + excluded.disputes_solved,
        errands = f.errands + excluded.errands,
        petitions = f.petitions + excluded.petitions,
        petitions_ended = f.petitions_ended + excluded.petitions_ended,
        closed = f.closed + excluded.closed,
        closed_at_station = f.closed_at_station + excluded.closed_at_station,
        on_time = f.on_time + excluded.on_time,
        on_time_known = f.on_time_known + excluded.on_time_known,
        satisfied = f.satisfied + excluded.satisfied,
        rated = f.rated + excluded.rated,
        closed_days = f.closed_days + excluded.closed_days;
end $$;
