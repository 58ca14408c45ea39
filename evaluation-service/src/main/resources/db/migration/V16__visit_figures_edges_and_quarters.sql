-- The households of a month's first and last days, and of a quarter (issue 19): a period's partial month at either
-- end (its edge: the days from its first day to the month's end, or from the month's start to its last day) read as
-- one bit string per county instead of a bit string per day, and its whole quarters as one instead of three, so a
-- province-year reads about 7 bit strings a county, not 40 or more (docs/benchmarks/2026-12-04-province-figures.md,
-- "Visits at 100 counties"). Per county and calendar day of a month: the households visited from that day to the
-- month's end (since) and from the month's start to that day (through), the union of the day rows (V13); per county
-- and quarter, the union of its month rows.
--
-- They are counted for months and quarters over (before the server's month) only, once, so the visits of the days
-- still to come do not rewrite 31 bit strings a county every fold: a month whose day rows changed since it was counted
-- is due (visit_figures_months_due), and its edges and its quarter are read from the day and month rows until the fold
-- counts them again.

-- The fold (V13) is the only writer of the day rows: it waits from here to the end of the migration, so every day row
-- written before is counted below and every one written after marks its month due.
lock table visit_figures_county_day in share row exclusive mode;

create table visit_figures_county_edge (
    county_id uuid   not null,
    day       date   not null,
    since     varbit not null,
    through   varbit not null,
    primary key (county_id, day)
);

create table visit_figures_county_quarter (
    quarter    date   not null,
    county_id  uuid   not null,
    households varbit not null,
    primary key (quarter, county_id)
);

create table visit_figures_months_due (
    county_id uuid not null,
    month     date not null,
    primary key (county_id, month)
);

create function visit_figures_months_due_on_day() returns trigger language plpgsql as $$
begin
    insert into visit_figures_months_due (county_id, month) values (new.county_id, visit_figures_month(new.day))
    on conflict do nothing;
    return null;
end $$;

create trigger visit_figures_months_due_on_day after insert or update on visit_figures_county_day
    for each row execute function visit_figures_months_due_on_day();

-- Counts the edges of up to batch due months that are over, and their quarters if over; returns how many months. In
-- the fold's transaction, so the rows it reads change under no one's hands.
create function visit_figures_count_months_over(batch integer) returns integer language sql as $$
    with due as (
        delete from visit_figures_months_due
        where (county_id, month) in (select county_id, month from visit_figures_months_due
                                     where month < visit_figures_month(current_date)
                                     order by month, county_id limit batch)
        returning county_id, month
    ), counted as (
        insert into visit_figures_county_edge as e (county_id, day, since, through)
        select due.county_id, cast(g as date),
               coalesce(visit_households_union(d.households) over (partition by due.county_id, due.month order by g desc), B''),
               coalesce(visit_households_union(d.households) over (partition by due.county_id, due.month order by g), B'')
        from due
        cross join generate_series(due.month, cast(due.month + interval '1 month' as date) - 1, interval '1 day') g
        left join visit_figures_county_day d on d.day = cast(g as date) and d.county_id = due.county_id
        order by 1, 2
        on conflict (county_id, day) do update set since = excluded.since, through = excluded.through
    ), quarters as (
        insert into visit_figures_county_quarter as q (quarter, county_id, households)
        select over.quarter, over.county_id, coalesce(visit_households_union(m.households), B'')
        from (select distinct county_id, cast(date_trunc('quarter', month) as date) as quarter from due) over
        join visit_figures_county_month m on m.county_id = over.county_id and m.month >= over.quarter
                                         and m.month < cast(over.quarter + interval '3 months' as date)
        where cast(over.quarter + interval '3 months' as date) <= visit_figures_month(current_date)
        group by 1, 2
        order by 1, 2
        on conflict (quarter, county_id) do update set households = excluded.households
    )
    select count(*)::integer from due
$$;

-- The fold counts the days and months as before, then the edges and quarters of the months it finds due and over.
alter function visit_figures_fold(integer) rename to visit_figures_fold_days;

create function visit_figures_fold(batch integer) returns integer language plpgsql as $$
declare
    folded integer := visit_figures_fold_days(batch);
begin
    perform visit_figures_count_months_over(10);
    return folded;
end $$;

-- The months counted so far: all due, those over counted now.
insert into visit_figures_months_due (county_id, month)
select distinct county_id, visit_figures_month(day) from visit_figures_county_day;

select visit_figures_count_months_over(2147483647);
