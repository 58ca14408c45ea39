-- The visits of whole counties per county and day and per county and month (issue 19): a province's COUNTY and
-- PROVINCE rows read a county's year as its 12 month rows (plus the days of a partial month at either end) instead of
-- its ~550,000 visits. The visits, the confirmed ones and each role's are sums. The households visited are not (one
-- visited twice is one): each row keeps them as a bit string, a bit per household of the county by the number
-- visit_household_ordinal gives it, and a period counts the bits set in the union of its rows'.
--
-- The triggers on household_visit append deltas (visit_figures_delta, no key, so writers share no lock) in the
-- writing transaction; the fold (visit_figures_fold, figures.VisitFiguresFoldJob) moves them into the rows every few
-- seconds; the figures read the rows plus the deltas not yet folded (figures.WholeCountyVisits).

-- Writers of the visits wait from here to the end of the migration (reads go on): the rows below are counted from
-- the visits once every write begun before has committed, and a write waiting here runs the triggers below once the
-- migration commits, so each visit is counted once, by the backfill or by a delta.
lock table household_visit in share row exclusive mode;

-- A number per visited household within its county, from 0 up without gaps, given by the fold (folds run one at a
-- time), so concurrent writers of one county never wait for each other to number a household. A household visited
-- but not folded yet has none; the figures count it by its id.
create table visit_household_ordinal (
    county_id    uuid    not null,
    household_id uuid    not null,
    ordinal      integer not null,
    primary key (county_id, household_id),
    unique (county_id, ordinal)
);

create table visit_figures_county_day (
    day                       date    not null,
    county_id                 uuid    not null,
    visits                    integer not null,
    confirmed                 integer not null,
    policy_publicist          integer not null,
    opinion_researcher        integer not null,
    party_building_instructor integer not null,
    dispute_mediator          integer not null,
    service_provider          integer not null,
    households                varbit  not null,
    primary key (day, county_id)
);

create table visit_figures_county_month (
    month                     date    not null,
    county_id                 uuid    not null,
    visits                    integer not null,
    confirmed                 integer not null,
    policy_publicist          integer not null,
    opinion_researcher        integer not null,
    party_building_instructor integer not null,
    dispute_mediator          integer not null,
    service_provider          integer not null,
    households                varbit  not null,
    primary key (month, county_id)
);

-- What one change of a visit counts for: the visit as it was, with a minus sign (removes: its household may have left
-- the day), or as it is, with its household.
create table visit_figures_delta (
    county_id                 uuid    not null,
    day                       date    not null,
    visits                    integer not null,
    confirmed                 integer not null,
    policy_publicist          integer not null,
    opinion_researcher        integer not null,
    party_building_instructor integer not null,
    dispute_mediator          integer not null,
    service_provider          integer not null,
    household_id              uuid,
    removes                   boolean not null
);
-- Every row is deleted seconds after it is written (V14 of case-service says why).
alter table visit_figures_delta set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 10000);

create function visit_figures_month(day date) returns date
    language sql immutable parallel safe as $$ select day - cast(extract(day from day) as integer) + 1 $$;

-- The households numbered as a bit string: bit n (from the left) set for number n. Built as hexadecimal text, a digit
-- per four numbers, zeros between, and 8,192 bits at a time, so a county's strings are mostly of one length.
create function visit_household_bits(ordinals integer[]) returns varbit
    language sql immutable parallel safe as $$
    select cast('x' || string_agg(repeat('0', digit - previous - 1) || to_hex(value), '' order by digit)
                || repeat('0', (max(digit) / 2048 + 1) * 2048 - max(digit) - 1) as varbit)
    from (select digit, value, coalesce(lag(digit) over (order by digit), -1) as previous
          from (select o / 4 as digit, sum(distinct 8 >> (o % 4)) as value
                from unnest(ordinals) o where o is not null group by 1) digits) spaced
$$;

-- Bit strings of any lengths or'ed (bit_or wants one length): the shorter as if padded with zeros. In PL/pgSQL, which
-- calls cost less than an SQL function's in an aggregate.
create function visit_households_or(a varbit, b varbit) returns varbit
    language plpgsql immutable strict parallel safe as $$
