create table township (
    id          uuid primary key,
    code        varchar(20)  not null unique,
    name        varchar(100) not null,
    version     bigint       not null,
    recorded_at timestamptz  not null,
    received_at timestamptz  not null
);

create table village (
    id          uuid primary key,
    township_id uuid         not null references township (id),
    code        varchar(20)  not null unique,
    name        varchar(100) not null,
    kind        varchar(20)  not null,
    type        varchar(20)  not null,
    version     bigint       not null,
    recorded_at timestamptz  not null,
    received_at timestamptz  not null
);
create index village_township on village (township_id, name);

-- One station per village or community.
create table station (
    id          uuid primary key,
    village_id  uuid         not null unique references village (id),
    township_id uuid         not null references township (id),
    name        varchar(100) not null,
    address     varchar(200),
    version     bigint       not null,
    recorded_at timestamptz  not null,
    received_at timestamptz  not null
);
create index station_township on station (township_id, name);
