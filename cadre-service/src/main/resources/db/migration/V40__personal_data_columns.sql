-- Personal data at rest (issue 15). Names, phones and addresses of households, cadres' phones (also as printed on
-- contact cards) and the names of village party members are stored encrypted by the service (AES-256-GCM,
-- platform PersonalDataCipher) as text of the form v1:<keyId>:<base64>. This migration makes room for that;
-- V41 encrypts what is stored and V42 types the columns personal_ciphertext, which refuses anything else.
-- Flyway applies the three in one transaction (platform MigrationsInOneTransaction), so no plain row can slip in between.
create domain personal_ciphertext as text check (value ~ '^v1:[a-z0-9]{1,16}:[A-Za-z0-9+/]+={0,2}$');
-- A keyed hash (HMAC-SHA256, PersonalDataHash) beside an encrypted column where values must match exactly.
create domain personal_hash as varchar(64) check (value ~ '^[0-9a-f]{64}$');

alter table household
    alter column head_name type text,
    alter column address type text,
    alter column phone type text;
-- Lists of households were in the order of their addresses; ciphertext has no useful order, so they are in the
-- order of registration.
drop index household_station;
drop index household_village;
create index household_station on household (station_id, received_at, id);
create index household_village on household (village_id, received_at, id);

alter table cadre alter column phone type text;
alter table contact_card_member alter column phone type text;

-- A cadre is paired with a village member once: checked on the name's hash, since equal names no longer give
-- equal ciphertext.
alter table brother_pair
    alter column village_member_name type text,
    add column village_member_name_hash varchar(64),
    drop constraint brother_pair_cadre_id_village_member_name_village_id_key;
