-- A poor rating asks for a return call (回访) by someone other than the handler who resolved the case.
alter table case_file add column return_call_due boolean not null default false;
