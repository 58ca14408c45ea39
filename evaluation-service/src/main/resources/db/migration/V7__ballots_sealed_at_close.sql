-- Anonymity (issue 15). While a round is open its codes and ballots live in partitions of their own
-- (ballot_code_<round>, ballot_<round>, created when the round opens). A ballot's transaction deletes its
-- code and inserts the ballot, so while the round is open a ballot's xmin is that of a dead code tuple and
-- orders it among other rows. Once the round is closed one transaction copies its ballots, in random order,
-- into counted_ballot and drops both partitions, whose files go with them: no ballot version and no code of
-- the round is left, and every counted ballot of the round carries the same xmin, that of a transaction
-- that wrote nothing else. No table here has a foreign key to round_cadre: inserting a referencing row
-- locks the referenced one, and the lock would leave the ballot's transaction id in round_cadre's xmax.

-- The codes are dropped at the close, so the round keeps how many were issued; and whether its codes were
-- hashed with the service's key (rounds opened before this migration, or without a key, used plain SHA-256).
alter table evaluation_round add column ballots_issued int;
alter table evaluation_round add column keyed_codes boolean not null default false;
update evaluation_round r
   set ballots_issued = (select count(*) from ballot_code c where c.round_id = r.id)
                      + (select count(*) from ballot b where b.round_id = r.id);
alter table evaluation_round alter column ballots_issued set not null;

alter table ballot rename to ballot_v5;
alter index ballot_pkey rename to ballot_v5_pkey;
alter index ballot_round rename to ballot_v5_round;
alter table ballot_code rename to ballot_code_v5;
alter index ballot_code_pkey rename to ballot_code_v5_pkey;
alter index ballot_code_round rename to ballot_code_v5_round;

-- A one-time code of an open round: the keyed hash of the code, the round and the cadre. Nothing about the
-- household it was printed for.
create table ballot_code (
    code_hash char(64) not null,
    round_id  uuid     not null,
    cadre_id  uuid     not null,
    primary key (round_id, code_hash)
) partition by list (round_id);

-- A ballot of an open round: no id, no code, no household, no time.
create table ballot (
    round_id      uuid    not null,
    cadre_id      uuid    not null,
    valid         boolean not null,
    rating        varchar(20),
    attitude      smallint,
    effectiveness smallint,
    integrity     smallint,
    diligence     smallint,
    comment       varchar(500)
) partition by list (round_id);

-- The ballots of closed rounds, the same columns, written once at the close and never changed.
create table counted_ballot (
    round_id      uuid    not null,
    cadre_id      uuid    not null,
    valid         boolean not null,
    rating        varchar(20),
    attitude      smallint,
    effectiveness smallint,
    integrity     smallint,
    diligence     smallint,
    comment       varchar(500)
);
create index counted_ballot_round on counted_ballot (round_id, cadre_id);

do $$
declare
    open_round record;
begin
    for open_round in select id from evaluation_round where status = 'OPEN' loop
        execute format('create table %I partition of ballot_code for values in (%L)',
                       'ballot_code_' || replace(open_round.id::text, '-', ''), open_round.id);
        execute format('create table %I partition of ballot for values in (%L)',
                       'ballot_' || replace(open_round.id::text, '-', ''), open_round.id);
    end loop;
end $$;

insert into ballot_code (code_hash, round_id, cadre_id)
select c.code_hash, c.round_id, c.cadre_id
  from ballot_code_v5 c join evaluation_round r on r.id = c.round_id and r.status = 'OPEN';
insert into ballot (round_id, cadre_id, valid, rating, attitude, effectiveness, integrity, diligence, comment)
select b.round_id, b.cadre_id, b.valid, b.rating, b.attitude, b.effectiveness, b.integrity, b.diligence, b.comment
  from ballot_v5 b join evaluation_round r on r.id = b.round_id and r.status = 'OPEN'
 order by random();
insert into counted_ballot (round_id, cadre_id, valid, rating, attitude, effectiveness, integrity, diligence, comment)
select b.round_id, b.cadre_id, b.valid, b.rating, b.attitude, b.effectiveness, b.integrity, b.diligence, b.comment
  from ballot_v5 b join evaluation_round r on r.id = b.round_id and r.status = 'CLOSED'
 order by random();

-- Their files, with every earlier version of the rows, go with them.
drop table ballot_v5;
drop table ballot_code_v5;
