-- How a card's one-time codes are hashed. Cards issued so far keep PBKDF2 (their codes are printed and cannot be
-- hashed again); new cards get HMAC-SHA256 under the service's code key (masswork.household-work.card.code-key)
-- when it is set. The default also covers a replica of the previous version still issuing cards during the upgrade.
alter table contact_card add column code_hashing varchar(20) not null default 'PBKDF2';
