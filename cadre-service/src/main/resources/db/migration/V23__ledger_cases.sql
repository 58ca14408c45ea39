-- Cases of case-service as the village ledger learns them from its events (CaseOpened, CaseClosed,
-- CaseReopened). Where a case is may be unknown until an event that carries it arrives.
create table ledger_case (
    case_id     uuid primary key,
    station_id  uuid,
    village_id  uuid,
    township_id uuid,
    kind        varchar(100),
    category    varchar(100),
    opened_at   timestamptz,
    closed_at   timestamptz,
    reopened_at timestamptz
);
create index ledger_case_village on ledger_case (village_id, kind);
create index ledger_case_station_opened on ledger_case (station_id, opened_at);
create index ledger_case_station_closed on ledger_case (station_id, closed_at);
