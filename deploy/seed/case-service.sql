-- 100,000 cases over the last two years across the stations case-service knows (known_station, from
-- cadre-service's events), in the proportions of the county report: opinions, problems, disputes,
-- errands by proxy, a few petitions. Most older cases are closed, most at the station; recent ones are
-- still open, with their deadlines. No events are written: the figures are read from these rows and from the
-- monthly rollup, folded at the end from the deltas the database's triggers append as they are inserted.
-- Deterministic (setseed, ids are md5 of a number, stations in id order) and idempotent: it does
-- nothing when the first seeded case exists. Runs through JDBC (deploy/seed.sh): the villagers' names, phones and
-- addresses are stored encrypted and are taken from the temporary table seed_personal, which SeedCounty fills with
-- values encrypted with the local stack's key before it runs this script.
do $seed$
declare
    seeded_at timestamptz := date_trunc('day', now());
    stations int;
begin
    if exists (select 1 from case_file where id = md5('{{prefix}}seed-case-1')::uuid) then
        raise notice 'case-service: already seeded';
        return;
    end if;
    select count(*) into stations from known_station where county_id = '{{county}}';
    if stations = 0 then
        raise exception 'case-service: no stations known yet; seed cadre-service first and let its events arrive';
    end if;
    -- One backend, rows in order: the same random() sequence every time.
    perform set_config('max_parallel_workers_per_gather', '0', true);
    perform setseed(0.2026);

    create temporary table seed_station on commit drop as
    select row_number() over (order by station_id) as no, station_id, village_id, township_id, county_id
    from known_station where county_id = '{{county}}';

    create temporary table seed_draw on commit drop as
    select n, random() as r_station, random() as r_age, random() as r_kind, random() as r_category,
           random() as r_channel, random() as r_state, random() as r_level, random() as r_days, random() as r_rating
    from generate_series(1, 100000) n;

    create temporary table seed_case on commit drop as
    select d.n,
           md5('{{prefix}}seed-case-' || d.n)::uuid as id,
           s.station_id, s.village_id, s.township_id, s.county_id,
           seeded_at - make_interval(secs => (d.r_age * 730 * 86400)::int) as received,
           case when d.r_kind < 0.260 then 'OPINION' when d.r_kind < 0.498 then 'PROBLEM'
                when d.r_kind < 0.757 then 'DISPUTE' when d.r_kind < 0.979 then 'ERRAND' else 'PETITION' end as kind,
           (array['LAND', 'HOUSING_DEMOLITION', 'WATER', 'ROADS', 'SOCIAL_SECURITY', 'MEDICAL', 'EDUCATION',
                  'EMPLOYMENT', 'ENVIRONMENT', 'PUBLIC_ORDER', 'FAMILY_NEIGHBOUR_DISPUTE', 'OTHER'])
               [1 + floor(power(d.r_category, 1.4) * 12)::int] as category,
           (array['HOUSEHOLD_VISIT', 'HOUSEHOLD_VISIT', 'STATION_DAY_WALK_IN', 'STATION_DAY_WALK_IN', 'PHONE', 'PHONE',
                  'MOBILE_APP', 'WEB', 'COUNTY_SYSTEM', 'HOUSEHOLD_VISIT'])[1 + floor(d.r_channel * 10)::int] as channel,
           case when d.r_level < 0.80 then 'STATION' when d.r_level < 0.92 then 'TOWNSHIP_OFFICE'
                when d.r_level < 0.98 then 'STABILITY_CENTRE' else 'JOINT_MEDIATION' end as level,
           -- Days from receipt to resolution: most within a week, a tail up to seven weeks.
           1 + power(d.r_days, 2.5) * 48 as days_to_resolve,
           d.r_state, d.r_rating
    from seed_draw d
    join seed_station s on s.no = 1 + floor(d.r_station * stations)::int;

    insert into case_file (id, kind, channel, category, status, level, station_id, village_id, township_id, county_id,
                           villager_id, villager_name, villager_phone, villager_address, visit_id, description,
                           consent_given_by, consent_given_at, consent_entrusted, consent_recorded_by, opened_by,
                           rejection_reason, due_at, overdue, accepted_at, resolved_at, closed_at, closed_at_level,
                           on_time, satisfaction, rated_at, rated_by_proxy, reopen_count, version, recorded_at, received_at)
    select c.id, c.kind, c.channel, c.category, st.status, case when st.status = 'RECEIVED' then 'STATION' else c.level end,
           c.station_id, c.village_id, c.township_id, c.county_id,
           case when c.n % 5 = 0 then md5('{{prefix}}seed-villager-' || (c.n % 40000))::uuid end,
           (select p.value from seed_personal p where p.kind = 'villager_name' and p.n = c.n % 100),
           (select p.value from seed_personal p where p.kind = 'villager_phone' and p.n = c.n % 1000),
           (select p.value from seed_personal p where p.kind = 'villager_address' and p.n = c.n % 1000),
           null,
           '关于' || c.category || '的' || c.kind || '诉求，编号' || c.n,
           case when c.kind in ('ERRAND', 'PETITION') then
               (select p.value from seed_personal p where p.kind = 'villager_name' and p.n = c.n % 100) end,
           case when c.kind in ('ERRAND', 'PETITION') then c.received end,
           case when c.kind = 'ERRAND' then '委托代办相关手续' when c.kind = 'PETITION' then '委托代理信访事项' end,
           case when c.kind in ('ERRAND', 'PETITION') then 'seed' end,
           'seed',
           case when st.status = 'NOT_ACCEPTED' then '不属于受理范围' end,
           c.received + case c.kind when 'ERRAND' then interval '15 days' when 'PETITION' then interval '61 days'
                                    else interval '30 days' end,
           false,
           case when st.status <> 'RECEIVED' then c.received + interval '1 day' end,
           case when st.status in ('RESOLVED', 'CLOSED') then c.received + make_interval(secs => (c.days_to_resolve * 86400)::int) end,
           case when st.status = 'CLOSED' then c.received + make_interval(secs => ((c.days_to_resolve + 2) * 86400)::int) end,
           case when st.status = 'CLOSED' then c.level end,
           case when st.status in ('RESOLVED', 'CLOSED')
                then c.days_to_resolve <= case c.kind when 'ERRAND' then 15 when 'PETITION' then 61 else 30 end end,
           case when st.status = 'CLOSED' and c.r_rating < 0.85
                then case when c.r_rating < 0.60 then 'SATISFIED' when c.r_rating < 0.79 then 'BASICALLY_SATISFIED'
                          else 'UNSATISFIED' end end,
           case when st.status = 'CLOSED' and c.r_rating < 0.85
                then c.received + make_interval(secs => ((c.days_to_resolve + 3) * 86400)::int) end,
           case when st.status = 'CLOSED' and c.r_rating < 0.85 then c.r_rating < 0.30 end,
           0, 0, c.received, c.received
    from seed_case c
    cross join lateral (
        -- Cases older than two months are nearly all closed; younger ones are spread over the lifecycle.
        select case when c.received < seeded_at - interval '60 days'
                    then case when c.r_state < 0.93 then 'CLOSED' when c.r_state < 0.96 then 'RESOLVED'
                              when c.r_state < 0.98 then 'NOT_ACCEPTED' else 'IN_PROGRESS' end
                    else case when c.r_state < 0.40 then 'CLOSED' when c.r_state < 0.55 then 'RESOLVED'
                              when c.r_state < 0.70 then 'IN_PROGRESS' when c.r_state < 0.85 then 'ACCEPTED'
                              when c.r_state < 0.88 then 'NOT_ACCEPTED' else 'RECEIVED' end end as status
    ) st;

    insert into petition (case_id, mode, outcome, outcome_at)
    select c.id, case when c.n % 3 = 0 then 'ACCOMPANIED' else 'BY_PROXY' end,
           case when c.status in ('RESOLVED', 'CLOSED') and c.n % 4 = 0 then 'ENDED_SATISFIED' end,
           case when c.status in ('RESOLVED', 'CLOSED') and c.n % 4 = 0 then c.resolved_at end
    from (select sc.n, f.id, f.status, f.resolved_at from seed_case sc join case_file f on f.id = sc.id
          where f.kind = 'PETITION') c;

    -- The open cases' resolution deadlines; those already passed count as marked, so the overdue job
    -- does not announce thousands of old deadlines at once.
    insert into case_deadline (id, case_id, kind, station_id, township_id, county_id, due_at, met_at, overdue_at)
    select md5('{{prefix}}seed-deadline-' || f.id)::uuid, f.id,
           case f.kind when 'ERRAND' then 'ERRAND' when 'PETITION' then 'WRITTEN_REPLY' else 'HANDLING' end,
           f.station_id, f.township_id, f.county_id, f.due_at, null, case when f.due_at < seeded_at then seeded_at end
    from case_file f join seed_case sc on sc.id = f.id
    where f.status in ('ACCEPTED', 'IN_PROGRESS');
    insert into case_deadline (id, case_id, kind, station_id, township_id, county_id, due_at, met_at, overdue_at)
    select md5('{{prefix}}seed-deadline-' || f.id)::uuid, f.id,
           case f.kind when 'ERRAND' then 'ERRAND' when 'PETITION' then 'ACCEPTANCE' else 'HANDLING' end,
           f.station_id, f.township_id, f.county_id, due.at, null, case when due.at < seeded_at then seeded_at end
    from case_file f join seed_case sc on sc.id = f.id
    cross join lateral (select case f.kind when 'PETITION' then f.recorded_at + interval '15 days' else f.due_at end as at) due
    where f.status = 'RECEIVED';
    -- A petition's due date is its written reply's, once accepted.
    update case_file set due_at = null where kind = 'PETITION' and status = 'RECEIVED' and id in (select id from seed_case);
    update case_file set overdue = true
    where id in (select case_id from case_deadline where overdue_at is not null and met_at is null and id in
                 (select md5('{{prefix}}seed-deadline-' || sc.id)::uuid from seed_case sc));

    insert into case_timeline (id, case_id, at, actor, actor_role, action, from_status, to_status, from_level, to_level, method, note)
    select md5('{{prefix}}seed-timeline-' || f.id)::uuid, f.id, f.recorded_at, 'seed', 'SYSTEM', 'OPEN', null, 'RECEIVED', null, 'STATION', null, null
    from case_file f join seed_case sc on sc.id = f.id;

    analyze case_file;
    analyze petition;
    -- case-service's triggers appended a delta per case inserted above (V14__figures_deltas.sql). Folded here in
    -- one statement, each of the ~14,000 month rows is written once, compactly; the service's fold, a batch of
    -- 10,000 at a time, would update most rows in each of its ten batches and leave the old versions behind.
    perform case_figures_fold(2147483647);
    analyze case_figures_month;
    analyze case_figures_county_month;
    analyze case_figures_county_day;
    raise notice 'case-service: seeded % cases over % stations', (select count(*) from seed_case), stations;
end
$seed$;
