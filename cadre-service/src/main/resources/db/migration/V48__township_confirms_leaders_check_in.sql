-- A station leader does not confirm their own late check-in: an officer of the station's township does. The officer
-- is no cadre of this service (their township comes with their account), so the confirmation keeps who they are as
-- the token's subject, beside confirmed_by for a leader; exactly one of the two names whoever confirmed it.
alter table check_in
    add column confirmed_by_officer varchar(200),
    drop constraint check_in_credited_on_time_or_confirmed,
    drop constraint check_in_confirmation_complete,
    add constraint check_in_credited_on_time_or_confirmed
        check (credited = (not late or confirmed_at is not null)),
    add constraint check_in_confirmation_complete
        check ((confirmed_at is null) = (confirmation_reason is null)
            and (confirmed_at is null) = (confirmed_by is null and confirmed_by_officer is null)
            and (confirmed_by is null or confirmed_by_officer is null));
