-- The figures per county and day (issue 19), beside the county months (V22): a whole county's or the province's
-- period reads its whole months from the county months and its partial months at the edges from here, up to 30 rows a
-- county instead of the edge spans' cases (about 3,000 a county). Days are named in Asia/Shanghai like the months
-- (V7); a county in another zone has edges that are not whole days here, and the figures read those from the cases.

-- Every writer of the deltas waits from here to the end of the migration (reads go on): the deltas' triggers run in
-- the writes of case_file and petition. Those written before this migration have no day; the county days below are
-- counted from the cases as they are once every such writer has committed, so those deltas are in them already. A
-- write waiting here runs the new triggers once the migration commits, so every later delta names its day.
lock table case_file, petition in share row exclusive mode;

create function case_figures_day(at timestamptz) returns date
    language sql immutable as $$ select (at at time zone 'Asia/Shanghai')::date $$;

alter table case_figures_delta add column day date;

create table case_figures_county_day (
    county_id         uuid    not null,
    day               date    not null,
    cases             integer not null,
    opinions          integer not null,
    problems_solved   integer not null,
    disputes_solved   integer not null,
    errands           integer not null,
    petitions         integer not null,
    petitions_ended   integer not null,
    closed            integer not null,
    closed_at_station integer not null,
    on_time           integer not null,
    on_time_known     integer not null,
    satisfied         integer not null,
    rated             integer not null,
    closed_days       numeric not null,
    primary key (county_id, day)
);

insert into case_figures_county_day (county_id, day, cases, opinions, problems_solved, disputes_solved, errands,
                                     petitions, petitions_ended, closed, closed_at_station, on_time, on_time_known,
                                     satisfied, rated, closed_days)
select c.county_id, case_figures_day(c.recorded_at), sum(k.cases), sum(k.opinions), sum(k.problems_solved),
       sum(k.disputes_solved), sum(k.errands), sum(k.petitions), sum(k.petitions_ended), sum(k.closed),
       sum(k.closed_at_station), sum(k.on_time), sum(k.on_time_known), sum(k.satisfied), sum(k.rated),
       sum(k.closed_days)
from case_file c
left join petition p on p.case_id = c.id
cross join lateral case_figures_counts(1, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction, c.closed_at,
                                       c.recorded_at, p.outcome = 'ENDED_SATISFIED') k
group by 1, 2;

-- The rollup's triggers (V20) name the day of each delta.
create or replace function case_figures_apply(c case_file, sign integer) returns void language plpgsql as $$
begin
    insert into case_figures_delta (county_id, station_id, month, day, township_id, cases, opinions, problems_solved,
                                    disputes_solved, errands, petitions, petitions_ended, closed, closed_at_station,
                                    on_time, on_time_known, satisfied, rated, closed_days)
    select c.county_id, c.station_id, case_figures_month(c.recorded_at), case_figures_day(c.recorded_at), c.township_id,
           k.*
    from case_figures_counts(sign, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction, c.closed_at,
                             c.recorded_at,
                             (select p.outcome = 'ENDED_SATISFIED' from petition p where p.case_id = c.id)) k;
end $$;

create or replace function case_figures_on_petition() returns trigger language plpgsql as $$
declare
    was_ended boolean := tg_op <> 'INSERT' and old.outcome is not distinct from 'ENDED_SATISFIED';
    is_ended  boolean := tg_op <> 'DELETE' and new.outcome is not distinct from 'ENDED_SATISFIED';
begin
    if was_ended <> is_ended then
        insert into case_figures_delta (county_id, station_id, month, day, township_id, cases, opinions,
                                        problems_solved, disputes_solved, errands, petitions, petitions_ended, closed,
                                        closed_at_station, on_time, on_time_known, satisfied, rated, closed_days)
        select c.county_id, c.station_id, case_figures_month(c.recorded_at), case_figures_day(c.recorded_at),
               c.township_id, k.*
        from case_file c
        cross join (values (-1, was_ended), (1, is_ended)) o(sign, ended)
        cross join lateral case_figures_counts(o.sign, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction,
                                               c.closed_at, c.recorded_at, o.ended) k
        where c.id = coalesce(new.case_id, old.case_id);
    end if;
    return null;
