-- Alerts weigh the cases opened since a matter is carried out (CaseWeights) and keep why: the weighted total, which
-- multiple of the threshold it reached, the case whose opening reached it, and what each kind and category of case
-- contributed. Alerts raised before counted the cases unweighted: their total is their count.
alter table risk_alert add column weighted_total double precision;
alter table risk_alert add column multiple integer;
alter table risk_alert add column triggering_case_id uuid;
update risk_alert a set weighted_total = a.new_cases,
    multiple = (select count(*) from risk_alert b where b.matter_id = a.matter_id
                and (b.raised_at < a.raised_at or b.raised_at = a.raised_at and b.id <= a.id));
alter table risk_alert alter column weighted_total set not null;
alter table risk_alert alter column multiple set not null;

create table risk_alert_contribution (
    alert_id  uuid             not null references risk_alert (id),
    position  integer          not null,
    kind      varchar(20)      not null,
    category  varchar(30)      not null,
    petition  boolean          not null,
    cases     bigint           not null,
    weight    double precision not null,
    weighted  double precision not null,
    primary key (alert_id, position)
);
