-- A county of the real size (domain.md): 25 townships, 565 villages and 25 communities with their
-- stations, 140 departments, 1,387 cadres in teams of 2 or 3 (207 stations of three, 383 of two),
-- a year of station-day check-ins, and the events other services need (StationRegistered,
-- CadreRegistered, CadreAssigned, StationDayAttended) written to the outbox for the relay to publish.
-- Deterministic (ids are md5 of a name) and idempotent: it does nothing when township T01 exists.
-- Personal data (cadres' phones, households' names, addresses and phones) is stored encrypted: it is taken from
-- the temporary table seed_personal, which SeedCounty (deploy/seed.sh) fills with values encrypted with the
-- local stack's key before it runs this script.
do $seed$
declare
    seeded_at timestamptz := now();
    today date := (now() at time zone 'Asia/Shanghai')::date;
begin
    if exists (select 1 from township where code = 'T01' and county_id = '{{county}}') then
        raise notice 'cadre-service: already seeded';
        return;
    end if;
    perform setseed(0.2026);

    insert into township (id, county_id, code, name, version, recorded_at, received_at)
    select md5('{{prefix}}township-' || t)::uuid, '{{county}}', 'T' || lpad(t::text, 2, '0'), '第' || lpad(t::text, 2, '0') || '镇', 0, seeded_at, seeded_at
    from generate_series(1, 25) t;

    -- 590 villages: each township's last one is its community.
    insert into village (id, county_id, township_id, code, name, kind, type, version, recorded_at, received_at)
    select md5('{{prefix}}village-' || v)::uuid, '{{county}}',
           md5('{{prefix}}township-' || (1 + (v - 1) % 25))::uuid,
           'V' || lpad(v::text, 3, '0'),
           case when v > 565 then '社区' || v else '村' || lpad(v::text, 3, '0') end,
           case when v > 565 then 'COMMUNITY' else 'VILLAGE' end,
           case when v % 20 < 3 then 'DIFFICULT' when v % 20 < 5 then 'DISORDERLY' when v % 20 < 10 then 'POOR'
                when v % 20 < 13 then 'SPECIALISED' else 'ORDINARY' end,
           0, seeded_at, seeded_at
    from generate_series(1, 590) v;

    insert into station (id, county_id, village_id, township_id, name, address, version, recorded_at, received_at)
    select md5('{{prefix}}station-' || v.code)::uuid, v.county_id, v.id, v.township_id, v.name || '群众工作站', null, 0, seeded_at, seeded_at
    from village v where v.code like 'V%' and v.county_id = '{{county}}';

    -- 40 county departments (10 of each kind) and one of each kind per township.
    insert into department (id, county_id, name, kind, level, township_id, version, recorded_at, received_at)
    select md5('{{prefix}}county-department-' || d)::uuid, '{{county}}', '县直单位' || lpad(d::text, 2, '0'),
           (array['PARTY_GOVERNMENT', 'POLITICAL_LEGAL', 'ECONOMIC', 'TECHNICAL'])[1 + (d - 1) % 4], 'COUNTY', null, 0, seeded_at, seeded_at
    from generate_series(1, 40) d;
    insert into department (id, county_id, name, kind, level, township_id, version, recorded_at, received_at)
    select md5('{{prefix}}township-department-' || t || '-' || k)::uuid, '{{county}}', '第' || lpad(t::text, 2, '0') || '镇' || k || '办',
           (array['PARTY_GOVERNMENT', 'POLITICAL_LEGAL', 'ECONOMIC', 'TECHNICAL'])[k], 'TOWNSHIP',
           md5('{{prefix}}township-' || t)::uuid, 0, seeded_at, seeded_at
    from generate_series(1, 25) t, generate_series(1, 4) k;

    -- Team slots: stations 1-207 have three cadres, the others two; slot 1 is the leader.
    create temporary table team_slot on commit drop as
    select row_number() over (order by s.n, slot) as cadre_no, s.n as station_no, slot, s.station_id, s.township_id, s.village_type
    from (select row_number() over (order by v.code) as n, st.id as station_id, st.township_id, v.type as village_type
          from station st join village v on v.id = st.village_id where st.county_id = '{{county}}') s,
         generate_series(1, 3) slot
    where slot <= case when s.n <= 207 then 3 else 2 end;

    -- Cadres come from a department whose kind matches the village type; 3% are recorded exceptions.
    insert into cadre (id, county_id, name, phone, department_id, rank, backbone, party_member, version, recorded_at, received_at)
    select md5('{{prefix}}cadre-' || ts.cadre_no)::uuid, '{{county}}',
           (array['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴'])[1 + ts.cadre_no % 10]
               || (array['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇'])[1 + (ts.cadre_no / 10) % 10],
           (select p.value from seed_personal p where p.kind = 'cadre_phone' and p.n = ts.cadre_no % 1000),
           md5('{{prefix}}county-department-' || (1 + (ts.cadre_no % 10) * 4 + (case
                   when ts.cadre_no % 33 = 0 then (ts.cadre_no / 33) % 4
                   when ts.village_type = 'DIFFICULT' then 0 when ts.village_type = 'DISORDERLY' then 1
                   when ts.village_type = 'POOR' then 2 when ts.village_type = 'SPECIALISED' then 3
                   else ts.cadre_no % 4 end)))::uuid,
           case when ts.slot = 1 or ts.cadre_no % 5 = 0 then 'SECTION_LEVEL' else 'GENERAL' end,
           ts.slot = 1 and ts.cadre_no % 7 = 0,
           ts.cadre_no % 10 <> 9,
           0, seeded_at, seeded_at
    from team_slot ts;

    insert into assignment (id, county_id, cadre_id, station_id, township_id, role, first_secretary, starts_on, term_ends_on,
                            ended_on, end_reason, end_note, matching_exception, exception_reason, version, recorded_at, received_at)
    select md5('{{prefix}}assignment-' || ts.cadre_no)::uuid, '{{county}}', md5('{{prefix}}cadre-' || ts.cadre_no)::uuid, ts.station_id, ts.township_id,
           case when ts.slot = 1 then 'LEADER' else 'MEMBER' end, ts.slot = 1 and ts.station_no % 4 = 0,
           today - (30 + (ts.cadre_no * 37) % 700)::int, (today - (30 + (ts.cadre_no * 37) % 700)::int + interval '2 years')::date,
           null, null, null, false, null, 0, seeded_at, seeded_at
    from team_slot ts;
    update assignment a set matching_exception = true, exception_reason = '岗位需要 (seeded exception)'
    from cadre c, department d, station s, village v
    where c.id = a.cadre_id and d.id = c.department_id and s.id = a.station_id and v.id = s.village_id
      and a.county_id = '{{county}}' and v.type <> 'ORDINARY'
      and d.kind <> case v.type when 'DIFFICULT' then 'PARTY_GOVERNMENT' when 'DISORDERLY' then 'POLITICAL_LEGAL'
                                when 'POOR' then 'ECONOMIC' else 'TECHNICAL' end;

    -- A year of station days: each cadre attends about nine in ten, on the 25th-27th.
    -- Received a minute after they were recorded: within the credit window, so credited.
    insert into check_in (id, county_id, cadre_id, station_id, township_id, checked_in_on, kind, late, credited, version, recorded_at, received_at)
    select md5('{{prefix}}check-in-' || a.id || '-' || d)::uuid, a.county_id, a.cadre_id, a.station_id, a.township_id, d::date, 'STATION_DAY', false, true, 0,
           (d::date + time '09:00') at time zone 'Asia/Shanghai', (d::date + time '09:01') at time zone 'Asia/Shanghai'
    from assignment a,
         generate_series(date_trunc('month', today - interval '12 months'), today, interval '1 day') d
    where a.county_id = '{{county}}' and extract(day from d) between 25 and 27 and d::date >= a.starts_on and d::date <= today
      and random() < 0.9;

    -- The events, as the services would have written them.
    insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at)
    select e.id, 'masswork.cadre.events', e.subject, e.type,
           jsonb_build_object('specversion', '1.0', 'id', e.id, 'source', '/masswork/cadre-service', 'type', e.type,
                              'subject', e.subject, 'time', seeded_at, 'datacontenttype', 'application/json', 'data', e.data,
                              'countyid', '{{county}}')::text,
           seeded_at
    from (
        select md5('{{prefix}}event-station-' || s.id)::uuid as id, 'StationRegistered' as type, s.id::text as subject, 1 as ord, s.id::text as tiebreak,
               jsonb_build_object('stationId', s.id, 'stationName', s.name, 'villageId', v.id, 'villageCode', v.code,
                                  'villageName', v.name, 'villageKind', v.kind, 'villageType', v.type,
                                  'townshipId', t.id, 'townshipName', t.name) as data
        from station s join village v on v.id = s.village_id join township t on t.id = s.township_id where s.county_id = '{{county}}'
        union all
        select md5('{{prefix}}event-cadre-' || c.id)::uuid, 'CadreRegistered', c.id::text, 2, c.id::text,
               jsonb_build_object('cadreId', c.id, 'departmentId', d.id, 'departmentKind', d.kind, 'rank', c.rank,
                                  'backbone', c.backbone, 'partyMember', c.party_member)
        from cadre c join department d on d.id = c.department_id where c.county_id = '{{county}}'
        union all
        select md5('{{prefix}}event-assignment-' || a.id)::uuid, 'CadreAssigned', a.id::text, 3, a.id::text,
               jsonb_build_object('assignmentId', a.id, 'cadreId', a.cadre_id, 'stationId', a.station_id, 'villageId', s.village_id,
                                  'townshipId', a.township_id, 'role', a.role, 'firstSecretary', a.first_secretary,
                                  'startsOn', a.starts_on, 'termEndsOn', a.term_ends_on, 'matchingException', a.matching_exception)
        from assignment a join station s on s.id = a.station_id where a.county_id = '{{county}}'
        union all
        select md5('{{prefix}}event-check-in-' || c.id)::uuid, 'StationDayAttended', c.id::text, 4, c.checked_in_on::text || c.id,
               jsonb_build_object('checkInId', c.id, 'cadreId', c.cadre_id, 'stationId', c.station_id, 'villageId', s.village_id,
                                  'townshipId', c.township_id, 'date', c.checked_in_on)
        from check_in c join station s on s.id = c.station_id where c.county_id = '{{county}}'
    ) e
    order by e.ord, e.tiebreak;

    raise notice 'cadre-service: seeded';
