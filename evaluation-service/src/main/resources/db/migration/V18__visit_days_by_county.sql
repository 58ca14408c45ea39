-- The day rows of a period's edges, found by county and day (issue 19): a report across whole counties reads each
-- county's edge days for their sums (WholeCountyVisits), a few rows a county, where the primary key (day, county_id)
-- made the planner read the whole table's days and keep a few in a hash join, 35 ms of a province-year's 114 at
-- 99 counties (docs/benchmarks/2026-12-04-province-figures.md, "The whole request at 99 counties").
create index visit_figures_county_day_county on visit_figures_county_day (county_id, day);
