package org.masswork.evaluation.verdict;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.masswork.evaluation.figures.FiguresGrouping;
import org.masswork.evaluation.round.EvaluationRound;
import org.masswork.evaluation.round.RoundRepository;
import org.masswork.evaluation.round.RoundService;
import org.masswork.platform.paging.Page;
import org.masswork.platform.language.Text;
import org.masswork.platform.paging.FiguresRows;
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
        EvaluationRound round = rounds.get(roundId);
        return Page.of(verdicts.ranking(roundId, scopedTownship(round.countyId, townshipId), grade), page, VerdictView::of);
    }

    @Transactional
    public RoundReportView report(UUID roundId) {
        EvaluationRound round = rounds.get(roundId);
        if (!RoundService.countyWideIn(caller, round.countyId)) {
            throw new ForbiddenException();
        }
        List<GradeCounts> townships = verdicts.distribution(roundId);
        return new RoundReportView(round.id, round.period, GradeCounts.total(townships), townships);
    }

    /** The county's figures over the closed rounds of a year or half year, whatever their scopes: county roles only. */
    @Transactional
    public CountyReportView countyReport(String period) {
        UUID county = caller.county().filter(c -> caller.isCountyWide()).orElseThrow(ForbiddenException::new);
        List<GradeCounts> townships = verdicts.distribution(county, period);
        return new CountyReportView(period, verdicts.rounds(county, period), GradeCounts.total(townships), townships);
    }

    /**
     * Grades and consequences per province, county or township over a year or half year: province roles any county (below
     * the county only with {@code countyId}), a county's county roles their own county.
     */
    @Transactional
    public VerdictFiguresReport figures(String period, FiguresGrouping groupBy, UUID countyId) {
        groupBy.requireOneOf(FiguresGrouping.PROVINCE, FiguresGrouping.COUNTY, FiguresGrouping.TOWNSHIP);
        UUID county = caller.figuresCounty(countyId, groupBy == FiguresGrouping.PROVINCE,
                groupBy == FiguresGrouping.TOWNSHIP);
        if (!caller.isProvinceWide() && !caller.isCountyWide()) {
            throw new ForbiddenException();
        }
        return new VerdictFiguresReport(period, groupBy, FiguresRows.capped(verdicts.figures(period, groupBy, county)));
    }

    /** The verdicts given in the caller's county: a cadre who served in two counties has a history in each. */
    @Transactional
    public List<VerdictView> history(UUID cadreId) {
        UUID county = caller.county().orElseThrow(ForbiddenException::new);
        boolean own = caller.cadre().filter(cadreId::equals).isPresent();
        if (own || RoundService.countyWideIn(caller, county)) {
            return verdicts.history(county, cadreId).stream().map(VerdictView::of).toList();
        }
        UUID township = scopedTownship(county, null);
        return verdicts.history(county, cadreId).stream().filter(v -> v.townshipId.equals(township)).map(VerdictView::of).toList();
    }

    /** For the verdicts of a county: its county roles choose any township (or none); its township officers get their own. */
    private UUID scopedTownship(UUID countyId, UUID townshipId) {
        if (RoundService.countyWideIn(caller, countyId)) {
            return townshipId;
        }
        UUID own = caller.township().filter(t -> caller.hasRole(Role.TOWNSHIP_OFFICER)).orElseThrow(ForbiddenException::new);
        caller.requireTownship(countyId, townshipId == null ? own : townshipId);
        return own;
    }
}
