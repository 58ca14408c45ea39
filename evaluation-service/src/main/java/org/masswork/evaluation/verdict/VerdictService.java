package org.masswork.evaluation.verdict;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.masswork.evaluation.round.EvaluationRound;
import org.masswork.evaluation.round.RoundRepository;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;

/** Reading verdicts: county roles (the organisation department among them) all, township officers their township, a cadre their own. */
@ApplicationScoped
public class VerdictService {

    private final VerdictRepository verdicts;
    private final RoundRepository rounds;
    private final CallerScope caller;

    VerdictService(VerdictRepository verdicts, RoundRepository rounds, CallerScope caller) {
        this.verdicts = verdicts;
        this.rounds = rounds;
        this.caller = caller;
    }

    @Transactional
    public Page<VerdictView> ranking(UUID roundId, UUID townshipId, Grade grade, PageQuery page) {
        rounds.get(roundId);
        return Page.of(verdicts.ranking(roundId, scopedTownship(townshipId), grade), page, VerdictView::of);
    }

    @Transactional
    public RoundReportView report(UUID roundId) {
        EvaluationRound round = rounds.get(roundId);
        if (!caller.isCountyWide()) {
            throw new ForbiddenException();
        }
        List<GradeCounts> townships = verdicts.distribution(roundId);
        return new RoundReportView(round.id, round.period, GradeCounts.total(townships), townships);
    }

    /** The county's figures over the closed rounds of a year or half year, whatever their scopes: county roles only. */
    @Transactional
    public CountyReportView countyReport(String period) {
        if (!caller.isCountyWide()) {
            throw new ForbiddenException();
        }
        List<GradeCounts> townships = verdicts.distribution(period);
        return new CountyReportView(period, verdicts.rounds(period), GradeCounts.total(townships), townships);
    }

    @Transactional
    public List<VerdictView> history(UUID cadreId) {
        boolean own = caller.cadre().filter(cadreId::equals).isPresent();
        if (own || caller.isCountyWide()) {
            return verdicts.history(cadreId).stream().map(VerdictView::of).toList();
        }
        UUID township = scopedTownship(null);
        return verdicts.history(cadreId).stream().filter(v -> v.townshipId.equals(township)).map(VerdictView::of).toList();
    }

    private UUID scopedTownship(UUID townshipId) {
        if (caller.isCountyWide()) {
            return townshipId;
        }
        UUID own = caller.township().filter(t -> caller.hasRole(Role.TOWNSHIP_OFFICER)).orElseThrow(ForbiddenException::new);
        caller.requireTownship(townshipId == null ? own : townshipId);
        return own;
    }
}