end $$;

-- V22's fold plus the county days, in the same order after the county months. A delta without a day was written
-- before this migration and is counted in the county days already: it goes to the months only.
create or replace function case_figures_fold(batch integer) returns integer language sql as $$
    select set_config('masswork.figures_fold', 'months-and-county-days', true);
    with folded as (
        delete from case_figures_delta
        where ctid = any (array(select ctid from case_figures_delta limit batch for update skip locked))
        returning *
    ), added as (
        insert into case_figures_month as f (county_id, station_id, month, township_id, cases, opinions,
                                             problems_solved, disputes_solved, errands, petitions, petitions_ended,
                                             closed, closed_at_station, on_time, on_time_known, satisfied, rated,
                                             closed_days)
        select county_id, station_id, month, (array_agg(township_id))[1], sum(cases), sum(opinions),
               sum(problems_solved), sum(disputes_solved), sum(errands), sum(petitions), sum(petitions_ended),
               sum(closed), sum(closed_at_station), sum(on_time), sum(on_time_known), sum(satisfied), sum(rated),
               sum(closed_days)
        from folded
        group by county_id, station_id, month
        order by county_id, station_id, month
        on conflict (county_id, station_id, month) do update set
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
            closed_days = f.closed_days + excluded.closed_days
    ), added_to_counties as (
        insert into case_figures_county_month as f (county_id, month, cases, opinions, problems_solved,
                                                    disputes_solved, errands, petitions, petitions_ended, closed,
                                                    closed_at_station, on_time, on_time_known, satisfied, rated,
                                                    closed_days)
        select county_id, month, sum(cases), sum(opinions), sum(problems_solved), sum(disputes_solved), sum(errands),
               sum(petitions), sum(petitions_ended), sum(closed), sum(closed_at_station), sum(on_time),
               sum(on_time_known), sum(satisfied), sum(rated), sum(closed_days)
        from folded
        group by county_id, month
        order by county_id, month
        on conflict (county_id, month) do update set
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
            closed_days = f.closed_days + excluded.closed_days
    ), added_to_county_days as (
        insert into case_figures_county_day as f (county_id, day, cases, opinions, problems_solved, disputes_solved,
                                                  errands, petitions, petitions_ended, closed, closed_at_station,
                                                  on_time, on_time_known, satisfied, rated, closed_days)
        select county_id, day, sum(cases), sum(opinions), sum(problems_solved), sum(disputes_solved), sum(errands),
               sum(petitions), sum(petitions_ended), sum(closed), sum(closed_at_station), sum(on_time),
               sum(on_time_known), sum(satisfied), sum(rated), sum(closed_days)
        from folded
        where day is not null
        group by county_id, day
        order by county_id, day
        on conflict (county_id, day) do update set
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
            closed_days = f.closed_days + excluded.closed_days
    )
    select count(*)::integer from folded
$$;

-- V22's guard, now for this fold: a fold of V22's version, from a pod of the version before still running, would
-- leave the county days behind and is refused (its deltas are folded again by the next fold).
create or replace function case_figures_month_only_by_fold() returns trigger language plpgsql as $$
begin
    if current_setting('masswork.figures_fold', true) is distinct from 'months-and-county-days' then
        raise exception 'case_figures_month is written only by case_figures_fold, with case_figures_county_month and case_figures_county_day';
    end if;
    return null;
end $$;

-- A county's days read as its months do (V22): folded rows plus the deltas not yet folded that name a day.
create view case_figures_county_day_and_delta as
select county_id, day, cases, opinions, problems_solved, disputes_solved, errands, petitions, petitions_ended, closed,
       closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_county_day
union all
select county_id, day, cases, opinions, problems_solved, disputes_solved, errands, petitions, petitions_ended, closed,
       closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_delta
where day is not null;