begin
    if length(a) = length(b) then
        return a | b;
    elsif length(a) > length(b) then
        return (substring(a from 1 for length(b)) | b) || substring(a from length(b) + 1);
    end if;
    return (a | substring(b from 1 for length(a))) || substring(b from length(a) + 1);
end $$;
create aggregate visit_households_union(varbit) (sfunc = visit_households_or, stype = varbit, parallel = safe);

create function visit_figures_on_visit() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        insert into visit_figures_delta (county_id, day, visits, confirmed, policy_publicist, opinion_researcher,
                                         party_building_instructor, dispute_mediator, service_provider, household_id,
                                         removes)
        values (old.county_id, old.visited_on, -1, -cast(old.confirmed as integer),
                -cast('POLICY_PUBLICIST' = any(old.roles) as integer), -cast('OPINION_RESEARCHER' = any(old.roles) as integer),
                -cast('PARTY_BUILDING_INSTRUCTOR' = any(old.roles) as integer),
                -cast('DISPUTE_MEDIATOR' = any(old.roles) as integer), -cast('SERVICE_PROVIDER' = any(old.roles) as integer),
                null, tg_op = 'DELETE' or (old.county_id, old.household_id, old.visited_on)
                                          is distinct from (new.county_id, new.household_id, new.visited_on));
    end if;
    if tg_op <> 'DELETE' then
        insert into visit_figures_delta (county_id, day, visits, confirmed, policy_publicist, opinion_researcher,
                                         party_building_instructor, dispute_mediator, service_provider, household_id,
                                         removes)
        values (new.county_id, new.visited_on, 1, cast(new.confirmed as integer),
                cast('POLICY_PUBLICIST' = any(new.roles) as integer), cast('OPINION_RESEARCHER' = any(new.roles) as integer),
                cast('PARTY_BUILDING_INSTRUCTOR' = any(new.roles) as integer),
                cast('DISPUTE_MEDIATOR' = any(new.roles) as integer), cast('SERVICE_PROVIDER' = any(new.roles) as integer),
                new.household_id, false);
    end if;
    return null;
end $$;

create trigger visit_figures_on_insert_or_delete after insert or delete on household_visit
    for each row execute function visit_figures_on_visit();
-- A visit's event applied again rewrites the row unchanged: no delta then.
create trigger visit_figures_on_update after update on household_visit
    for each row when ((old.county_id, old.household_id, old.visited_on, old.confirmed, old.roles)
                       is distinct from (new.county_id, new.household_id, new.visited_on, new.confirmed, new.roles))
    execute function visit_figures_on_visit();

