-- A village's code is the county's own, as a township's is.
alter table village drop constraint village_code_key;
alter table village add constraint village_code_per_county unique (county_id, code);

-- A visit's county is its five-role month's: the trigger of V46 now carries it.
create or replace function five_role_month_add() returns trigger language plpgsql as $$
begin
    insert into five_role_month (month_start, township_id, station_id, cadre_id, role, visits, county_id)
    select cast(date_trunc('month', v.visited_on) as date), v.township_id, v.station_id, v.cadre_id, r.role, count(*),
           v.county_id
      from added r join visit v on v.id = r.visit_id
     group by 1, 2, 3, 4, 5, 7
    on conflict (month_start, township_id, station_id, cadre_id, role)
        do update set visits = five_role_month.visits + excluded.visits;
    return null;
end $$;

-- The county-wide lists and figures (a county role's, or a province role's narrowed to one county) lead with the county.
create index village_county on village (county_id, code);
create index station_county on station (county_id, name);
create index department_county on department (county_id, name);
create index cadre_county on cadre (county_id, received_at, id);
create index assignment_county_active on assignment (county_id, station_id) where ended_on is null;
create index check_in_county_month on check_in (county_id, checked_in_on);
create index contact_card_county on contact_card (county_id, current);
create index visit_county on visit (county_id, visited_on desc, id);
create index monthly_report_county on monthly_report (county_id, month_start);
create index five_role_month_county on five_role_month (county_id, month_start);
create index sister_pair_county on sister_pair (county_id, township_id);
create index brother_pair_county on brother_pair (county_id, township_id);
create index household_county on household (county_id, township_id);
create index ledger_case_county on ledger_case (county_id, opened_at);
