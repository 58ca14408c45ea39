-- The monthly supervision and review (督查讲评) of a station team, with the figures of the month as seen then.
create table supervision_review (
    id                    uuid primary key,
    station_id            uuid         not null,
    township_id           uuid         not null,
    month                 date         not null,
    attendance_ok         boolean      not null,
    diary_ok              boolean      not null,
    ledger_ok             boolean      not null,
    case_handling_ok      boolean      not null,
    score                 int          not null,
    comments              varchar(1000),
    reviewer              varchar(100) not null,
    station_days_attended int          not null,
    visits                int          not null,
    cases_opened          int          not null,
    cases_closed          int          not null,
    cases_closed_on_time  int          not null,
    cases_escalated       int          not null,
    version               bigint       not null,
    recorded_at           timestamptz  not null,
    received_at           timestamptz  not null,
    unique (station_id, month)
);
