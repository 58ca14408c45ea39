-- The cases part of the work figures per county and day (issue 19): the whole-county rows (COUNTY and PROVINCE, not
-- narrowed to a township, station or cadre) read a county's year as 365 rows here instead of its ~100,000 case facts.
-- Every count is additive over days: a case counts as received on the day it was opened, as closed (on time, at the
-- station) on the day of its latest close unless a later reopening exists, as escalated on the day of its first
-- escalation, as rated (satisfied) on the day of its latest rating, exactly as FiguresQueries.CASES counts it.
-- Days are named in Asia/Shanghai, the configured zone's default: the figures read a period here only when its
-- instants are midnights there (CountyCaseDays), and count a county of another zone from the facts, as before.
-- A write of case_fact appends what it changes to case_county_day_delta, which has no key, so writers share no row
-- lock; the fold (CaseCountyDayFoldJob) moves the deltas into case_county_day; the figures read both.

-- Writers of case_fact (this version's and the one before, in a rolling deploy) wait from here to the end of the
-- migration; reads go on. The backfill below counts every fact committed before, and every write after runs the trigger.
lock table case_fact in share row exclusive mode;

create function case_county_day_of(at timestamptz) returns date
    language sql immutable as $$ select (at at time zone 'Asia/Shanghai')::date $$;

create table case_county_day (
    county_id         uuid    not null,
    day               date    not null,
    received          integer not null,
    closed            integer not null,
    closed_on_time    integer not null,
    closed_at_station integer not null,
    escalated         integer not null,
    rated             integer not null,
    satisfied         integer not null,
    primary key (county_id, day)
);

create table case_county_day_delta (
    county_id         uuid    not null,
    day               date    not null,
    received          integer not null,
    closed            integer not null,
    closed_on_time    integer not null,
    closed_at_station integer not null,
    escalated         integer not null,
    rated             integer not null,
    satisfied         integer not null
);
-- Every row is deleted seconds after it is written: vacuum after a fixed number of them, not after a share of a table
-- that is nearly empty, so the dead rows do not pile up in front of the figures' scans.
alter table case_county_day_delta set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

-- What one case counts for, times the sign, a row per day it names (up to four; two steps on one day give two rows).
create function case_county_day_counts(c case_fact, sign integer)
    returns table (county_id uuid, day date, received integer, closed integer, closed_on_time integer,
                   closed_at_station integer, escalated integer, rated integer, satisfied integer)
    language sql immutable as $$
    select c.county_id, d.day, d.received * sign, d.closed * sign, d.closed_on_time * sign,
           d.closed_at_station * sign, d.escalated * sign, d.rated * sign, d.satisfied * sign
    from (values
        (case_county_day_of(c.opened_at), 1, 0, 0, 0, 0, 0, 0),
        (case when c.reopened_at is null or c.reopened_at < c.closed_at then case_county_day_of(c.closed_at) end,
         0, 1, (c.closed_on_time is true)::integer, (c.closed_at_level = 'STATION' is true)::integer, 0, 0, 0),
        (case_county_day_of(c.escalated_at), 0, 0, 0, 0, 1, 0, 0),
        (case_county_day_of(c.rated_at), 0, 0, 0, 0, 0, 1, (c.rating <> 'UNSATISFIED' is true)::integer)
    ) d(day, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied)
    where d.day is not null
$$;

-- A write appends the new row's counts less the old row's, per county and day, leaving out the days it does not
-- change (old is null for an insert, new for a delete: they count nothing).
create function case_county_day_on_case_fact() returns trigger language plpgsql as $$
begin
    insert into case_county_day_delta (county_id, day, received, closed, closed_on_time, closed_at_station, escalated,
                                       rated, satisfied)
    select k.county_id, k.day, sum(k.received), sum(k.closed), sum(k.closed_on_time), sum(k.closed_at_station),
           sum(k.escalated), sum(k.rated), sum(k.satisfied)
    from (select * from case_county_day_counts(old, -1)
          union all
          select * from case_county_day_counts(new, 1)) k
    group by k.county_id, k.day
    having sum(k.received) <> 0 or sum(k.closed) <> 0 or sum(k.closed_on_time) <> 0 or sum(k.closed_at_station) <> 0
        or sum(k.escalated) <> 0 or sum(k.rated) <> 0 or sum(k.satisfied) <> 0;
    return null;
end $$;

-- Moves up to batch committed deltas into their county days; returns how many it moved. One statement deletes the
-- deltas and adds their sums, so any snapshot counts a delta either as a delta or in its day, once. Folds running at
-- once (replicas) take disjoint batches (rows another fold has locked are skipped) and upsert the days in key order,
-- so one may wait for another's commit but they never deadlock; writers never lock a day.
create function case_county_day_fold(batch integer) returns integer language sql as $$
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
    )
    select count(*)::integer from folded
$$;

-- The county days as the figures read them: folded rows plus the deltas not yet folded.
create view case_county_day_and_delta as
select county_id, day, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied
from case_county_day
union all
select county_id, day, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied
from case_county_day_delta;

-- Every fact kept so far, counted once (no write can run between this and the trigger).
insert into case_county_day (county_id, day, received, closed, closed_on_time, closed_at_station, escalated, rated,
                             satisfied)
select k.county_id, k.day, sum(k.received), sum(k.closed), sum(k.closed_on_time), sum(k.closed_at_station),
       sum(k.escalated), sum(k.rated), sum(k.satisfied)
from case_fact c
cross join lateral case_county_day_counts(c, 1) k
group by k.county_id, k.day;

create trigger case_county_day_on_case_fact after insert or update or delete on case_fact
    for each row execute function case_county_day_on_case_fact();
