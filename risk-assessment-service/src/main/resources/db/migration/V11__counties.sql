-- One deployment serves the counties of a province (issue 19): every row a county owns names its county. Rows
-- written before are the default county's. Each column is added with the default county as its default (a
-- metadata-only change, no table rewrite), which is then dropped, so that every new row must name its county.
-- Child rows only ever reached through their parent (a matter's villages, townships and risk factors, a meeting's
-- participants and opinions, a decision's checks, an alert's contributions) are their parent's county's.
alter table known_village add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table known_village alter column county_id drop default;
drop index known_village_township;
create index known_village_township on known_village (county_id, township_id);

alter table village_case add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table village_case alter column county_id drop default;

alter table matter add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table matter alter column county_id drop default;
drop index matter_department;
create index matter_department on matter (county_id, department, status);
create index matter_planned on matter (county_id, planned_decision_on, id);

alter table matter_decision add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table matter_decision alter column county_id drop default;
drop index matter_decision_decided;
create index matter_decision_decided on matter_decision (county_id, decided_at);

alter table mitigation_measure add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table mitigation_measure alter column county_id drop default;

alter table opinion_meeting add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table opinion_meeting alter column county_id drop default;
drop index opinion_meeting_township;
create index opinion_meeting_township on opinion_meeting (county_id, township_id, held_on);
create index opinion_meeting_held on opinion_meeting (county_id, held_on);

alter table village_survey add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table village_survey alter column county_id drop default;

alter table risk_alert add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table risk_alert alter column county_id drop default;
