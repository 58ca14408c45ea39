-- The reasons of the three rules' checks kept with a decision, and the proposal's reasons kept when the level is set,
-- are worded in each language (issue 17); views show the reader's.
--
-- Rows written before this were one mixed text: English sentences with the Chinese name of a criterion or level in
-- brackets ("feasibility (可行性) scored 2 of 5", "risk level HIGH (高风险)"). They keep that stored text as their
-- Chinese wording (reason_zh, proposal_reasons_zh), as it was shown to Chinese readers, and take it without the
-- bracketed Chinese as their English wording (reason_en, proposal_reasons_en), which is then wholly English except
-- for what people typed in (a risk factor's description).
alter table matter_decision_check rename column reason to reason_zh;
alter table matter_decision_check add column reason_en varchar(1000);
update matter_decision_check
   set reason_en = regexp_replace(reason_zh, '\s*\([^()]*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][^()]*\)', '', 'g');
alter table matter_decision_check alter column reason_en set not null;

alter table matter rename column proposal_reasons to proposal_reasons_zh;
alter table matter add column proposal_reasons_en text;
update matter
   set proposal_reasons_en = regexp_replace(proposal_reasons_zh, '\s*\([^()]*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef][^()]*\)', '', 'g')
 where proposal_reasons_zh is not null;
