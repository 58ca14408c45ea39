-- Counties as tenants (issue 19): one deployment serves the counties of a province. Numbered after V19, whose view
-- it redefines, so that a database already at V19 takes it in order. Every row a county owns names
-- it; what was here before belongs to the default county. A column added with a constant default is a
-- metadata-only change (no table rewrite); the default is then dropped, so every new row must name its county.
-- Rows only ever reached through their case (case_timeline, petition, errand_step) take the case's county and
-- carry none of their own.
alter table known_station add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table known_station alter column county_id drop default;
alter table station_cadre add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table station_cadre alter column county_id drop default;
alter table case_file add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table case_file alter column county_id drop default;
alter table case_deadline add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table case_deadline alter column county_id drop default;
alter table case_figures_month add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table case_figures_month alter column county_id drop default;
alter table case_figures_delta add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table case_figures_delta alter column county_id drop default;

-- The county-wide lists lead with the county: the directory by name, the cases newest first (the search, and the
-- figures' edge spans read from this index alone, as V3's did), the deadlines not yet met by due date. The overdue
-- job still scans the open deadlines of every county (case_deadline_open).
create index known_station_county on known_station (county_id, name, station_id);
drop index case_file_recorded;
drop index case_file_figures;
create index case_file_figures on case_file (county_id, recorded_at)
    include (township_id, station_id, kind, status, closed_at_level, on_time, satisfaction, closed_at, id);
create index case_deadline_county_open on case_deadline (county_id, due_at) where met_at is null;

-- The rollup is keyed by county: a county's months are read by the key's prefix, a township's by its index.
alter table case_figures_month drop constraint case_figures_month_pkey;
alter table case_figures_month add primary key (county_id, station_id, month);
drop index case_figures_month_township;
create index case_figures_month_township on case_figures_month (county_id, township_id, month);

drop view case_figures_month_and_delta;
create view case_figures_month_and_delta as
select county_id, station_id, month, township_id, cases, opinions, problems_solved, disputes_solved, errands, petitions,
       petitions_ended, closed, closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_month
union all
select county_id, station_id, month, township_id, cases, opinions, problems_solved, disputes_solved, errands, petitions,
       petitions_ended, closed, closed_at_station, on_time, on_time_known, satisfied, rated, closed_days
from case_figures_delta;

-- The rollup's functions (V14) with the county: a case's deltas carry its county.
create or replace function case_figures_apply(c case_file, sign integer) returns void language plpgsql as $$
begin
    insert into case_figures_delta (county_id, station_id, month, township_id, cases, opinions, problems_solved,
                                    disputes_solved, errands, petitions, petitions_ended, closed, closed_at_station,
                                    on_time, on_time_known, satisfied, rated, closed_days)
    select c.county_id, c.station_id, case_figures_month(c.recorded_at), c.township_id, k.*
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
        insert into case_figures_delta (county_id, station_id, month, township_id, cases, opinions, problems_solved,
                                        disputes_solved, errands, petitions, petitions_ended, closed,
                                        closed_at_station, on_time, on_time_known, satisfied, rated, closed_days)
        select c.county_id, c.station_id, case_figures_month(c.recorded_at), c.township_id, k.*
        from case_file c
        cross join (values (-1, was_ended), (1, is_ended)) o(sign, ended)
        cross join lateral case_figures_counts(o.sign, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction,
                                               c.closed_at, c.recorded_at, o.ended) k
        where c.id = coalesce(new.case_id, old.case_id);
    end if;
    return null;
end $$;

drop trigger case_figures_on_update on case_file;
create trigger case_figures_on_update after update on case_file
    for each row when ((old.kind, old.status, old.closed_at_level, old.on_time, old.satisfaction, old.closed_at,
                        old.recorded_at, old.station_id, old.township_id, old.county_id)
                       is distinct from
                       (new.kind, new.status, new.closed_at_level, new.on_time, new.satisfaction, new.closed_at,
                        new.recorded_at, new.station_id, new.township_id, new.county_id))
    execute function case_figures_on_case();

create or replace function case_figures_fold(batch integer) returns integer language sql as $$
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
    )
    select count(*)::integer from folded
$$;

-- The counties case-service knows, from cadre-service's CountyRegistered (issue 19). A station's county joins as
-- soon as the station does, before its CountyRegistered if that comes later (code and name then unknown), so the
-- province's figures, which read the edge spans county by county from here, miss no county with cases. The
-- default county every migrated row belongs to is here from the start.
create table known_county (
    county_id     uuid primary key,
    code          varchar(32),
    name          varchar(100),
    zone          varchar(64) not null,
    registered_at timestamptz
);
insert into known_county (county_id, code, name, zone)
values ('8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa', 'default', '本县', 'Asia/Shanghai');
