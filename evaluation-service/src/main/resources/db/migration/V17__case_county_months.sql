-- The cases part of the work figures per county and month (issue 19), beside the county days (V14): a whole county's
-- or the province's period reads its whole months here and only the days of a partial month at either end from
-- case_county_day, a year 12 rows a county instead of 365. A month is the days of case_county_day_of (Asia/Shanghai)
-- from its 1st; each row is the sum of its county days. The fold keeps both in one statement, so any snapshot sees
-- each county month equal to the sum of its county days, and a delta not yet folded in neither.

-- Folds wait from here to the end of the migration (the writers of case_fact, whose trigger only appends deltas, and
-- the figures' reads do not): the backfill below sums county days no fold changes meanwhile. A fold that had moved
-- deltas into the days before has committed by then, so the months count them; a delta still pending stays a delta,
-- which the new fold adds to its day and its month.
lock table case_county_day in share row exclusive mode;

create function case_county_month_of(day date) returns date
    language sql immutable parallel safe as $$ select day - cast(extract(day from day) as integer) + 1 $$;

create table case_county_month (
    month             date    not null,
    county_id         uuid    not null,
    received          integer not null,
    closed            integer not null,
    closed_on_time    integer not null,
    closed_at_station integer not null,
    escalated         integer not null,
    rated             integer not null,
    satisfied         integer not null,
    primary key (month, county_id)
);

-- The edge days of every county at once (a row per county or the province) are a range of days, not of counties.
create index case_county_day_by_day on case_county_day (day);

-- Moves up to batch committed deltas into their county days and their county months in one statement (V14's fold
-- plus the months). Every fold upserts the days and then the months, each in key order, so concurrent folds may wait
-- for each other but never deadlock. The setting tells the guard below that this statement writes both.
create or replace function case_county_day_fold(batch integer) returns integer language sql as $$
    select set_config('masswork.case_county_fold', 'days-and-months', true);
    with folded as (
        delete from case_county_day_delta
        where ctid = any (array(select ctid from case_county_day_delta limit batch for update skip locked))
        returning *
    ), added as (
        insert into case_county_day as f (county_id, day, received, closed, closed_on_time, closed_at_station,
                                          escalated, rated, satisfied)
        select county_id, day, sum(received), sum(closed), sum(closed_on_time), sum(closed_at_station), sum(escalated),
               sum(rated), sum(satisfied)
        from folded
        group by county_id, day
        order by county_id, day
        on conflict (county_id, day) do update set
            received = f.received + excluded.received,
            closed = f.closed + excluded.closed,
            closed_on_time = f.closed_on_time + excluded.closed_on_time,
            closed_at_station = f.closed_at_station + excluded.closed_at_station,
            escalated = f.escalated + excluded.escalated,
            rated = f.rated + excluded.rated,
            satisfied = f.satisfied + excluded.satisfied
    ), added_to_months as (
        insert into case_county_month as f (month, county_id, received, closed, closed_on_time, closed_at_station,
                                            escalated, rated, satisfied)
        select case_county_month_of(day), county_id, sum(received), sum(closed), sum(closed_on_time),
               sum(closed_at_station), sum(escalated), sum(rated), sum(satisfied)
        from folded
        group by 1, 2
        order by 1, 2
        on conflict (month, county_id) do update set
            received = f.received + excluded.received,
            closed = f.closed + excluded.closed,
            closed_on_time = f.closed_on_time + excluded.closed_on_time,
            closed_at_station = f.closed_at_station + excluded.closed_at_station,
            escalated = f.escalated + excluded.escalated,
            rated = f.rated + excluded.rated,
            satisfied = f.satisfied + excluded.satisfied
    )
    select count(*)::integer from folded
$$;

-- The county days are written by that fold only. A write that leaves the months behind is refused: a hand-written
-- one, or a fold of V14's version that a pod began with the function as it was and that, waiting for the lock above,
-- would finish after this migration (it rolls back; its deltas stay and the next fold moves them).
create function case_county_day_only_by_fold() returns trigger language plpgsql as $$
begin
    if current_setting('masswork.case_county_fold', true) is distinct from 'days-and-months' then
        raise exception 'case_county_day is written only by case_county_day_fold, with case_county_month';
    end if;
    return null;
end $$;
create trigger case_county_day_only_by_fold before insert or update or delete on case_county_day
    for each statement execute function case_county_day_only_by_fold();

-- The months of every day folded before this migration; what is still a delta is folded by the new fold.
insert into case_county_month (month, county_id, received, closed, closed_on_time, closed_at_station, escalated, rated,
                               satisfied)
select case_county_month_of(day), county_id, sum(received), sum(closed), sum(closed_on_time), sum(closed_at_station),
       sum(escalated), sum(rated), sum(satisfied)
from case_county_day
group by 1, 2;

-- case_county_day_and_delta (V14) stays for the version before, which reads the days through it until it is gone.
