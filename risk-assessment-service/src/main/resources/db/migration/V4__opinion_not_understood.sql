-- A survey also counts the households that do not understand the matter (不理解), as a meeting's opinions
-- may (stance NOT_UNDERSTOOD in meeting_opinion needs no change: the stance is a code).
alter table village_survey add column not_understood integer not null default 0;
