-- Facts learnt from cadre-service's and case-service's events, keyed by their source ids so a
-- duplicate or late event changes nothing twice. Figures are aggregated from them on read.
create table known_station (
    station_id  uuid primary key,
    village_id  uuid not null,
    township_id uuid not null
);

create table known_household (
    household_id uuid primary key,
    village_id   uuid not null,
    station_id   uuid not null,
    township_id  uuid not null
);
create index known_household_village on known_household (village_id);

-- One stationing; ended_on may arrive (AssignmentEnded) before the assignment itself.
create table stationing (
    assignment_id uuid primary key,
    cadre_id      uuid,
    station_id    uuid not null,
    village_id    uuid not null,
    township_id   uuid not null,
    role          varchar(10),
    starts_on     date,
    ended_on      date
);
create index stationing_station on stationing (station_id);
create index stationing_cadre on stationing (cadre_id);

create table station_day_attendance (
    check_in_id uuid primary key,
    cadre_id    uuid not null,
    station_id  uuid not null,
    township_id uuid not null,
    day         date not null
);
create index station_day_attendance_cadre on station_day_attendance (cadre_id, day);
create index station_day_attendance_station on station_day_attendance (station_id, day);

create table household_visit (
    visit_id     uuid primary key,
    cadre_id     uuid not null,
    station_id   uuid not null,
    township_id  uuid not null,
    household_id uuid not null,
    visited_on   date not null,
    confirmed    boolean not null
);
create index household_visit_cadre on household_visit (cadre_id, visited_on);
create index household_visit_station on household_visit (station_id, visited_on);

-- One row per case; each step's time is kept so the order events arrive in does not matter.
create table case_fact (
    case_id         uuid primary key,
    station_id      uuid not null,
    township_id     uuid not null,
    opened_at       timestamptz,
    escalated_at    timestamptz,
    closed_at       timestamptz,
    closed_on_time  boolean,
    closed_at_level varchar(20),
    reopened_at     timestamptz,
    rating          varchar(20),
    rated_at        timestamptz
);
create index case_fact_station on case_fact (station_id);
