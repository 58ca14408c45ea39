-- A proposal has up to RiskProposal.MAX_REASONS reasons of up to MAX_REASON_LENGTH characters each, one a
-- line: far more than 4,000 characters when many risk factors score high.
alter table matter alter column proposal_reasons type text;
