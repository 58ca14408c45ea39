-- The villages and townships a matter may affect, kept from cadre-service's StationRegistered events.
create table known_village (
    village_id    uuid primary key,
    village_code  varchar(50)  not null,
    village_name  varchar(100) not null,
    station_id    uuid         not null,
    township_id   uuid         not null,
    township_name varchar(100) not null
);
create index known_village_township on known_village (township_id);

-- Each case of case-service as evidence: open or not, kept from its events. A row per case id, so a
-- duplicate or a close that arrives before its open is applied once; state_at orders late events.
create table village_case (
    case_id     uuid primary key,
    village_id  uuid        not null,
    township_id uuid        not null,
    kind        varchar(20) not null,
    category    varchar(30) not null,
    petition    boolean     not null,
    open        boolean     not null,
    opened_at   timestamptz,
    state_at    timestamptz not null
);
create index village_case_open on village_case (village_id, category) where open;
create index village_case_opened on village_case (village_id, opened_at);

-- A policy, major decision or construction project under stability risk review (issue 6).
create table matter (
    id                      uuid primary key,
    kind                    varchar(30)    not null,
    title                   varchar(200)   not null,
    description             varchar(4000),
    department              varchar(100)   not null,
    status                  varchar(30)    not null,
    households_affected     integer        not null,
    land_mu                 numeric(12, 2),
    houses_to_demolish      integer,
    graves_to_move          integer,
    budget_yuan             numeric(16, 2),
    planned_decision_on     date           not null,
    assessor                varchar(100),
    assessment_plan         varchar(4000),
    assessment_due_on       date,
    legality_score          integer,
    legality_findings       varchar(2000),
    reasonableness_score    integer,
    reasonableness_findings varchar(2000),
    feasibility_score       integer,
    feasibility_findings    varchar(2000),
    controllability_score   integer,
    controllability_findings varchar(2000),
    proposed_level          varchar(10),
    proposal_reasons        varchar(4000),
    risk_level              varchar(10),
    override_reason         varchar(1000),
    level_set_at            timestamptz,
    report_summary          varchar(4000),
    decision                varchar(10),
    decision_minutes        varchar(2000),
    decided_at              timestamptz,
    monitoring_since        timestamptz,
    alerts_raised           integer        not null default 0,
    version                 bigint         not null,
    recorded_at             timestamptz    not null,
    received_at             timestamptz    not null
);
create index matter_department on matter (department, status);

create table matter_village (
    matter_id   uuid not null references matter (id),
    village_id  uuid not null,
    primary key (matter_id, village_id)
);
create index matter_village_village on matter_village (village_id);

create table matter_township (
    matter_id   uuid not null references matter (id),
    township_id uuid not null,
    primary key (matter_id, township_id)
);

create table matter_risk_factor (
    matter_id   uuid          not null references matter (id),
    position    integer       not null,
    description varchar(500)  not null,
    likelihood  integer       not null,
    impact      integer       not null,
    primary key (matter_id, position)
);

create table mitigation_measure (
    id          uuid primary key,
    matter_id   uuid          not null references matter (id),
    description varchar(500)  not null,
    owner       varchar(100),
    assigned_at timestamptz
);
create index mitigation_measure_matter on mitigation_measure (matter_id);

-- A hearing (听证会) or consultation meeting (恳谈会) held for a matter.
create table opinion_meeting (
    id          uuid primary key,
    matter_id   uuid          not null references matter (id),
    kind        varchar(20)   not null,
    held_on     date          not null,
    station_id  uuid,
    township_id uuid          not null,
    place       varchar(200)  not null,
    version     bigint        not null,
    recorded_at timestamptz   not null,
    received_at timestamptz   not null
);
create index opinion_meeting_matter on opinion_meeting (matter_id);
create index opinion_meeting_township on opinion_meeting (township_id, held_on);

create table meeting_participant (
    meeting_id uuid         not null references opinion_meeting (id),
    position   integer      not null,
    name       varchar(50)  not null,
    phone      varchar(20),
    village_id uuid,
    primary key (meeting_id, position)
);

create table meeting_opinion (
    meeting_id uuid        not null references opinion_meeting (id),
    position   integer     not null,
    topic      varchar(20) not null,
    stance     varchar(30) not null,
    count      integer     not null,
    primary key (meeting_id, position)
);

-- Door-to-door visits and surveys of one village about a matter.
create table village_survey (
    id                    uuid primary key,
    matter_id             uuid        not null references matter (id),
    village_id            uuid        not null,
    method                varchar(20) not null,
    households_reached    integer     not null,
    support               integer     not null,
    oppose                integer     not null,
    support_with_conditions integer   not null,
    version               bigint      not null,
    recorded_at           timestamptz not null,
    received_at           timestamptz not null
);
create index village_survey_matter on village_survey (matter_id);

-- A rise of new cases in the villages of an approved matter.
create table risk_alert (
    id          uuid primary key,
    matter_id   uuid        not null references matter (id),
    raised_at   timestamptz not null,
    new_cases   integer     not null,
    threshold   integer     not null
);
create index risk_alert_matter on risk_alert (matter_id, raised_at);
