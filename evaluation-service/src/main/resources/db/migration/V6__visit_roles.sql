-- The five roles (五员) a visit was made in, as HouseholdVisited carries them (cadre-service's codes);
-- empty for visits kept before.
alter table household_visit add column roles varchar(30)[] not null default '{}';