end
$seed$;

-- Household work: about 170,000 households (288 a village), 8% of them key households, and a year
-- of household visits (~550,000; three in five confirmed by countersignature), with a
-- HouseholdRegistered event per household. The year's visits are history: they are not replayed as
-- HouseholdVisited events. Idempotent: does nothing when the county already has households.
do $households$
declare
    seeded_at timestamptz := now();
    today date := (now() at time zone 'Asia/Shanghai')::date;
begin
    if exists (select 1 from household where county_id = '{{county}}') then
        raise notice 'cadre-service households: already seeded';
        return;
    end if;
    perform setseed(0.2027);
    -- The rows below are consistent by construction; checking 1.5 million foreign keys one by one at the
    -- end of each statement would take most of the seeding time. Only for this transaction.
    perform set_config('session_replication_role', 'replica', true);

    insert into household (id, county_id, village_id, station_id, township_id, head_name, address, phone, member_count, version, recorded_at, received_at)
    select md5('{{prefix}}household-' || v.code || '-' || h)::uuid, v.county_id, v.id, s.id, v.township_id,
           (select p.value from seed_personal p where p.kind = 'household_head' and p.n = (h * 7) % 100),
           (select p.value from seed_personal p where p.kind = 'household_address' and p.n = h % 1000),
           (select p.value from seed_personal p where p.kind = 'household_phone' and p.n = (h * 104729 + length(v.code) * 31) % 1000),
           1 + (h * 5) % 6, 0, seeded_at, seeded_at
    from village v join station s on s.village_id = v.id, generate_series(1, 288) h
    where v.county_id = '{{county}}';

    insert into household_tag (household_id, tag)
    select id, case when n % 100 < 3 then 'ELDERLY_ALONE' when n % 100 < 6 then 'LOW_INCOME' when n % 100 < 7 then 'DISPUTE'
                    else 'DISABLED' end
    from (select id, row_number() over (order by id) as n from household where county_id = '{{county}}') numbered
    where n % 100 < 8;

    -- The triggers that keep the card figures' counts (V52__card_figures_rollup.sql) do not fire in replica mode:
    -- the county's households are counted here, a delta per station, and folded at once into the station and county
    -- rows (a county seeded later adds its own; households are seeded once per county, see above).
    insert into card_figures_delta (county_id, station_id, households, covered, cards)
    select county_id, station_id, count(*), 0, 0 from household where county_id = '{{county}}' group by county_id, station_id;
    perform card_figures_fold(2147483647);

    create temporary table numbered_household on commit drop as
    select row_number() over (order by h.id) as n, h.id, h.village_id, h.station_id, h.township_id from household h
    where h.county_id = '{{county}}';
    create temporary table station_member on commit drop as
    select a.station_id, a.cadre_id, a.starts_on,
           row_number() over (partition by a.station_id order by a.cadre_id) - 1 as k,
           count(*) over (partition by a.station_id) as team_size
    from assignment a where a.ended_on is null and a.county_id = '{{county}}';
    -- Temporary tables have no statistics until analysed; without them the join below is planned as nested loops.
    create index on numbered_household (n);
    analyze numbered_household;
    analyze station_member;

    insert into visit (id, county_id, cadre_id, household_id, station_id, village_id, township_id, visited_on, findings, follow_up_needed,
                       confirmation_method, confirmed_at, countersignature_ref, confirmation_code_id, version, recorded_at, received_at)
    select md5('{{prefix}}visit-' || v)::uuid, '{{county}}', m.cadre_id, h.id, h.station_id, h.village_id, h.township_id, day,
           (array['了解生产生活情况', '宣讲惠农政策', '调解邻里纠纷', '代办社保手续', '走访慰问'])[1 + v % 5],
           v % 10 = 0,
           case when v % 5 < 3 then 'COUNTERSIGNATURE' end,
           case when v % 5 < 3 then (day + time '18:00') at time zone 'Asia/Shanghai' end,
           case when v % 5 < 3 then 'seed-' || v end,
           null, 0, (day + time '10:00') at time zone 'Asia/Shanghai', (day + time '10:05') at time zone 'Asia/Shanghai'
    from generate_series(1, 550000) v
    join numbered_household h on h.n = 1 + (v::bigint * 7919) % 170000
    join station_member m on m.station_id = h.station_id and m.k = v % m.team_size
    cross join lateral (select today - 1 - ((v * 13) % greatest(1, least(365, today - m.starts_on)))::int as day) d
    on conflict (cadre_id, household_id, visited_on) do nothing;

    insert into visit_role (visit_id, role)
    select id, (array['POLICY_PUBLICIST', 'OPINION_RESEARCHER', 'PARTY_BUILDING_INSTRUCTOR', 'DISPUTE_MEDIATOR', 'SERVICE_PROVIDER'])
               [1 + abs(hashtext(id::text)) % 5]
    from visit where county_id = '{{county}}';

    insert into outbox_event (event_id, topic, event_key, event_type, envelope, created_at)
    select md5('{{prefix}}event-household-' || h.id)::uuid, 'masswork.cadre.events', h.id::text, 'HouseholdRegistered',
           jsonb_build_object('specversion', '1.0', 'id', md5('{{prefix}}event-household-' || h.id)::uuid, 'source', '/masswork/cadre-service',
                              'type', 'HouseholdRegistered', 'subject', h.id, 'time', seeded_at, 'datacontenttype', 'application/json',
                              'data', jsonb_build_object('householdId', h.id, 'villageId', h.village_id, 'stationId', h.station_id,
                                                         'townshipId', h.township_id),
                              'countyid', '{{county}}')::text,
           seeded_at
    from household h where h.county_id = '{{county}}' order by h.id;

    raise notice 'cadre-service households: seeded';
end
$households$;
