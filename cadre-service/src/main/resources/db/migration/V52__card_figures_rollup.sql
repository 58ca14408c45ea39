-- The card figures (contactcard.CardFiguresService) counted every household and card of the stations they read, a
-- province's 17 million households for its county rows (issue 19). They now read counts kept with the data, as
-- case-service's report figures do (case-service V14): every change of a household or card appends what it counts
-- for to card_figures_delta, in its own transaction, through the triggers below. The delta table has no key, so no
-- two writers share a lock. The fold job (contactcard.CardFiguresFoldJob) moves committed deltas into the station
-- rows and the county rows every few seconds (card_figures_fold); the figures read those rows plus the deltas not
-- yet folded, so they are exact at any moment.
create table card_figures_station (
    county_id  uuid    not null,
    station_id uuid    not null,
    households integer not null,
    covered    integer not null,
    cards      integer not null,
    primary key (county_id, station_id)
);
-- The same counts summed per county, so the province's rows read a row per county, not per station.
create table card_figures_county (
    county_id  uuid    primary key,
    households integer not null,
    covered    integer not null,
    cards      integer not null
);
create table card_figures_delta (
    county_id  uuid    not null,
    station_id uuid    not null,
    -- Households registered, households holding a current card, cards issued (re-issues included).
    households integer not null,
    covered    integer not null,
    cards      integer not null
);
create index card_figures_delta_station on card_figures_delta (county_id, station_id);
-- Every row is deleted seconds after it is written: vacuum after a fixed number of them (as case-service V14).
alter table card_figures_delta set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

-- What a household counts for: one at its station, taken away where it was and added where it is.
create function card_figures_on_household() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        insert into card_figures_delta (county_id, station_id, households, covered, cards)
        values (old.county_id, old.station_id, -1, 0, 0);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into card_figures_delta (county_id, station_id, households, covered, cards)
        values (new.county_id, new.station_id, 1, 0, 0);
    end if;
    return null;
end $$;

-- What a card counts for: one card issued at its station, and one household covered while it is current. A
-- re-issue retires the current card (an update of current, -1 covered) and inserts the new one (+1 card, +1 covered).
create function card_figures_on_card() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and (old.county_id, old.station_id) = (new.county_id, new.station_id) then
        insert into card_figures_delta (county_id, station_id, households, covered, cards)
        values (new.county_id, new.station_id, 0, new.current::integer - old.current::integer, 0);
        return null;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into card_figures_delta (county_id, station_id, households, covered, cards)
        values (old.county_id, old.station_id, 0, -old.current::integer, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into card_figures_delta (county_id, station_id, households, covered, cards)
        values (new.county_id, new.station_id, 0, new.current::integer, 1);
    end if;
    return null;
end $$;

-- Only the columns counted: a household's new address or a card's failed code attempt change nothing here.
create trigger card_figures_on_insert_or_delete after insert or delete on household
    for each row execute function card_figures_on_household();
create trigger card_figures_on_update after update on household
    for each row when ((old.county_id, old.station_id) is distinct from (new.county_id, new.station_id))
    execute function card_figures_on_household();
create trigger card_figures_on_insert_or_delete after insert or delete on contact_card
    for each row execute function card_figures_on_card();
create trigger card_figures_on_update after update on contact_card
    for each row when ((old.county_id, old.station_id, old.current) is distinct from (new.county_id, new.station_id, new.current))
    execute function card_figures_on_card();

-- Moves up to batch committed deltas into the station and county rows; returns how many it moved. As
-- case_figures_fold (case-service V14): one statement deletes the deltas and adds their sums, so any snapshot counts
-- a delta once, as a delta or in its rows; folds running at once take disjoint batches (skip locked) and upsert the
-- rows of each table in key order, so one may wait for another's commit but they never deadlock; writers never lock
-- a counted row.
create function card_figures_fold(batch integer) returns integer language sql as $$
    with folded as (
        delete from card_figures_delta
        where ctid = any (array(select ctid from card_figures_delta limit batch for update skip locked))
        returning *
    ), stations as (
        insert into card_figures_station as f (county_id, station_id, households, covered, cards)
        select county_id, station_id, sum(households), sum(covered), sum(cards)
        from folded
        group by county_id, station_id
        order by county_id, station_id
        on conflict (county_id, station_id) do update set
            households = f.households + excluded.households,
            covered = f.covered + excluded.covered,
            cards = f.cards + excluded.cards
    ), counties as (
        insert into card_figures_county as f (county_id, households, covered, cards)
        select county_id, sum(households), sum(covered), sum(cards)
        from folded
        group by county_id
        order by county_id
        on conflict (county_id) do update set
            households = f.households + excluded.households,
            covered = f.covered + excluded.covered,
            cards = f.cards + excluded.cards
    )
    select count(*)::integer from folded
$$;

-- The figures read the folded rows plus the deltas not yet folded, each through one view.
create view card_figures_station_and_delta as
select county_id, station_id, households, covered, cards from card_figures_station
union all
select county_id, station_id, households, covered, cards from card_figures_delta;
create view card_figures_county_and_delta as
select county_id, households, covered, cards from card_figures_county
union all
select county_id, households, covered, cards from card_figures_delta;

-- The counts of the rows written before. The triggers exist first: a writer still running the previous version
-- waits for this transaction to create them (their lock conflicts with its insert's) and fires them after it
-- commits, while everything committed before is counted here, each row once.
insert into card_figures_station (county_id, station_id, households, covered, cards)
select county_id, station_id, sum(households), sum(covered), sum(cards)
from (select county_id, station_id, 1 as households, 0 as covered, 0 as cards from household
      union all
      select county_id, station_id, 0, current::integer, 1 from contact_card) counted
group by county_id, station_id;
insert into card_figures_county (county_id, households, covered, cards)
select county_id, sum(households), sum(covered), sum(cards)
from card_figures_station
group by county_id;
