-- The report figures read a period's cases through this index alone (index-only scan), not the wide rows.
create index case_file_figures on case_file (recorded_at)
    include (township_id, station_id, kind, status, closed_at_level, on_time, satisfaction, closed_at, id);
