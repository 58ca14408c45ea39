-- Household visits; confirmed when confirmation_method is set.
create table visit (
    id                   uuid primary key,
    cadre_id             uuid          not null references cadre (id),
    household_id         uuid          not null references household (id),
    station_id           uuid          not null references station (id),
    village_id           uuid          not null references village (id),
    township_id          uuid          not null references township (id),
    visited_on           date          not null,
    findings             varchar(2000) not null,
    follow_up_needed     boolean       not null,
    confirmation_method  varchar(20),
    confirmed_at         timestamptz,
    countersignature_ref varchar(100),
    confirmation_code_id uuid references confirmation_code (id),
    version              bigint        not null,
    recorded_at          timestamptz   not null,
    received_at          timestamptz   not null,
    -- One visit per cadre, household and day: a second one would only pad the count.
    unique (cadre_id, household_id, visited_on)
);
create index visit_station on visit (station_id, visited_on desc, id);
create index visit_village on visit (village_id, visited_on, household_id);
create index visit_township on visit (township_id, visited_on desc, id);
create index visit_household on visit (household_id, visited_on desc);
create index visit_cadre on visit (cadre_id, visited_on);

create table visit_role (
    visit_id uuid        not null references visit (id),
    role     varchar(30) not null,
    primary key (visit_id, role)
);

-- The cadre's own diary note of a day (民情日记), beside the day's visits.
create table diary_note (
    id          uuid primary key,
    cadre_id    uuid          not null references cadre (id),
    station_id  uuid          not null references station (id),
    township_id uuid          not null references township (id),
    day         date          not null,
    note        varchar(4000) not null,
    version     bigint        not null,
    recorded_at timestamptz   not null,
    received_at timestamptz   not null,
    unique (cadre_id, day)
);
create index diary_note_station on diary_note (station_id, day);
