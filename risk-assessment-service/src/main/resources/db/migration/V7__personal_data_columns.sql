-- Personal data at rest (issue 15). Meeting participants' names and phones are stored encrypted by the service
-- (AES-256-GCM, platform PersonalDataCipher) as text of the form v1:<keyId>:<base64>. This migration makes room for
-- that; V8 encrypts what is stored and V9 types the columns personal_ciphertext, which refuses anything else.
-- Flyway applies the three in one transaction (platform MigrationsInOneTransaction), so no plain row can slip in between.
create domain personal_ciphertext as text check (value ~ '^v1:[a-z0-9]{1,16}:[A-Za-z0-9+/]+={0,2}$');

alter table meeting_participant
    alter column name type text,
    alter column phone type text;
