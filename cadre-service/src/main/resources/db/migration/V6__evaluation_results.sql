-- The people's evaluation results of cadres, kept from evaluation-service's EvaluationConcluded events.
create table cadre_evaluation (
    cadre_id     uuid        not null,
    round_id     uuid        not null,
    period       varchar(20) not null,
    grade        varchar(30) not null,
    consequence  varchar(50) not null,
    concluded_at timestamptz not null,
    primary key (cadre_id, round_id)
);
