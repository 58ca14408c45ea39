-- Verdicts (issue 17): a cadre may be NOT_GRADED (too few ballots, too short a service), and a verdict keeps
-- the objective inputs counted over the days the cadre served, with the visits per role (五员).
-- Verdicts concluded before this migration have these inputs null.
alter table verdict alter column satisfied drop not null;
alter table verdict alter column basically_satisfied drop not null;
alter table verdict alter column unsatisfied drop not null;
alter table verdict alter column total_score drop not null;
alter table verdict add column not_graded_reasons varchar(60);
alter table verdict add column service_days int;
alter table verdict add column station_days_due int;
alter table verdict add column station_days_attended int;
alter table verdict add column supervision_reviews int;
alter table verdict add column cases_closed int;
alter table verdict add column cases_closed_on_time int;
alter table verdict add column visits int;
alter table verdict add column visits_policy_publicist int;
alter table verdict add column visits_opinion_researcher int;
alter table verdict add column visits_party_building_instructor int;
alter table verdict add column visits_dispute_mediator int;
alter table verdict add column visits_service_provider int;
