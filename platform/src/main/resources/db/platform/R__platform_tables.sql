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
-- The event's W3C trace context (also in its envelope): the relay's span continues the event's trace (EventTracing).
alter table outbox_event add column if not exists traceparent varchar(55);
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

-- What an operator needs to find, judge and replay a parked event; an outbox row the broker keeps refusing for
-- itself is parked here too (direction OUTGOING) so it no longer holds back the rows after it.
alter table parked_event add column if not exists reference        uuid        not null default gen_random_uuid();
alter table parked_event add column if not exists direction        varchar(10) not null default 'INCOMING';
alter table parked_event add column if not exists event_id         uuid;
alter table parked_event add column if not exists event_type       varchar(200);
alter table parked_event add column if not exists attempts         integer     not null default 0;
alter table parked_event add column if not exists first_attempt_at timestamptz;
alter table parked_event add column if not exists last_attempt_at  timestamptz;
alter table parked_event add column if not exists resolved_at      timestamptz;
alter table parked_event add column if not exists resolution       varchar(20);
alter table parked_event add column if not exists resolved_by      varchar(200);
alter table parked_event alter column kafka_partition drop not null;
alter table parked_event alter column kafka_offset drop not null;
create unique index if not exists parked_event_reference on parked_event (reference);
create index if not exists parked_event_unresolved on parked_event (id) where resolved_at is null;

-- Which replica publishes the outbox, and until when: renewed by that replica before each batch, taken over by
-- another once it has expired. One row.
create table if not exists outbox_relay_lease (
    id         integer primary key check (id = 1),
    owner      varchar(200) not null,
    expires_at timestamptz  not null
);
insert into outbox_relay_lease (id, owner, expires_at) values (1, 'nobody', '-infinity') on conflict (id) do nothing;

-- Keys are the caller's own and a replay reads the resource again: no stored answer, no personal data here.
-- Records of the earlier shape (a stored answer, keys shared by all callers) cannot be replayed that way and
-- live 24 hours anyway: that table is dropped and made anew.
do $$
begin
    if exists (select 1 from information_schema.columns
               where table_name = 'idempotency_record' and column_name = 'response') then
        drop table idempotency_record;
    end if;
end $$;
create table if not exists idempotency_record (
    operation       varchar(100) not null,
    caller          varchar(200) not null,
    idempotency_key varchar(100) not null,
    request_hash    varchar(64)  not null,
    resource_id     uuid         not null,
    created_at      timestamptz  not null,
    constraint idempotency_record_pkey primary key (operation, caller, idempotency_key)
);
create index if not exists idempotency_record_created_at on idempotency_record (created_at);

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
