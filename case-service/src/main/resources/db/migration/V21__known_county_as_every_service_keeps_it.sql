-- known_county is kept by the platform's one piece for every service (platform county.KnownCounties), which keeps
-- no time of registration: the column V20 added is not read or written.
alter table known_county drop column registered_at;
