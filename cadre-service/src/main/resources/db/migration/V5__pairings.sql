-- Sister pairs: a county or township party organisation and a village party branch (姐妹亲戚).
create table sister_pair (
    id                 uuid primary key,
    party_organisation varchar(100) not null,
    village_id         uuid         not null references village (id),
    township_id        uuid         not null references township (id),
    paired_on          date         not null,
    version            bigint       not null,
    recorded_at        timestamptz  not null,
    received_at        timestamptz  not null,
    unique (party_organisation, village_id)
);
create index sister_pair_township on sister_pair (township_id);

-- Brother pairs: an official party member and a village party member (兄弟对子).
create table brother_pair (
    id                   uuid primary key,
    cadre_id             uuid         not null references cadre (id),
    village_member_name  varchar(50)  not null,
    village_id           uuid         not null references village (id),
    township_id          uuid         not null references township (id),
    paired_on            date         not null,
    version              bigint       not null,
    recorded_at          timestamptz  not null,
    received_at          timestamptz  not null,
    unique (cadre_id, village_member_name, village_id)
);
create index brother_pair_township on brother_pair (township_id);
