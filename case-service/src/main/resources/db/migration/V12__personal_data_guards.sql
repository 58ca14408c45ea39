-- Personal data at rest (see V10): every value is ciphertext, and stays so: a plain value is refused by the
-- personal_ciphertext domain's check.
alter table case_file
    alter column villager_name type personal_ciphertext,
    alter column villager_phone type personal_ciphertext,
    alter column villager_address type personal_ciphertext,
    alter column consent_given_by type personal_ciphertext;
