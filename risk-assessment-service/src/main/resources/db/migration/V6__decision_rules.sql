-- Each decision keeps the three rules as they were evaluated on the matter at that moment: one row per check of a
-- rule (a rule blocks approval when any of its checks holds). Decisions taken before issue 17 have none.
create table matter_decision_check (
    decision_id uuid             not null references matter_decision (id),
    position    integer          not null,
    rule        varchar(40)      not null,
    figure      varchar(40)      not null,
    value       double precision,
    comparison  varchar(10)      not null,
    limit_value double precision,
    triggered   boolean          not null,
    reason      varchar(1000)    not null,
    primary key (decision_id, position)
);
