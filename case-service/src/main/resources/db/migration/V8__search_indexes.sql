-- A township's cases newest first, alone or of one category (the searches of township officers and of the
-- county by township): read in order and stopped at the page, instead of sorting the township's thousands.
create index case_file_township_recorded on case_file (township_id, recorded_at);
create index case_file_township_category on case_file (township_id, category, recorded_at);
