-- Personal data at rest (see V7): every value is ciphertext, and stays so: a plain value is refused by the
-- personal_ciphertext domain's check.
alter table meeting_participant
    alter column name type personal_ciphertext,
    alter column phone type personal_ciphertext;
