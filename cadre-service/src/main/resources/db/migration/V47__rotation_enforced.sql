-- Rotation enforced (issue 17). A cadre stationed again at a station they served before carries the recorded
-- reason; without one the assignment is refused.
alter table assignment add column return_reason varchar(500);
create index assignment_cadre_station on assignment (cadre_id, station_id);

-- A station handed over from its outgoing cadre to a successor, in one operation: the outgoing term ends
-- (ROTATION), the successor's begins, the households' contact cards are re-issued.
create table station_handover (
    id                      uuid primary key,
    station_id              uuid         not null references station (id),
    outgoing_assignment_id  uuid         not null unique references assignment (id),
    successor_assignment_id uuid         not null unique references assignment (id),
    handed_over_on          date         not null,
    cards_reissued          integer      not null,
    version                 bigint       not null,
    recorded_at             timestamptz  not null,
    received_at             timestamptz  not null
);
create index station_handover_station on station_handover (station_id, handed_over_on);
