-- Widens a copy of a seeded evaluation database to 99 counties of work-figures rollups, for timing reports across
-- counties at province size (docs/benchmarks/2026-12-04-province-figures.md, "The whole request at 99 counties").
-- Run against a copy, never the database itself; with three seeded counties in the local stack's PostgreSQL:
--   psql -h localhost -p 15432 -U postgres -c "create database evaluation100 template evaluation"
--   psql -h localhost -p 15432 -U postgres -d evaluation100 -f deploy/bench/province-rollups.sql
-- then point evaluation-service at it (QUARKUS_DATASOURCE_JDBC_URL). About 13 minutes and 3 GB on 2 cores.
-- The stationings, check-ins and station-day rollups are the seeded counties' copied 32 times with new ids; the cases
-- and visits rollups are generated for a year (the seed replays neither into evaluation-service), the visits' edges and
-- quarters counted by the fold's own function. Triggers are off while it writes, as for a restore.
set session_replication_role = replica;
create temp table copies as select n from generate_series(1, 32) n;
create or replace function pg_temp.m(id uuid, n int) returns uuid language sql immutable as $$ select cast(md5(id::text || n) as uuid) $$;
insert into known_county (county_id, code, name, zone)
select pg_temp.m(s.county_id, n), 'bench-' || left(s.county_id::text, 8) || '-' || n, '生成县' || left(s.county_id::text, 4) || n, 'Asia/Shanghai'
from (select distinct county_id from stationing) s, copies;
insert into stationing (assignment_id, cadre_id, station_id, village_id, township_id, role, starts_on, ended_on, county_id)
select pg_temp.m(assignment_id, n), pg_temp.m(cadre_id, n), pg_temp.m(station_id, n), pg_temp.m(village_id, n), pg_temp.m(township_id, n), role, starts_on, ended_on, pg_temp.m(county_id, n)
from stationing, copies;
insert into station_day_attendance (check_in_id, cadre_id, station_id, township_id, day, county_id)
select pg_temp.m(check_in_id, n), pg_temp.m(cadre_id, n), pg_temp.m(station_id, n), pg_temp.m(township_id, n), day, pg_temp.m(county_id, n)
from station_day_attendance a, copies;
insert into work_figures_county_day (county_id, day, due, attended)
select pg_temp.m(county_id, n), day, due, attended from work_figures_county_day r, copies;
update work_figures_province_day p set due = s.due, attended = s.attended
from (select day, sum(due) due, sum(attended) attended from work_figures_county_day group by day) s where s.day = p.day;
-- cases: a day row per county and day, the months their sums
truncate case_county_day, case_county_month;
insert into case_county_day (county_id, day, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied)
select k.county_id, d::date, r, c, c * 9 / 10, c * 7 / 10, r / 20, c * 8 / 10, c * 7 / 10
from (select distinct county_id from stationing) k
cross join generate_series(current_date - 380, current_date, interval '1 day') d
cross join lateral (select 250 + (abs(hashtext(k.county_id::text || d::text)) % 50) as r,
                           230 + (abs(hashtext(d::text || k.county_id::text)) % 40) as c) x;
insert into case_county_month (month, county_id, received, closed, closed_on_time, closed_at_station, escalated, rated, satisfied)
select cast(date_trunc('month', day) as date), county_id, sum(received), sum(closed), sum(closed_on_time), sum(closed_at_station), sum(escalated), sum(rated), sum(satisfied)
from case_county_day group by 1, 2;
-- visits: a day row per county and day of the last year's months (the 25th-27th 9,200 visits, others 680), the months
-- their unions, then the edges and quarters of the months over
truncate visit_figures_county_day, visit_figures_county_month, visit_figures_county_edge, visit_figures_county_quarter, visit_figures_months_due;
-- (c.county_id is null) ties the households' subquery to the row, so each row draws its own
insert into visit_figures_county_day (day, county_id, visits, confirmed, policy_publicist, opinion_researcher,
       party_building_instructor, dispute_mediator, service_provider, households)
select d.day, c.county_id, n.n, n.n * 6 / 10, n.n / 3, n.n / 4, n.n / 5, n.n / 6, n.n / 7,
       visit_household_bits(array(select (random() * 169919)::int from generate_series(1, n.n + (c.county_id is null)::int)))
from (select distinct county_id from stationing) c
cross join (select cast(g as date) as day from generate_series(cast(date_trunc('month', current_date - 365) as date), current_date, interval '1 day') g) d
cross join lateral (select case when extract(day from d.day) between 25 and 27 then 9200 else 680 end as n) n;
insert into visit_figures_county_month (month, county_id, visits, confirmed, policy_publicist, opinion_researcher,
       party_building_instructor, dispute_mediator, service_provider, households)
select visit_figures_month(day), county_id, sum(visits), sum(confirmed), sum(policy_publicist), sum(opinion_researcher),
       sum(party_building_instructor), sum(dispute_mediator), sum(service_provider), visit_households_union(households)
from visit_figures_county_day group by 1, 2;
insert into visit_figures_months_due (county_id, month)
select distinct county_id, visit_figures_month(day) from visit_figures_county_day;
select visit_figures_count_months_over(2147483647);
set session_replication_role = origin;
select count(distinct county_id), count(*) from stationing;
select count(*) from station_day_attendance;
vacuum analyze;
