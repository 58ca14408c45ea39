package org.masswork.evaluation.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.evaluation.facts.KnownStation;
import org.masswork.evaluation.facts.KnownStationRepository;
import org.masswork.evaluation.facts.StationingRepository;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class FiguresService {

    private final FiguresQueries queries;
    private final KnownStationRepository stations;
    private final StationingRepository stationings;
    private final CallerScope caller;
    private final EvaluationRules rules;

    FiguresService(FiguresQueries queries, KnownStationRepository stations, StationingRepository stationings,
                   CallerScope caller, EvaluationRules rules) {
        this.queries = queries;
        this.stations = stations;
        this.stationings = stationings;
        this.caller = caller;
        this.rules = rules;
    }

    /**
     * A cadre sees their own figures; county roles all; a township officer those of cadres stationed there.
     * A cadre never assigned (as far as the events tell) is 404, after the scope check so no one learns who exists.
     */
    @Transactional
    public CadreFiguresView cadre(UUID cadreId, YearMonth month) {
        boolean own = caller.cadre().filter(cadreId::equals).isPresent();
        boolean inTownship = caller.township().filter(t -> stationings.count("cadreId = ?1 and townshipId = ?2", cadreId, t) > 0).isPresent();
        if (!own && !caller.isCountyWide() && !(caller.hasRole(Role.TOWNSHIP_OFFICER) && inTownship)) {
            throw new ForbiddenException();
        }
        if (!queries.knowsCadre(cadreId)) {
            throw new NotFoundProblem(Text.of("干部", "cadre"), cadreId);
        }
        Period period = Period.month(month, rules.zone());
        List<UUID> served = queries.stationsOf(cadreId, period);
        return new CadreFiguresView(cadreId, month.toString(), served, queries.cadreWork(cadreId, period, today()),
                queries.cases(served, period));
    }

    @Transactional
    public StationFiguresView station(UUID stationId, YearMonth month) {
        KnownStation station = stations.get(stationId);
        caller.requireStation(stationId, station.townshipId);
        return of(station, month);
    }

    /** Without a scope check: for callers that already checked it. */
    public StationFiguresView of(KnownStation station, YearMonth month) {
        Period period = Period.month(month, rules.zone());
        return new StationFiguresView(station.stationId, station.townshipId, month.toString(),
                queries.stationWork(station.stationId, period, today()), queries.cases(List.of(station.stationId), period));
    }

    private LocalDate today() {
        return LocalDate.now(rules.zone());
    }
}
