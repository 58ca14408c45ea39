-- Personal data at rest (issue 15). The villager's name, phone and address (also from Open311's first_name,
-- last_name, phone and address_string) and the name of who gave consent are stored encrypted by the service
-- (AES-256-GCM, platform PersonalDataCipher) as text of the form v1:<keyId>:<base64>. This migration makes room for
-- that; V11 encrypts what is stored and V12 types the columns personal_ciphertext, which refuses anything else.
-- Flyway applies the three in one transaction (platform MigrationsInOneTransaction), so no plain row can slip in between.
create domain personal_ciphertext as text check (value ~ '^v1:[a-z0-9]{1,16}:[A-Za-z0-9+/]+={0,2}$');

alter table case_file
    alter column villager_name type text,
    alter column villager_phone type text,
    alter column villager_address type text,
    alter column consent_given_by type text;
