-- Contact cards: the station team as printed when issued. A household's newest card is its current one.
create table contact_card (
    id                   uuid primary key,
    household_id         uuid         not null references household (id),
    station_id           uuid         not null references station (id),
    village_id           uuid         not null references village (id),
    township_id          uuid         not null references township (id),
    issued_at            timestamptz  not null,
    issued_by            varchar(200) not null,
    current              boolean      not null,
    team_signature       varchar(64)  not null,
    code_salt            varchar(64)  not null,
    code_count           integer      not null,
    failed_code_attempts integer      not null default 0,
    version              bigint       not null,
    recorded_at          timestamptz  not null,
    received_at          timestamptz  not null
);
-- At most one current card per household, whatever races.
create unique index contact_card_current on contact_card (household_id) where current;
create index contact_card_household on contact_card (household_id, issued_at desc);
create index contact_card_station on contact_card (station_id, current);
create index contact_card_township on contact_card (township_id, current);

create table contact_card_member (
    card_id  uuid        not null references contact_card (id),
    cadre_id uuid        not null,
    name     varchar(100) not null,
    phone    varchar(20),
    leader   boolean     not null,
    position integer     not null,
    primary key (card_id, position)
);

-- One-time codes, only as salted PBKDF2 hashes.
create table confirmation_code (
    id        uuid primary key,
    card_id   uuid        not null references contact_card (id),
    code_hash varchar(64) not null,
    used_at   timestamptz,
    visit_id  uuid
);
create unique index confirmation_code_card_hash on confirmation_code (card_id, code_hash);
create index household_township on household (township_id);
