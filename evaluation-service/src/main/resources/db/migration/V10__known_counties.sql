-- The counties of the deployment as cadre-service registers them (CountyRegistered): a county's days are counted
-- in its own zone. A county not known here yet counts in the service's configured zone.
create table known_county (
    county_id uuid primary key,
    code      varchar(32)  not null,
    name      varchar(100) not null,
    zone      varchar(64)  not null
);
