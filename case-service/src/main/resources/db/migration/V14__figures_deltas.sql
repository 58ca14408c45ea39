-- The triggers no longer update case_figures_month in the filing's transaction: every filing at a station
-- upserted the same row (station, month) and held its lock until commit, so concurrent filings at one
-- station queued on each other. They now append what the change counts for to case_figures_delta, which has
-- no key, so no two transactions share a lock. The fold job (figures.FiguresFoldJob) moves committed deltas
-- into case_figures_month every few seconds (case_figures_fold below); the figures read the month rows plus the
-- deltas not yet folded (FiguresService).
create table case_figures_delta (
    station_id        uuid    not null,
    month             date    not null,
    township_id       uuid    not null,
    cases             integer not null,
    opinions          integer not null,
    problems_solved   integer not null,
    disputes_solved   integer not null,
    errands           integer not null,
    petitions         integer not null,
    petitions_ended   integer not null,
    closed            integer not null,
    closed_at_station integer not null,
    on_time           integer not null,
    on_time_known     integer not null,
    satisfied         integer not null,
    rated             integer not null,
    closed_days       numeric not null
);
-- A station's figures read its deltas by this index; the county's and a township's read the whole table,
-- which the fold keeps to a few seconds of changes.
create index case_figures_delta_station on case_figures_delta (station_id, month);
-- Every row is deleted seconds after it is written: vacuum after a fixed number of them, not after a share of
-- a table that is nearly empty, so the dead rows do not pile up in front of the figures' scans.
alter table case_figures_delta set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

-- Appends what one case counts for (case_figures_counts, V9), times the sign, to its station's month.
create or replace function case_figures_apply(c case_file, sign integer) returns void language plpgsql as $$
begin
    insert into case_figures_delta (station_id, month, township_id, cases, opinions, problems_solved, disputes_solved,
                                    errands, petitions, petitions_ended, closed, closed_at_station, on_time,
                                    on_time_known, satisfied, rated, closed_days)
    select c.station_id, case_figures_month(c.recorded_at), c.township_id, k.*
    from case_figures_counts(sign, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction, c.closed_at,
                             c.recorded_at,
                             (select p.outcome = 'ENDED_SATISFIED' from petition p where p.case_id = c.id)) k;
end $$;

-- A petition's outcome counts in its case's month: the case counted with the old outcome is taken away and
-- counted with the new one added, by the same rule.
create or replace function case_figures_on_petition() returns trigger language plpgsql as $$
declare
    was_ended boolean := tg_op <> 'INSERT' and old.outcome is not distinct from 'ENDED_SATISFIED';
    is_ended  boolean := tg_op <> 'DELETE' and new.outcome is not distinct from 'ENDED_SATISFIED';
begin
    if was_ended <> is_ended then
        insert into case_figures_delta (station_id, month, township_id, cases, opinions, problems_solved,
                                        disputes_solved, errands, petitions, petitions_ended, closed,
                                        closed_at_station, on_time, on_time_known, satisfied, rated, closed_days)
        select c.station_id, case_figures_month(c.recorded_at), c.township_id, k.*
        from case_file c
        cross join (values (-1, was_ended), (1, is_ended)) o(sign, ended)
        cross join lateral case_figures_counts(o.sign, c.kind, c.status, c.closed_at_level, c.on_time, c.satisfaction,
                                               c.closed_at, c.recorded_at, o.ended) k
        where c.id = coalesce(new.case_id, old.case_id);
    end if;
    return null;
end $$;

-- Moves up to batch committed deltas into their month rows; returns how many it moved. One statement deletes the
-- deltas and adds their sums, so any snapshot counts a delta either as a delta or in its month row, once. Folds
-- running at once (replicas) take disjoint batches: rows another fold has locked are skipped, rows it deleted are
-- gone. They upsert the month rows in one order, so one may wait for another's commit but they never deadlock;
-- filings never lock a month row. A station's deltas all carry its township; a month row keeps the one it was
-- created with, as it always did.
create function case_figures_fold(batch integer) returns integer language sql as $$
    with folded as (
        delete from case_figures_delta
        where ctid = any (array(select ctid from case_figures_delta limit batch for update skip locked))
        returning *
    ), added as (
        insert into case_figures_month as f (station_id, month, township_id, cases, opinions, problems_solved,
                                             disputes_solved, errands, petitions, petitions_ended, closed,
                                             closed_at_station, on_time, on_time_known, satisfied, rated, closed_days)
        select station_id, month, (array_agg(township_id))[1], sum(cases), sum(opinions), sum(problems_solved),
               sum(disputes_solved), sum(errands), sum(petitions), sum(petitions_ended), sum(closed),
               sum(closed_at_station), sum(on_time), sum(on_time_known), sum(satisfied), sum(rated), sum(closed_days)
        from folded
        group by station_id, month
        order by station_id, month
        on conflict (station_id, month) do update set
            cases = f.cases + excluded.cases,
            opinions = f.opinions + excluded.opinions,
            problems_solved = f.problems_solved + excluded.problems_solved,
            disputes_solved = f.disputes_solved + excluded.disputes_solved,
            errands = f.errands + excluded.errands,
            petitions = f.petitions + excluded.petitions,
            petitions_ended = f.petitions_ended + excluded.petitions_ended,
            closed = f.closed + excluded.closed,
            closed_at_station = f.closed_at_station + excluded.closed_at_station,
            on_time = f.on_time + excluded.on_time,
            on_time_known = f.on_time_known + excluded.on_time_known,
            satisfied = f.satisfied + excluded.satisfied,
            rated = f.rated + excluded.rated,
            closed_days = f.closed_days + excluded.closed_days
    )
    select count(*)::integer from folded
$$;
