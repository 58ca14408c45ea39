-- A petition may be about one of the station's own cadres (a complaint about how they work): that cadre
-- never sees it, nor handles it.
alter table case_file add column concerns_cadre_id uuid;
