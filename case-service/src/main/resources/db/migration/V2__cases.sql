-- A villager's matter, owned by the station until it is closed (issue 4).
create table case_file (
    id                  uuid primary key,
    kind                varchar(20)   not null,
    channel             varchar(20)   not null,
    category            varchar(30)   not null,
    status              varchar(20)   not null,
    level               varchar(20)   not null,
    station_id          uuid          not null,
    village_id          uuid          not null,
    township_id         uuid          not null,
    -- The villager's account (the subject of a VILLAGER token), when they have one.
    villager_id         uuid,
    villager_name       varchar(50)   not null,
    villager_phone      varchar(20),
    villager_address    varchar(200),
    visit_id            uuid,
    description         varchar(4000) not null,
    consent_given_by    varchar(50),
    consent_given_at    timestamptz,
    consent_entrusted   varchar(1000),
    consent_recorded_by varchar(200),
    opened_by           varchar(200)  not null,
    rejection_reason    varchar(1000),
    -- The deadline for resolving the case (handling time, errand due date or petition written reply).
    due_at              timestamptz,
    overdue             boolean       not null default false,
    accepted_at         timestamptz,
    resolved_at         timestamptz,
    closed_at           timestamptz,
    closed_at_level     varchar(20),
    on_time             boolean,
    satisfaction        varchar(20),
    rated_at            timestamptz,
    rated_by_proxy      boolean,
    reopen_count        integer       not null default 0,
    version             bigint        not null,
    recorded_at         timestamptz   not null,
    received_at         timestamptz   not null
);
create index case_file_station on case_file (station_id, status, recorded_at);
create index case_file_township on case_file (township_id, level, status);
create index case_file_villager on case_file (villager_id) where villager_id is not null;
create index case_file_recorded on case_file (recorded_at);

-- Every step of a case: who, when, how it was handled; read by the villager and the cadres.
create table case_timeline (
    id          uuid primary key,
    case_id     uuid          not null references case_file (id),
    at          timestamptz   not null,
    actor       varchar(200)  not null,
    actor_role  varchar(30)   not null,
    action      varchar(30)   not null,
    from_status varchar(20),
    to_status   varchar(20)   not null,
    from_level  varchar(20),
    to_level    varchar(20)   not null,
    method      varchar(30),
    note        varchar(1000)
);
create index case_timeline_case on case_timeline (case_id, at);

-- Computed and stored due dates; the overdue job marks each at most once.
create table case_deadline (
    id          uuid primary key,
    case_id     uuid         not null references case_file (id),
    kind        varchar(20)  not null,
    station_id  uuid         not null,
    township_id uuid         not null,
    due_at      timestamptz  not null,
    met_at      timestamptz,
    overdue_at  timestamptz,
    unique (case_id, kind)
);
create index case_deadline_open on case_deadline (due_at) where met_at is null;

create table petition (
    case_id                uuid primary key references case_file (id),
    mode                   varchar(20)  not null,
    extension_days         integer,
    extension_reason       varchar(1000),
    review_requested_at    timestamptz,
    review_answered_at     timestamptz,
    re_review_requested_at timestamptz,
    re_review_answered_at  timestamptz,
    outcome                varchar(20),
    outcome_at             timestamptz
);

create table errand_step (
    id          uuid primary key,
    case_id     uuid          not null references case_file (id),
    department  varchar(100)  not null,
    action      varchar(500)  not null,
    note        varchar(1000),
    done_at     timestamptz   not null,
    recorded_by varchar(200)  not null
);
create index errand_step_case on errand_step (case_id, done_at);
