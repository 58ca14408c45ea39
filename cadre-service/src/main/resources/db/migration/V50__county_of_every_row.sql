-- Every table holding a county's rows names its county (issue 19); rows from before belong to the default county.
-- Added with a constant default (metadata only, no rewrite), which is then dropped so every new row must name it.
-- Rows reached only through their parent's id carry none: household_tag, contact_card_member, confirmation_code,
-- visit_role, monthly_report_attendance, monthly_report_finding, monthly_report_role.
alter table village add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table village alter column county_id drop default;
alter table station add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table station alter column county_id drop default;
alter table department add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table department alter column county_id drop default;
alter table cadre add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table cadre alter column county_id drop default;
alter table assignment add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table assignment alter column county_id drop default;
alter table check_in add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table check_in alter column county_id drop default;
alter table household add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table household alter column county_id drop default;
alter table contact_card add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table contact_card alter column county_id drop default;
alter table visit add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table visit alter column county_id drop default;
alter table diary_note add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table diary_note alter column county_id drop default;
alter table ledger_case add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table ledger_case alter column county_id drop default;
alter table monthly_report add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table monthly_report alter column county_id drop default;
alter table five_role_month add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table five_role_month alter column county_id drop default;
alter table station_handover add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table station_handover alter column county_id drop default;
alter table village_type_change add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table village_type_change alter column county_id drop default;
alter table sister_pair add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table sister_pair alter column county_id drop default;
alter table brother_pair add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table brother_pair alter column county_id drop default;
alter table cadre_evaluation add column county_id uuid not null default '8d837056-80bf-42ce-9c1c-0b5a8d5a5eaa';
alter table cadre_evaluation alter column county_id drop default;
