-- Work figures count a county's attended station days from its check-ins (issue 19): the county's check-ins in the
-- order of cadre and day, read from the index alone (the township and station, which the figures group by, included),
-- so they are matched to the cadres' stationings and counted per cadre without a sort.
create index station_day_attendance_county on station_day_attendance (county_id, cadre_id, day) include (township_id, station_id);
-- The share of check-ins on a station day (the 25th-27th), which the planner otherwise guesses at 1 in 40,000 and
-- then looks up a stationing per check-in instead of merging the two.
create statistics station_day_attendance_day_of_month on (extract(day from day)) from station_day_attendance;
