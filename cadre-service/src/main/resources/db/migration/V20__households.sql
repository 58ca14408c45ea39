-- Households of a village; head_name, address and phone are personal data.
create table household (
    id           uuid primary key,
    village_id   uuid         not null references village (id),
    station_id   uuid         not null references station (id),
    township_id  uuid         not null references township (id),
    head_name    varchar(50)  not null,
    address      varchar(200) not null,
    phone        varchar(20),
    member_count integer      not null check (member_count between 1 and 30),
    version      bigint       not null,
    recorded_at  timestamptz  not null,
    received_at  timestamptz  not null
);
create index household_station on household (station_id, address, id);
create index household_village on household (village_id, address, id);

create table household_tag (
    household_id uuid        not null references household (id),
    tag          varchar(30) not null,
    primary key (household_id, tag)
);
create index household_tag_tag on household_tag (tag, household_id);
