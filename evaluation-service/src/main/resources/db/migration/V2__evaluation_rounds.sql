-- A round of the people's evaluation (群众评议) for a half year and a scope (county when township_id is null).
create table evaluation_round (
    id                        uuid primary key,
    period                    varchar(7)   not null,
    township_id               uuid,
    status                    varchar(10)  not null,
    representatives_per_cadre int          not null,
    opened_by                 varchar(100) not null,
    opened_at                 timestamptz  not null,
    closed_at                 timestamptz,
    version                   bigint       not null,
    recorded_at               timestamptz  not null,
    received_at               timestamptz  not null
);
-- One round per half year and scope; the county scope is the nil township.
create unique index evaluation_round_period_scope
    on evaluation_round (period, coalesce(township_id, '00000000-0000-0000-0000-000000000000'));

-- The cadres evaluated in a round, as stationed when it opened.
create table round_cadre (
    round_id    uuid not null references evaluation_round (id),
    cadre_id    uuid not null,
    station_id  uuid not null,
    village_id  uuid not null,
    township_id uuid not null,
    primary key (round_id, cadre_id)
);

-- A one-time ballot code given to a drawn representative household. Only the code's hash is kept;
-- once used, the row says so but nothing points from it to the ballot (and it keeps no time).
create table ballot_code (
    code_hash    char(64) primary key,
    round_id     uuid    not null,
    cadre_id     uuid    not null,
    household_id uuid    not null,
    used         boolean not null default false,
    foreign key (round_id, cadre_id) references round_cadre (round_id, cadre_id)
);
create index ballot_code_round on ballot_code (round_id, cadre_id);

-- A cast ballot: no code, no household, no time, so it cannot be traced to who cast it.
create table ballot (
    id            uuid primary key,
    round_id      uuid    not null,
    cadre_id      uuid    not null,
    valid         boolean not null,
    rating        varchar(20),
    attitude      smallint,
    effectiveness smallint,
    integrity     smallint,
    diligence     smallint,
    comment       varchar(500),
    foreign key (round_id, cadre_id) references round_cadre (round_id, cadre_id)
);
create index ballot_round on ballot (round_id, cadre_id);
