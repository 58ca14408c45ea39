-- Which cadres serve each station, from cadre-service's CadreAssigned and AssignmentEnded in whatever order
-- they arrive. An assignment only ever goes from assigned to ended, so the end is kept whichever event comes
-- first: an end that arrives before its assignment leaves a row that never serves (role still null).
create table station_cadre (
    assignment_id   uuid primary key,
    cadre_id        uuid        not null,
    station_id      uuid        not null,
    township_id     uuid        not null,
    role            varchar(20),
    first_secretary boolean,
    starts_on       date,
    term_ends_on    date,
    ended_on        date,
    -- The events' times, for the reader: when cadre-service assigned and ended it.
    assigned_at     timestamptz,
    ended_at        timestamptz
);
create index station_cadre_serving on station_cadre (station_id, cadre_id) where ended_on is null;

-- The station's cadre in charge of a case (经办人), named at acceptance or at a hand-over.
alter table case_file add column handler_cadre_id uuid;
alter table case_timeline add column handler_cadre_id uuid;
