-- Monthly reports as submitted, with the figures copied at submission. One per station and month.
create table monthly_report (
    id                 uuid primary key,
    station_id         uuid          not null references station (id),
    village_id         uuid          not null references village (id),
    township_id        uuid          not null references township (id),
    month_start        date          not null,
    submitted_by       uuid          not null references cadre (id),
    submitted_at       timestamptz   not null,
    late               boolean       not null,
    summary            varchar(4000) not null,
    visits_confirmed   bigint        not null,
    visits_unconfirmed bigint        not null,
    households_visited bigint        not null,
    cases_opened       bigint        not null,
    cases_closed       bigint        not null,
    version            bigint        not null,
    recorded_at        timestamptz   not null,
    received_at        timestamptz   not null,
    unique (station_id, month_start)
);
create index monthly_report_township on monthly_report (township_id, month_start);

create table monthly_report_attendance (
    report_id             uuid    not null references monthly_report (id),
    cadre_id              uuid    not null,
    station_days_due      integer not null,
    station_days_attended integer not null,
    extra_visits          integer not null,
    primary key (report_id, cadre_id)
);

create table monthly_report_finding (
    report_id    uuid          not null references monthly_report (id),
    visit_id     uuid          not null references visit (id),
    household_id uuid          not null,
    cadre_id     uuid          not null,
    visited_on   date          not null,
    findings     varchar(2000) not null,
    position     integer       not null,
    primary key (report_id, position)
);
