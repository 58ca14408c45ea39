-- One check-in per cadre, station and day, and one visit per cadre, household and day: the writes no longer ask
-- before inserting, the constraint decides (also between two requests racing each other) and its violation is
-- answered by name (409 already-checked-in, 409 visit-already-recorded). Named here instead of by PostgreSQL's
-- generated names, which V3 and V22 left them with.
alter table check_in rename constraint check_in_cadre_id_station_id_checked_in_on_key to check_in_once_a_day;
alter table visit rename constraint visit_cadre_id_household_id_visited_on_key to visit_once_a_day;
