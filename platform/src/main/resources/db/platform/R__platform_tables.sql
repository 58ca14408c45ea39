-- Tables of the shared platform (outbox, inbox, parked events, idempotency keys), in every service's
-- database. Repeatable and additive: a change here must keep working on a database that already has them.

create table if not exists outbox_event (
    seq          bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        varchar(200) not null,
    event_key    varchar(200) not null,
    event_type   varchar(200) not null,
    envelope     text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   varchar(1000)
);
create index if not exists outbox_event_pending on outbox_event (seq) where published_at is null;
create index if not exists outbox_event_published_at on outbox_event (published_at) where published_at is not null;

create table if not exists inbox_event (
    event_id     uuid primary key,
    event_type   varchar(200) not null,
    source       varchar(200) not null,
    processed_at timestamptz  not null
);

create table if not exists parked_event (
    id              bigint generated always as identity primary key,
    topic           varchar(200) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    record_key      varchar(200),
    payload         text         not null,
    error           text         not null,
    parked_at       timestamptz  not null
);

create table if not exists idempotency_record (
    operation       varchar(100) not null,
    idempotency_key varchar(100) not null,
    request_hash    varchar(64)  not null,
    response        text,
    created_at      timestamptz  not null,
    primary key (operation, idempotency_key)
);

-- Every time personal data was shown or given in full: who, when, which record.
create table if not exists personal_data_access (
    id            uuid primary key,
    accessed_at   timestamptz  not null,
    caller        varchar(200) not null,
    caller_roles  varchar(500) not null,
    resource_type varchar(100) not null,
    resource_id   uuid         not null,
    action        varchar(20)  not null
);
create index if not exists personal_data_access_resource on personal_data_access (resource_type, resource_id, accessed_at);
