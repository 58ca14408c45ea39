create table village_type_change (
    id          uuid primary key,
    village_id  uuid         not null references village (id),
    from_type   varchar(20)  not null,
    to_type     varchar(20)  not null,
    reason      varchar(500) not null,
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null
);
create index village_type_change_village on village_type_change (village_id, changed_at);
