-- Each cadre's result of a closed round, with every input of the formula so the reasons can be read.
create table verdict (
    round_id              uuid          not null,
    cadre_id              uuid          not null,
    station_id            uuid          not null,
    township_id           uuid          not null,
    period                varchar(7)    not null,
    ballots_valid         int           not null,
    satisfied             int           not null,
    basically_satisfied   int           not null,
    unsatisfied           int           not null,
    average_scores        numeric(4, 2),
    people_score          numeric(5, 2),
    supervision_score     numeric(5, 2),
    objective_score       numeric(5, 2) not null,
    total_score           numeric(5, 2) not null,
    grade                 varchar(30)   not null,
    consequence           varchar(50)   not null,
    concluded_at          timestamptz   not null,
    primary key (round_id, cadre_id)
);
create index verdict_cadre on verdict (cadre_id);
