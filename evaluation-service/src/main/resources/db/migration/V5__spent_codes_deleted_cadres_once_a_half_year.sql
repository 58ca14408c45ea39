-- A used ballot code is deleted, not marked: a row rewritten by the casting transaction would carry that
-- transaction's id (xmin), the same as the ballot's, and so join the ballot to the household. Every ballot
-- spent one code, so the codes issued are still the codes left plus the ballots.
delete from ballot_code where used;
alter table ballot_code drop column used;

-- Opening a round leaves out cadres already evaluated in another round of the half year.
create index round_cadre_cadre on round_cadre (cadre_id);