-- Moves up to batch committed deltas into the day and month rows; returns how many it moved. One statement deletes
-- the deltas and writes their rows, so any snapshot counts a change either as a delta or in its rows, once.
--
-- Folds run one at a time (the lock, until commit; writers never take it): each numbers the new households after
-- the last fold's, and sees every row the last fold wrote. A household's bit is set by adding, never cleared; a
-- delta that removes a household from a day (a visit moved or deleted, which cadre-service does not do today)
-- rebuilds its county's month instead: its days and the month counted from the visits as this statement sees them,
-- with every delta of that month this statement sees, which they already include (an older delta folded after
-- would set a bit again that the rebuild cleared).
create function visit_figures_fold(batch integer) returns integer language sql as $$
    select pg_advisory_xact_lock(hashtext('visit_figures_fold'));
    with taken as (
        select ctid, county_id, day, removes from visit_figures_delta limit batch for update skip locked
    ), rebuilt as (
        select distinct county_id, visit_figures_month(day) as month from taken where removes
    ), folded as (
        delete from visit_figures_delta d
        where d.ctid = any (array(select ctid from taken))
           or exists (select 1 from rebuilt r where r.county_id = d.county_id and r.month = visit_figures_month(d.day))
        returning d.*
    ), numbered as (
        insert into visit_household_ordinal (county_id, household_id, ordinal)
        select county_id, household_id,
               coalesce((select max(o.ordinal) from visit_household_ordinal o where o.county_id = n.county_id), -1)
               + row_number() over (partition by county_id order by household_id)
        from (select distinct f.county_id, f.household_id from folded f
              where f.household_id is not null
                and not exists (select 1 from visit_household_ordinal o
                                where o.county_id = f.county_id and o.household_id = f.household_id)) n
        order by county_id, household_id
        returning county_id, household_id, ordinal
    ), added as (
        select f.*, coalesce(o.ordinal, n.ordinal) as ordinal
        from folded f
        left join visit_household_ordinal o on o.county_id = f.county_id and o.household_id = f.household_id
        left join numbered n on n.county_id = f.county_id and n.household_id = f.household_id
        where not exists (select 1 from rebuilt r where r.county_id = f.county_id and r.month = visit_figures_month(f.day))
    ), added_days as (
        insert into visit_figures_county_day as f (day, county_id, visits, confirmed, policy_publicist,
                                                   opinion_researcher, party_building_instructor, dispute_mediator,
                                                   service_provider, households)
        select day, county_id, sum(visits), sum(confirmed), sum(policy_publicist), sum(opinion_researcher),
               sum(party_building_instructor), sum(dispute_mediator), sum(service_provider),
               coalesce(visit_household_bits(array_agg(ordinal)), B'')
        from added
        group by day, county_id
        order by day, county_id
        on conflict (day, county_id) do update set
            visits = f.visits + excluded.visits,
            confirmed = f.confirmed + excluded.confirmed,
            policy_publicist = f.policy_publicist + excluded.policy_publicist,
            opinion_researcher = f.opinion_researcher + excluded.opinion_researcher,
            party_building_instructor = f.party_building_instructor + excluded.party_building_instructor,
            dispute_mediator = f.dispute_mediator + excluded.dispute_mediator,
            service_provider = f.service_provider + excluded.service_provider,
            households = visit_households_or(f.households, excluded.households)
    ), added_months as (
        insert into visit_figures_county_month as f (month, county_id, visits, confirmed, policy_publicist,
                                                     opinion_researcher, party_building_instructor, dispute_mediator,
                                                     service_provider, households)
        select visit_figures_month(day), county_id, sum(visits), sum(confirmed), sum(policy_publicist),
               sum(opinion_researcher), sum(party_building_instructor), sum(dispute_mediator), sum(service_provider),
               coalesce(visit_household_bits(array_agg(ordinal)), B'')
        from added
        group by 1, 2
        order by 1, 2
        on conflict (month, county_id) do update set
            visits = f.visits + excluded.visits,
            confirmed = f.confirmed + excluded.confirmed,
            policy_publicist = f.policy_publicist + excluded.policy_publicist,
            opinion_researcher = f.opinion_researcher + excluded.opinion_researcher,
            party_building_instructor = f.party_building_instructor + excluded.party_building_instructor,
            dispute_mediator = f.dispute_mediator + excluded.dispute_mediator,
            service_provider = f.service_provider + excluded.service_provider,
            households = visit_households_or(f.households, excluded.households)
    ), rebuilt_visits as (
        select v.county_id, v.visited_on as day, v.confirmed, v.roles, coalesce(o.ordinal, n.ordinal) as ordinal
        from rebuilt r
        join household_visit v on v.county_id = r.county_id and v.visited_on >= r.month
                              and v.visited_on < cast(r.month + interval '1 month' as date)
        left join visit_household_ordinal o on o.county_id = v.county_id and o.household_id = v.household_id
        left join numbered n on n.county_id = v.county_id and n.household_id = v.household_id
    ), rebuilt_day_rows as (
        select coalesce(v.day, d.day) as day, coalesce(v.county_id, d.county_id) as county_id,
               coalesce(v.visits, 0) as visits, coalesce(v.confirmed, 0) as confirmed,
               coalesce(v.policy_publicist, 0) as policy_publicist, coalesce(v.opinion_researcher, 0) as opinion_researcher,
               coalesce(v.party_building_instructor, 0) as party_building_instructor,
               coalesce(v.dispute_mediator, 0) as dispute_mediator, coalesce(v.service_provider, 0) as service_provider,
               coalesce(v.households, B'') as households
        from (select day, county_id, count(*) as visits, count(*) filter (where confirmed) as confirmed,
                     count(*) filter (where 'POLICY_PUBLICIST' = any(roles)) as policy_publicist,
                     count(*) filter (where 'OPINION_RESEARCHER' = any(roles)) as opinion_researcher,
                     count(*) filter (where 'PARTY_BUILDING_INSTRUCTOR' = any(roles)) as party_building_instructor,
                     count(*) filter (where 'DISPUTE_MEDIATOR' = any(roles)) as dispute_mediator,
                     count(*) filter (where 'SERVICE_PROVIDER' = any(roles)) as service_provider,
                     visit_household_bits(array_agg(ordinal)) as households
              from rebuilt_visits group by day, county_id) v
        full join (select d.day, d.county_id from visit_figures_county_day d
                   join rebuilt r on r.county_id = d.county_id and r.month = visit_figures_month(d.day)) d
               on d.day = v.day and d.county_id = v.county_id
    ), rebuilt_days as (
        insert into visit_figures_county_day as f (day, county_id, visits, confirmed, policy_publicist,
                                                   opinion_researcher, party_building_instructor, dispute_mediator,
                                                   service_provider, households)
        select * from rebuilt_day_rows
        order by day, county_id
        on conflict (day, county_id) do update set
            visits = excluded.visits,
            confirmed = excluded.confirmed,
            policy_publicist = excluded.policy_publicist,
            opinion_researcher = excluded.opinion_researcher,
            party_building_instructor = excluded.party_building_instructor,
            dispute_mediator = excluded.dispute_mediator,
            service_provider = excluded.service_provider,
            households = excluded.households
    ), rebuilt_months as (
        insert into visit_figures_county_month as f (month, county_id, visits, confirmed, policy_publicist,
                                                     opinion_researcher, party_building_instructor, dispute_mediator,
                                                     service_provider, households)
        select r.month, r.county_id, coalesce(sum(d.visits), 0), coalesce(sum(d.confirmed), 0),
               coalesce(sum(d.policy_publicist), 0), coalesce(sum(d.opinion_researcher), 0),
               coalesce(sum(d.party_building_instructor), 0), coalesce(sum(d.dispute_mediator), 0),
               coalesce(sum(d.service_provider), 0), coalesce(visit_households_union(d.households), B'')
        from rebuilt r
        left join rebuilt_day_rows d on d.county_id = r.county_id and visit_figures_month(d.day) = r.month
        group by r.month, r.county_id
        order by r.month, r.county_id
        on conflict (month, county_id) do update set
            visits = excluded.visits,
            confirmed = excluded.confirmed,
            policy_publicist = excluded.policy_publicist,
            opinion_researcher = excluded.opinion_researcher,
            party_building_instructor = excluded.party_building_instructor,
            dispute_mediator = excluded.dispute_mediator,
            service_provider = excluded.service_provider,
            households = excluded.households
    )
    select count(*)::integer from taken
