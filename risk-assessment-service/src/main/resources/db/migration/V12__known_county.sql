-- The counties of the deployment as cadre-service announces them (CountyRegistered): each county's days are the
-- days of its own zone. A county not (yet) known here counts in the service's configured zone.
create table known_county (
    county_id uuid primary key,
    code      varchar(32)  not null,
    name      varchar(100) not null,
    zone      varchar(64)  not null
);
