-- The report figures per station and month of receipt, kept by triggers in the transaction of every change
-- of a case or petition, so a year of the county is read from ~7,000 rows instead of ~50,000 cases.
-- Months are the county's (Asia/Shanghai) and are named only in these two functions.
create function case_figures_month(at timestamptz) returns date
    language sql immutable as $$ select date_trunc('month', at at time zone 'Asia/Shanghai')::date $$;
create function case_figures_month_start(month date) returns timestamptz
    language sql immutable as $$ select month::timestamp at time zone 'Asia/Shanghai' $$;

create table case_figures_month (
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
    -- Days from receipt to closing, summed over the closed cases.
    closed_days       numeric not null,
    primary key (station_id, month)
);
create index case_figures_month_township on case_figures_month (township_id, month);

-- Adds (sign 1) or takes away (sign -1) what one case counts for in its station's month.
create function case_figures_apply(c case_file, sign integer) returns void language plpgsql as $$
declare
    solved  boolean := c.status in ('RESOLVED', 'CLOSED');
    closed  boolean := c.status = 'CLOSED';
    ended   integer := coalesce((select (p.outcome = 'ENDED_SATISFIED')::integer from petition p where p.case_id = c.id), 0);
begin
    insert into case_figures_month as f (station_id, month, township_id, cases, opinions, problems_solved, disputes_solved,
                                         errands, petitions, petitions_ended, closed, closed_at_station, on_time,
                                         on_time_known, satisfied, rated, closed_days)
    values (c.station_id, case_figures_month(c.recorded_at), c.township_id, sign,
            sign * (c.kind = 'OPINION')::integer,
            sign * (c.kind = 'PROBLEM' and solved)::integer,
            sign * (c.kind = 'DISPUTE' and solved)::integer,
            sign * (c.kind = 'ERRAND')::integer,
            sign * (c.kind = 'PETITION')::integer,
            sign * ended,
            sign * closed::integer,
            sign * (closed and c.closed_at_level = 'STATION')::integer,
            sign * coalesce(c.on_time, false)::integer,
            sign * (c.on_time is not null)::integer,
            sign * coalesce(c.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'), false)::integer,
            sign * (c.satisfaction is not null)::integer,
            sign * case when closed then extract(epoch from c.closed_at - c.recorded_at) / 86400.0 else 0 end)
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
        closed_days = f.closed_days + excluded.closed_days;
end $$;

create function case_figures_on_case() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform case_figures_apply(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform case_figures_apply(new, 1);
    end if;
    return null;
end $$;

-- Only the columns the figures read: a version bump or a note changes nothing here.
create trigger case_figures_on_insert_or_delete after insert or delete on case_file
    for each row execute function case_figures_on_case();
create trigger case_figures_on_update after update on case_file
    for each row when ((old.kind, old.status, old.closed_at_level, old.on_time, old.satisfaction, old.closed_at,
                        old.recorded_at, old.station_id, old.township_id)
                       is distinct from
                       (new.kind, new.status, new.closed_at_level, new.on_time, new.satisfaction, new.closed_at,
                        new.recorded_at, new.station_id, new.township_id))
    execute function case_figures_on_case();

-- A petition's outcome counts in its case's month (the case row is written before its petition).
create function case_figures_on_petition() returns trigger language plpgsql as $$
declare
    change integer := (tg_op <> 'DELETE' and new.outcome is not distinct from 'ENDED_SATISFIED')::integer
                    - (tg_op <> 'INSERT' and old.outcome is not distinct from 'ENDED_SATISFIED')::integer;
begin
    if change <> 0 then
        update case_figures_month f set petitions_ended = f.petitions_ended + change
        from case_file c
        where c.id = coalesce(new.case_id, old.case_id)
          and f.station_id = c.station_id and f.month = case_figures_month(c.recorded_at);
    end if;
    return null;
end $$;
create trigger case_figures_on_petition after insert or update of outcome or delete on petition
    for each row execute function case_figures_on_petition();

-- Cases written before this migration.
do $$ begin perform case_figures_apply(c, 1) from case_file c; end $$;
