-- Counties as tenants (issue 19): every row a county owns names its county. Rows kept before counties belong to
-- the default county. Adding a column with a constant default is metadata only in PostgreSQL 11 and later (no
-- rewrite); the default is dropped at once so that every new row must name its county.
-- Not here: round_cadre, ballot_code, ballot and counted_ballot, reached only through their round, which names
-- the county (and the ballot tables keep exactly the columns the anonymity rules allow).
do $$
declare
    owned text;
begin
    foreach owned in array array['known_station', 'known_household', 'stationing', 'station_day_attendance',
                                 'household_visit', 'case_fact', 'evaluation_round', 'supervision_review', 'verdict'] loop
        execute format('alter table %I add column county_id uuid not null default %L', owned,
                       '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa');
        execute format('alter table %I alter column county_id drop default', owned);
    end loop;
end $$;

-- One round per half year and scope within a county; a county's rounds listed newest first.
drop index evaluation_round_period_scope;
create unique index evaluation_round_period_scope
    on evaluation_round (county_id, period, coalesce(township_id, '00000000-0000-0000-0000-000000000000'));
create index evaluation_round_county on evaluation_round (county_id, opened_at desc);

-- The county-wide lists and figures.
create index supervision_review_county on supervision_review (county_id, month);
create index verdict_county on verdict (county_id, period);
create index known_station_county on known_station (county_id, township_id);
create index stationing_county on stationing (county_id, township_id);
create index household_visit_county on household_visit (county_id, visited_on);
create index case_fact_county on case_fact (county_id, station_id);
