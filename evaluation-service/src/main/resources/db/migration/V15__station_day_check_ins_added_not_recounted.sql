-- A check-in no longer leaves its county's station day dirty (issue 19). On the station days every county checks in,
-- so every county's day was dirty at every moment and each read of a whole county or the province counted those days
-- live from the facts: about 1 s for the province at 100 counties. A check-in now appends a row to
-- work_figures_attendance_delta instead; the fold adds the cadres those rows newly count to the rollup rows, and the
-- figures add those of the rows not folded yet: a few index probes per check-in of the last seconds, whatever the
-- counties. A change of a stationing, or a check-in changed or removed, still leaves its days dirty, to be recounted.
--
-- A cadre is attended once a day within the county (and the province) however many times they check in: a check-in
-- adds its cadre where a stationing covers the day and none of the cadre's check-ins of that day is folded already (the
-- rollup row has counted the cadre, or not, from those); among the check-ins not folded yet, the cadre counts once.

create table work_figures_attendance_delta (
    county_id   uuid not null,
    day         date not null,
    cadre_id    uuid not null,
    check_in_id uuid not null
);
-- Whether a check-in is not folded yet, asked for each check-in of a cadre with one that is not.
create index work_figures_attendance_delta_check_in on work_figures_attendance_delta (check_in_id);
-- Rows live seconds, as work_figures_dirty's.
alter table work_figures_attendance_delta set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

-- The cadres the check-ins not folded yet of first_day to last_day add to each county's station day: those with a
-- stationing in the county covering the day and none of their check-ins in the county that day folded already. (Joined,
-- not asked with exists: the planner then finds the stationings by cadre, not by county.)
create function work_figures_added_to_counties(first_day date, last_day date)
    returns table (county_id uuid, day date, attended integer) language sql stable as $$
    select p.county_id, p.day, cast(count(distinct p.cadre_id) as integer)
    from work_figures_attendance_delta p
    join stationing s on s.cadre_id = p.cadre_id and s.county_id = p.county_id
                     and s.starts_on <= p.day and (s.ended_on is null or s.ended_on >= p.day)
    where p.day between first_day and last_day
      and not exists (select 1 from station_day_attendance a
                      where a.county_id = p.county_id and a.cadre_id = p.cadre_id and a.day = p.day
                        and not exists (select 1 from work_figures_attendance_delta q where q.check_in_id = a.check_in_id))
    group by p.county_id, p.day
$$;

-- The same for the province's station days: a stationing in any county covering the day, and none of the cadre's
-- check-ins that day in any county folded already.
create function work_figures_added_to_province(first_day date, last_day date)
    returns table (day date, attended integer) language sql stable as $$
    select p.day, cast(count(distinct p.cadre_id) as integer)
    from work_figures_attendance_delta p
    join stationing s on s.cadre_id = p.cadre_id and s.starts_on <= p.day and (s.ended_on is null or s.ended_on >= p.day)
    where p.day between first_day and last_day
      and not exists (select 1 from station_day_attendance a
                      where a.cadre_id = p.cadre_id and a.day = p.day
                        and not exists (select 1 from work_figures_attendance_delta q where q.check_in_id = a.check_in_id))
    group by p.day
$$;

-- A check-in recorded is a delta; one changed or removed leaves its days dirty.
create or replace function work_figures_on_attendance() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into work_figures_attendance_delta (county_id, day, cadre_id, check_in_id)
        select county_id, day, cadre_id, check_in_id from new_rows where extract(day from day) between 25 and 27;
        return null;
    end if;
    insert into work_figures_dirty (county_id, from_day, to_day)
    select distinct county_id, day, day from old_rows where extract(day from day) between 25 and 27;
    if tg_op = 'UPDATE' then
        insert into work_figures_dirty (county_id, from_day, to_day)
        select distinct county_id, day, day from new_rows where extract(day from day) between 25 and 27;
    end if;
    return null;
end $$;

-- Recounts the days of up to batch dirty rows, adds every delta up to the rollups' end, and stores them; returns how
-- many dirty rows or deltas it took, whichever is more. One fold at a time, as in V12. The rollups' new days, when the
-- end moves a month on, are left dirty for this fold or the next to count: until then the figures count them live.
--
-- Every part of the statement sees the same facts and deltas, as the figures do: the deltas are added as the figures
-- add them, but to no row this fold recounts (its count has them); a check-in committed after the statement starts
-- leaves its delta for the next fold. Deltas past the rollups' end wait for it.
create or replace function work_figures_fold(batch integer) returns integer language plpgsql as $$
declare
    folded_through date;
    taken integer;
begin
    select through into folded_through from work_figures_folded_through for update skip locked;
    if not found then
        return 0;
    end if;
    if folded_through < work_figures_horizon() then
        insert into work_figures_dirty (county_id, from_day, to_day)
        select distinct county_id, folded_through + 1, work_figures_horizon() from stationing;
        update work_figures_folded_through set through = work_figures_horizon();
        folded_through := work_figures_horizon();
    end if;
    with taken_dirty as (
        delete from work_figures_dirty
        where ctid = any (array(select ctid from work_figures_dirty limit batch))
        returning county_id, from_day, least(to_day, folded_through) as to_day
    ), recounted as (
        select distinct t.county_id, d.day
        from (select distinct county_id, from_day, to_day from taken_dirty) t
        cross join lateral work_figures_station_days(t.from_day, t.to_day) d(day)
    ), taken_deltas as (
        delete from work_figures_attendance_delta where day <= folded_through returning 1
    ), counted_counties as (
        insert into work_figures_county_day as r (county_id, day, due, attended)
        select c.county_id, c.day, f.due, f.attended
        from recounted c
        cross join lateral work_figures_county_days(c.county_id, c.day, c.day) f
        order by c.county_id, c.day
        on conflict (county_id, day) do update set due = excluded.due, attended = excluded.attended
    ), added_counties as (
        insert into work_figures_county_day as r (county_id, day, due, attended)
        select a.county_id, a.day, 0, a.attended
        from work_figures_added_to_counties('-infinity', folded_through) a
        where not exists (select 1 from recounted c where c.county_id = a.county_id and c.day = a.day)
        order by a.county_id, a.day
        on conflict (county_id, day) do update set attended = r.attended + excluded.attended
    ), counted_province as (
        insert into work_figures_province_day as r (day, due, attended)
        select f.day, f.due, f.attended
        from (select distinct day from recounted) p
        cross join lateral work_figures_province_days(p.day, p.day) f
        order by f.day
        on conflict (day) do update set due = excluded.due, attended = excluded.attended
    ), added_province as (
        insert into work_figures_province_day as r (day, due, attended)
        select a.day, 0, a.attended
        from work_figures_added_to_province('-infinity', folded_through) a
        where a.day not in (select day from recounted)
        order by a.day
        on conflict (day) do update set attended = r.attended + excluded.attended
    )
    select greatest((select count(*) from taken_dirty), (select count(*) from taken_deltas)) into taken;
    return taken;
end $$;

-- The fold no longer counts days itself; it leaves them dirty.
drop function work_figures_count(date, date);
