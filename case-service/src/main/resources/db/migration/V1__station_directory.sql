-- case-service's own copy of the stations it may file cases for, kept from cadre-service's events.
create table known_station (
    station_id    uuid primary key,
    name          varchar(100) not null,
    village_id    uuid         not null,
    village_name  varchar(100) not null,
    village_type  varchar(20)  not null,
    township_id   uuid         not null,
    township_name varchar(100) not null,
    registered_at timestamptz  not null
);
create index known_station_township on known_station (township_id, name);
