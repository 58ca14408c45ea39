-- Personal data at rest (see V40): every value is ciphertext, and stays so: a plain value is refused by the
-- personal_ciphertext domain's check.
alter table household
    alter column head_name type personal_ciphertext,
    alter column address type personal_ciphertext,
    alter column phone type personal_ciphertext;
alter table cadre alter column phone type personal_ciphertext;
alter table contact_card_member alter column phone type personal_ciphertext;
alter table brother_pair
    alter column village_member_name type personal_ciphertext,
    alter column village_member_name_hash type personal_hash,
    alter column village_member_name_hash set not null,
    add constraint brother_pair_once unique (cadre_id, village_member_name_hash, village_id);
