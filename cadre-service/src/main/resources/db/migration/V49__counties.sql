-- Counties as tenants (issue 19): one deployment serves a province's counties, and a county is the root of the
-- organisation. Every row from before belongs to the default county, whose zone is the one the service was configured
-- with (the Flyway placeholder county_zone, from masswork.cadre.zone).
create table county (
    id          uuid primary key,
    code        varchar(32)  not null unique,
    name        varchar(100) not null,
    zone        varchar(64)  not null,
    version     bigint       not null,
    recorded_at timestamptz  not null,
    received_at timestamptz  not null
);
insert into county (id, code, name, zone, version, recorded_at, received_at)
values ('8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa', 'default', '本县', '${county_zone}', 0, now(), now());

-- A constant default is a metadata-only change (PostgreSQL 11+): no table rewrite; dropping it then makes every new
-- row name its county.
alter table township add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa' references county (id);
alter table township alter column county_id drop default;
alter table township drop constraint township_code_key;
alter table township add constraint township_code_per_county unique (county_id, code);
