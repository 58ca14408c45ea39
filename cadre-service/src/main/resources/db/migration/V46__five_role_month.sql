-- The five roles (五员) counted per cadre, station, county month and role: the visits recorded in each role (a visit in
-- two roles counts for each). Kept by the database as a visit's roles are inserted (one statement-level trigger, so a
-- visit's single insert and a bulk load alike add one row per group), read by the five-role figures and the monthly
-- report instead of counting visit_role on every read. A visit's roles are never changed or deleted after its insert.
create table five_role_month (
    month_start date        not null,
    township_id uuid        not null references township (id),
    station_id  uuid        not null references station (id),
    cadre_id    uuid        not null references cadre (id),
    role        varchar(30) not null,
    visits      bigint      not null check (visits >= 0),
    primary key (month_start, township_id, station_id, cadre_id, role)
);
create index five_role_month_station on five_role_month (station_id, month_start);
create index five_role_month_cadre on five_role_month (cadre_id, month_start);

create function five_role_month_add() returns trigger language plpgsql as $$
begin
    insert into five_role_month (month_start, township_id, station_id, cadre_id, role, visits)
    select cast(date_trunc('month', v.visited_on) as date), v.township_id, v.station_id, v.cadre_id, r.role, count(*)
      from added r join visit v on v.id = r.visit_id
     group by 1, 2, 3, 4, 5
    on conflict (month_start, township_id, station_id, cadre_id, role)
        do update set visits = five_role_month.visits + excluded.visits;
    return null;
end $$;

create trigger visit_role_counted after insert on visit_role
    referencing new table as added for each statement execute function five_role_month_add();

insert into five_role_month (month_start, township_id, station_id, cadre_id, role, visits)
select cast(date_trunc('month', v.visited_on) as date), v.township_id, v.station_id, v.cadre_id, r.role, count(*)
  from visit_role r join visit v on v.id = r.visit_id
 group by 1, 2, 3, 4, 5;

-- A monthly report keeps each cadre's five-role visits of the month as they stood at submission.
create table monthly_report_role (
    report_id uuid        not null references monthly_report (id),
    cadre_id  uuid        not null,
    role      varchar(30) not null,
    visits    bigint      not null,
    primary key (report_id, cadre_id, role)
);