$$;

-- The households visited before this migration, numbered, and their days and months.
insert into visit_household_ordinal (county_id, household_id, ordinal)
select county_id, household_id, cast(row_number() over (partition by county_id order by household_id) - 1 as integer)
from (select distinct county_id, household_id from household_visit) visited;

insert into visit_figures_county_day (day, county_id, visits, confirmed, policy_publicist, opinion_researcher,
                                      party_building_instructor, dispute_mediator, service_provider, households)
select v.visited_on, v.county_id, count(*), count(*) filter (where v.confirmed),
       count(*) filter (where 'POLICY_PUBLICIST' = any(v.roles)), count(*) filter (where 'OPINION_RESEARCHER' = any(v.roles)),
       count(*) filter (where 'PARTY_BUILDING_INSTRUCTOR' = any(v.roles)),
       count(*) filter (where 'DISPUTE_MEDIATOR' = any(v.roles)), count(*) filter (where 'SERVICE_PROVIDER' = any(v.roles)),
       visit_household_bits(array_agg(o.ordinal))
from household_visit v
join visit_household_ordinal o on o.county_id = v.county_id and o.household_id = v.household_id
group by 1, 2;

insert into visit_figures_county_month (month, county_id, visits, confirmed, policy_publicist, opinion_researcher,
                                        party_building_instructor, dispute_mediator, service_provider, households)
select visit_figures_month(day), county_id, sum(visits), sum(confirmed), sum(policy_publicist), sum(opinion_researcher),
       sum(party_building_instructor), sum(dispute_mediator), sum(service_provider), visit_households_union(households)
from visit_figures_county_day
group by 1, 2;
