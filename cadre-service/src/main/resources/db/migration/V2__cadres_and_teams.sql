create table department (
    id          uuid primary key,
    name        varchar(100) not null,
    kind        varchar(30)  not null,
    level       varchar(20)  not null,
    township_id uuid references township (id),
    version     bigint       not null,
    recorded_at timestamptz  not null,
    received_at timestamptz  not null,
    unique (name, township_id)
);

create table cadre (
    id            uuid primary key,
    name          varchar(50)  not null,
    phone         varchar(20)  not null,
    department_id uuid         not null references department (id),
    rank          varchar(20)  not null,
    backbone      boolean      not null,
    party_member  boolean      not null,
    version       bigint       not null,
    recorded_at   timestamptz  not null,
    received_at   timestamptz  not null
);
create index cadre_department on cadre (department_id);

create table assignment (
    id                  uuid primary key,
    cadre_id            uuid        not null references cadre (id),
    station_id          uuid        not null references station (id),
    township_id         uuid        not null references township (id),
    role                varchar(10) not null,
    first_secretary     boolean     not null,
    starts_on           date        not null,
    term_ends_on        date        not null,
    ended_on            date,
    end_reason          varchar(20),
    end_note            varchar(500),
    matching_exception  boolean     not null,
    exception_reason    varchar(500),
    version             bigint      not null,
    recorded_at         timestamptz not null,
    received_at         timestamptz not null
);
-- The rules no two requests may break by racing each other live in the database:
-- a cadre holds at most one active assignment, a station has at most one active leader.
create unique index assignment_one_active_per_cadre on assignment (cadre_id) where ended_on is null;
create unique index assignment_one_leader_per_station on assignment (station_id) where ended_on is null and role = 'LEADER';
create index assignment_active_station on assignment (station_id) where ended_on is null;
create index assignment_term_end on assignment (term_ends_on) where ended_on is null;
create index assignment_cadre on assignment (cadre_id, starts_on);
