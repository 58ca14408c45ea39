-- The station days due and attended per county and station day, and for the province per station day (issue 19): the
-- work figures' whole-county and province rows read a county's year as 36 rows here instead of its 35,000 check-ins
-- (100 counties: 3,600 rows instead of 3.5 million). Each row holds what the live count of that day gives
-- (work_figures_county_days, work_figures_province_days below), so a period's edges stay exact.
--
-- Writers never touch a rollup row: triggers append the county and days a change may alter to work_figures_dirty, a
-- table without a key, in the writing transaction, so no two writers share a lock. The fold job
-- (figures.WorkFiguresFoldJob, work_figures_fold below) recounts the dirty days live and stores them; the figures read a
-- day live while it is dirty, so they are exact whatever the fold's lag.

-- Writers to the facts wait for this migration from here on, so the backfill at the end counts every fact committed
-- before it, and every fact written after it (an old pod's too, during a rolling deploy) goes through the triggers. No
-- fold runs before it commits: until then the row of work_figures_folded_through is not there.
lock table stationing, station_day_attendance in share row exclusive mode;

create table work_figures_county_day (
    county_id uuid    not null,
    day       date    not null,
    due       integer not null,
    attended  integer not null,
    primary key (county_id, day)
);

create table work_figures_province_day (
    day      date    primary key,
    due      integer not null,
    attended integer not null
);

-- The days from_day to to_day (both included; 'infinity' for a stationing without an end) of a county that a change of
-- its facts may alter, until a fold recounts them.
create table work_figures_dirty (
    county_id uuid not null,
    from_day  date not null,
    to_day    date not null
);
-- Every row is deleted seconds after it is written: vacuum after a fixed number of them, not after a share of a table
-- that is nearly empty, so the dead rows do not pile up in front of the figures' scans.
alter table work_figures_dirty set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

-- The rollups hold every station day up to through (later days are read live); its one row is also the lock that lets
-- one fold run at a time.
create table work_figures_folded_through (
    one     boolean primary key default true check (one),
    through date    not null
);

-- A county's check-ins of one day, and the province's, for the live counts (read from the index alone). A county's
-- stationings come from stationing_county (V9); the province's are nearly all of them, read whole.
create index station_day_attendance_day on station_day_attendance (day, county_id, cadre_id);

-- The station days (the 25th, 26th and 27th) of first_day to last_day, both included.
create function work_figures_station_days(first_day date, last_day date) returns setof date language sql immutable as $$
    select cast(d as date)
    from generate_series(cast(first_day as timestamp), cast(last_day as timestamp), interval '1 day') d
    where extract(day from d) between 25 and 27
$$;

-- A county's station days of first_day to last_day, counted live as FiguresQueries counts them in a county's row (and
-- ServedDays defines them): due, the cadres with a stationing in the county that has begun on or before the day and not
-- ended before it; attended, those of them with a check-in in the county that day.
create function work_figures_county_days(for_county uuid, first_day date, last_day date)
    returns table (day date, due integer, attended integer) language plpgsql stable rows 3 as $$
#variable_conflict use_column
begin
    return query
    select d.day,
           (select count(distinct s.cadre_id)::integer
            from stationing s
            where s.county_id = for_county and s.cadre_id is not null
              and s.starts_on <= d.day and (s.ended_on is null or s.ended_on >= d.day)),
           (select count(distinct a.cadre_id)::integer
            from station_day_attendance a
            where a.day = d.day and a.county_id = for_county
              and exists (select 1 from stationing s
                          where s.cadre_id = a.cadre_id and s.county_id = for_county
                            and s.starts_on <= d.day and (s.ended_on is null or s.ended_on >= d.day)))
    from work_figures_station_days(first_day, last_day) d(day);
end $$;

-- The province's station days of first_day to last_day, counted live as the PROVINCE row counts them: a cadre once a day
-- whatever counties they serve in, and attended with a check-in in any county on a day a stationing in any covers.
create function work_figures_province_days(first_day date, last_day date)
    returns table (day date, due integer, attended integer) language plpgsql stable rows 3 as $$
#variable_conflict use_column
begin
    return query
    select d.day,
           (select count(distinct s.cadre_id)::integer
            from stationing s
            where s.cadre_id is not null and s.starts_on <= d.day and (s.ended_on is null or s.ended_on >= d.day)),
           (select count(distinct a.cadre_id)::integer
            from station_day_attendance a
            where a.day = d.day
              and exists (select 1 from stationing s
                          where s.cadre_id = a.cadre_id
                            and s.starts_on <= d.day and (s.ended_on is null or s.ended_on >= d.day)))
    from work_figures_station_days(first_day, last_day) d(day);
end $$;

-- The days a stationing counts for: from its start to its end; none without a cadre or a start, or ending before it
-- starts.
create function work_figures_served(cadre_id uuid, starts_on date, ended_on date) returns datemultirange
    language sql immutable as $$
    select case when cadre_id is not null and starts_on <= coalesce(ended_on, 'infinity')
                then datemultirange(daterange(starts_on, coalesce(ended_on, 'infinity'), '[]'))
                else '{}' end
$$;

-- A stationing inserted or deleted changes its days; one updated in its county, for its cadre, the days it gained or
-- lost only (an end arriving dirties the days after it, not the whole stationing); one moved to another county or
-- cadre, its old days and its new.
create function work_figures_on_stationing() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into work_figures_dirty (county_id, from_day, to_day)
        select distinct n.county_id, lower(days), upper(days) - 1
        from new_rows n cross join unnest(work_figures_served(n.cadre_id, n.starts_on, n.ended_on)) days;
    elsif tg_op = 'DELETE' then
        insert into work_figures_dirty (county_id, from_day, to_day)
        select distinct o.county_id, lower(days), upper(days) - 1
        from old_rows o cross join unnest(work_figures_served(o.cadre_id, o.starts_on, o.ended_on)) days;
    else
        insert into work_figures_dirty (county_id, from_day, to_day)
        select distinct changed.county_id, lower(changed.days), upper(changed.days) - 1
        from (select coalesce(n.county_id, o.county_id) as county_id,
                     unnest(case when n.assignment_id is null then work_figures_served(o.cadre_id, o.starts_on, o.ended_on)
                                 when o.assignment_id is null then work_figures_served(n.cadre_id, n.starts_on, n.ended_on)
                                 else (work_figures_served(o.cadre_id, o.starts_on, o.ended_on)
                                       - work_figures_served(n.cadre_id, n.starts_on, n.ended_on))
                                      + (work_figures_served(n.cadre_id, n.starts_on, n.ended_on)
                                       - work_figures_served(o.cadre_id, o.starts_on, o.ended_on)) end) as days
              from old_rows o
              full join new_rows n on n.assignment_id = o.assignment_id and n.county_id = o.county_id
                                   and n.cadre_id is not distinct from o.cadre_id) changed;
    end if;
    return null;
end $$;
create trigger work_figures_stationing_inserted after insert on stationing
    referencing new table as new_rows for each statement execute function work_figures_on_stationing();
create trigger work_figures_stationing_updated after update on stationing
    referencing old table as old_rows new table as new_rows for each statement execute function work_figures_on_stationing();
create trigger work_figures_stationing_deleted after delete on stationing
    referencing old table as old_rows for each statement execute function work_figures_on_stationing();

-- A check-in counts for its day, if a station day.
create function work_figures_on_attendance() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into work_figures_dirty (county_id, from_day, to_day)
        select distinct county_id, day, day from old_rows where extract(day from day) between 25 and 27;
    end if;
    if tg_op <> 'DELETE' then
        insert into work_figures_dirty (county_id, from_day, to_day)
        select distinct county_id, day, day from new_rows where extract(day from day) between 25 and 27;
    end if;
    return null;
end $$;
create trigger work_figures_attendance_inserted after insert on station_day_attendance
    referencing new table as new_rows for each statement execute function work_figures_on_attendance();
create trigger work_figures_attendance_updated after update on station_day_attendance
    referencing old table as old_rows new table as new_rows for each statement execute function work_figures_on_attendance();
create trigger work_figures_attendance_deleted after delete on station_day_attendance
    referencing old table as old_rows for each statement execute function work_figures_on_attendance();

-- Counts the station days of first_day to last_day, both included, of every county with a stationing and of the
-- province, into the rollups.
create function work_figures_count(first_day date, last_day date) returns void language sql as $$
    insert into work_figures_county_day as r (county_id, day, due, attended)
    select c.county_id, f.day, f.due, f.attended
    from (select distinct county_id from stationing) c
    cross join lateral work_figures_county_days(c.county_id, first_day, last_day) f
    order by c.county_id, f.day
    on conflict (county_id, day) do update set due = excluded.due, attended = excluded.attended;
    insert into work_figures_province_day as r (day, due, attended)
    select f.day, f.due, f.attended
    from work_figures_province_days(first_day, last_day) f
    order by f.day
    on conflict (day) do update set due = excluded.due, attended = excluded.attended;
$$;

-- The rollups reach the end of the next month, so the figures of any day that has come (in any county's zone) are
-- read from them while a fold runs at least once a month.
create function work_figures_horizon() returns date language sql stable as $$
    select cast(date_trunc('month', current_date) + interval '2 months' - interval '1 day' as date)
$$;

-- Recounts the days of up to batch dirty rows and stores them; returns how many dirty rows it took. One fold at a time
-- (the row of work_figures_folded_through; another finds it locked and folds nothing): each fold's statements see
-- every fact the folds before it saw, so a day stored last is never counted on older facts than a day stored before,
-- and the rows are stored in key order. Every statement of this function sees the facts committed when it starts: a
-- dirty row it takes was written with facts it sees; a fact committed later left its dirty row for the next fold.
-- Dirty days past the rollups' end are not counted: the fold that moves the end counts them.
create function work_figures_fold(batch integer) returns integer language plpgsql as $$
declare
    folded_through date;
    taken integer;
begin
    select through into folded_through from work_figures_folded_through for update skip locked;
    if not found then
        return 0;
    end if;
    if folded_through < work_figures_horizon() then
        perform work_figures_count(folded_through + 1, work_figures_horizon());
        update work_figures_folded_through set through = work_figures_horizon();
        folded_through := work_figures_horizon();
    end if;
    with taken as (
        delete from work_figures_dirty
        where ctid = any (array(select ctid from work_figures_dirty limit batch))
        returning county_id, from_day, least(to_day, folded_through) as to_day
    ), county_days as (
        select distinct t.county_id, d.day
        from (select distinct county_id, from_day, to_day from taken) t
        cross join lateral work_figures_station_days(t.from_day, t.to_day) d(day)
    ), counted_counties as (
        insert into work_figures_county_day as r (county_id, day, due, attended)
        select c.county_id, c.day, f.due, f.attended
        from county_days c
        cross join lateral work_figures_county_days(c.county_id, c.day, c.day) f
        order by c.county_id, c.day
        on conflict (county_id, day) do update set due = excluded.due, attended = excluded.attended
    ), counted_province as (
        insert into work_figures_province_day as r (day, due, attended)
        select f.day, f.due, f.attended
        from (select distinct day from county_days) p
        cross join lateral work_figures_province_days(p.day, p.day) f
        order by f.day
        on conflict (day) do update set due = excluded.due, attended = excluded.attended
    )
    select count(*) into taken from taken;
    return taken;
end $$;

-- Every station day from the earliest stationing to the rollups' end, of every county with a stationing and of the
-- province.
insert into work_figures_folded_through (through) values (work_figures_horizon());
select work_figures_count(coalesce(min(starts_on), current_date), work_figures_horizon()) from stationing;
