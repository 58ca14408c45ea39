-- Every collective decision on a matter, also those later superseded (a postponed matter reassessed and
-- approved counts once postponed and once approved): the figures count from here.
create table matter_decision (
    id          uuid primary key,
    matter_id   uuid        not null references matter (id),
    decision    varchar(10) not null,
    risk_level  varchar(10) not null,
    decided_at  timestamptz not null
);
create index matter_decision_decided on matter_decision (decided_at);
