-- Check-ins at a station: on the 25th-27th they count as station days, other days as extra visits.
create table check_in (
    id            uuid primary key,
    cadre_id      uuid        not null references cadre (id),
    station_id    uuid        not null references station (id),
    township_id   uuid        not null references township (id),
    checked_in_on date        not null,
    kind          varchar(20) not null,
    version       bigint      not null,
    recorded_at   timestamptz not null,
    received_at   timestamptz not null,
    unique (cadre_id, station_id, checked_in_on)
);
create index check_in_station_month on check_in (station_id, checked_in_on);
create index check_in_township_month on check_in (township_id, checked_in_on);
