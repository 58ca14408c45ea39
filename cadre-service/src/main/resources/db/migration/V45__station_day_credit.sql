-- A check-in counts (a station day attended, an extra visit made) when the server received it within the credit
-- window after its day (masswork.station-days.credit-window: by default until the end of the next day in the county's
-- calendar); one received later is stored as late and counts only once the station's leader confirms it. The rows
-- before this migration keep counting as they did: on time and credited.
alter table check_in
    add column late                boolean not null default false,
    add column credited            boolean not null default true,
    add column confirmed_by        uuid references cadre (id),
    add column confirmed_at        timestamptz,
    add column confirmation_reason varchar(500),
    add constraint check_in_credited_on_time_or_confirmed
        check (credited = (not late or confirmed_by is not null)),
    add constraint check_in_confirmation_complete
        check ((confirmed_by is null) = (confirmed_at is null) and (confirmed_by is null) = (confirmation_reason is null));
-- Every insert names them: no default may credit a check-in by omission.
alter table check_in alter column late drop default, alter column credited drop default;
-- A station's late check-ins of a month, waiting for its leader.
create index check_in_station_pending on check_in (station_id, checked_in_on) where not credited;

-- A monthly report keeps the late station days still waiting for confirmation beside those credited.
alter table monthly_report_attendance add column station_days_pending integer not null default 0;
alter table monthly_report_attendance alter column station_days_pending drop default;
