-- The figures per county and county month (issue 19), beside the station months: a province's COUNTY and PROVINCE
-- rows read a county's year as 12 rows here instead of its 590 stations' 7,080 station months (100 counties: 1,200
-- rows instead of 708,000). The fold keeps them in the statement that folds the deltas into the station months, so
-- any snapshot sees each county month equal to the sum of its station months; the figures read them plus the deltas
-- not yet folded (case_figures_county_month_and_delta), as they read the station months.

-- Folds wait from here to the end of the migration (filings and the figures' reads do not): the backfill below
-- then sums station months no fold changes meanwhile.
lock table case_figures_month in share row exclusive mode;

create table case_figures_county_month (
    county_id         uuid    not null,
    month             date    not null,
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
    primary key (county_id, month)
);

-- Moves up to batch committed deltas into their station months and their county months in one statement (V20's fold
-- plus the county months). Every fold upserts the county months and the station months, each in key order, and in the
-- same order of the two (one plan), so concurrent folds may wait for each other but never deadlock. The setting tells
-- the guard below that this statement writes both.
create or replace function case_figures_fold(batch integer) returns integer language sql as $$
    select set_config('masswork.figures_fold', 'station-and-county-months', true);
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
    )
    select count(*)::integer from folded
$$;

-- The station months are written by that fold only. A write that leaves the county months behind is refused: a
-- hand-written one, or a fold of the version before this one, which a pod of that version still running may have
-- begun with the function as it was and, waiting for the lock above, would finish after this migration (it rolls
-- back, and its deltas are folded again by the next fold).
create function case_figures_month_only_by_fold() returns trigger language plpgsql as $$
begin
    if current_setting('masswork.figures_fold', true) is distinct from 'station-and-county-months' then
        raise exception 'case_figures_month is written only by case_figures_fold, with case_figures_county_month';
    end if;
    return null;
end $$;
create trigger case_figures_month_only_by_fold before insert or update or delete on case_figures_month
    for each statement execute function case_figures_month_only_by_fold();

-- The county months of everything folded before this migration; what is still a delta is folded by the new fold.
insert into case_figures_county_month (county_id, month, cases, opinions, problems_solved, disputes_solved, errands,
                                       petitions, petitions_ended, closed, closed_at_station, on_time, on_time_known,
                                       satisfied, rated, closed_days)
select county_id, month, sum(cases), sum(opinions), sum(problems_solved), sum(disputes_solved), sum(errands),
       sum(petitions), sum(petitions_ended), sum(closed), sum(closed_at_station), sum(on_time), sum(on_time_known),
       sum(satisfied), sum(rated), sum(closed_days)
from case_figures_month
group by county_id, month;

-- A county's months read as the figures read the station months (V19): folded rows plus the deltas not yet folded.
create view case_figures_county_month_and_delta as
select county_id, month, cases, opinions, problems_solved, disputes_solved, errands, petitions, petitions_ended, closed,
       closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_county_month
union all
select county_id, month, cases, opinions, problems_solved, disputes_solved, errands, petitions, petitions_ended, closed,
       closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_delta;
