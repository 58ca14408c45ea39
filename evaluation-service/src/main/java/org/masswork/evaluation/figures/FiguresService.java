package org.masswork.evaluation.figures;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.platform.county.KnownCounties;
import org.masswork.evaluation.facts.KnownStation;
import org.masswork.evaluation.facts.KnownStationRepository;
import org.masswork.evaluation.facts.StationingRepository;
import org.masswork.platform.language.Text;
import org.masswork.platform.paging.FiguresRows;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.time.CountyPeriod;

@ApplicationScoped
public class FiguresService {

    private final FiguresQueries queries;
    private final KnownStationRepository stations;
    private final StationingRepository stationings;
    private final CallerScope caller;
    private final EvaluationRules rules;
    private final KnownCounties counties;

    FiguresService(FiguresQueries queries, KnownStationRepository stations, StationingRepository stationings,
                   CallerScope caller, EvaluationRules rules, KnownCounties counties) {
        this.queries = queries;
        this.stations = stations;
        this.stationings = stationings;
        this.caller = caller;
        this.rules = rules;
        this.counties = counties;
    }

    /**
     * The figures of the days {@code from} to {@code to}, both included, in the county's calendar ({@link CountyPeriod}:
     * {@code to} before {@code from} or over 366 days is a 400 naming {@code to}). An unknown station is 404 first; then
     * the scope (403); then an unknown cadre is 404, after the scope check so no one learns who exists.
     */
    @Transactional
    public WorkFiguresReport report(LocalDate from, LocalDate to, FiguresGrouping groupBy, UUID countyId, UUID townshipId,
                                    UUID stationId, UUID cadreId) {
        CountyPeriod.of(from, to, rules.zone()); // the days' 400 first; the zone is the county's, known after the scope
        KnownStation station = stationId == null ? null : stations.get(stationId);
        Narrowing narrowing = scoped(groupBy, countyId, townshipId, station, cadreId);
        if (cadreId != null && !queries.knowsCadre(narrowing.countyId(), cadreId)) {
            throw new NotFoundProblem(Text.of("干部", "cadre"), cadreId);
        }
        ZoneId zone = zone(narrowing);
        Period period = Period.of(CountyPeriod.of(from, to, zone));
        return new WorkFiguresReport(from, to, groupBy,
                FiguresRows.capped(queries.rows(groupBy, narrowing, period, LocalDate.now(zone))));
    }

    /** A station's figures for a month, without a scope check: for callers that already checked it. */
    public WorkFigures ofStation(KnownStation station, YearMonth month) {
        ZoneId zone = counties.zone(station.countyId, rules.zone());
        Period period = Period.month(month, zone);
        return queries.rows(FiguresGrouping.COUNTY, Narrowing.station(station.countyId, station.stationId), period,
                LocalDate.now(zone)).get(0);
    }

    /**
     * One county's figures are counted in its zone; figures across counties in the service's configured zone (the
     * counties of one province share it in practice).
     */
    private ZoneId zone(Narrowing narrowing) {
        return narrowing.countyId() == null ? rules.zone() : counties.zone(narrowing.countyId(), rules.zone());
    }

    /**
     * County roles ask for anything of their county (another county, or the province, is a 403). A township officer gets
     * their own township (another is a 403), its stations and the cadres ever stationed in it, each counted within the
     * township. A cadre or station leader gets their own figures, narrowed as they like; a station's team figures only
     * for the station they serve today by the record, and not grouped by cadre (a colleague's own figures are the
     * colleague's).
     */
    private Narrowing scoped(FiguresGrouping groupBy, UUID countyId, UUID townshipId, KnownStation station, UUID cadreId) {
        UUID stationId = station == null ? null : station.stationId;
        UUID county = caller.figuresCounty(countyId, groupBy == FiguresGrouping.PROVINCE,
                groupBy != FiguresGrouping.PROVINCE && groupBy != FiguresGrouping.COUNTY
                        || townshipId != null || stationId != null || cadreId != null);
        if (caller.isProvinceWide()) {
            return new Narrowing(county, townshipId, stationId, cadreId);
        }
        if (station != null) {
            caller.requireCounty(station.countyId);
        }
        if (caller.isCountyWide()) {
            return new Narrowing(county, townshipId, stationId, cadreId);
        }
        Optional<UUID> township = caller.township();
        if (township.isPresent()) {
            UUID own = township.get();
            boolean otherTownship = townshipId != null && !own.equals(townshipId);
            boolean otherStation = station != null && !own.equals(station.townshipId);
            boolean otherCadre = cadreId != null
                    && stationings.count("countyId = ?1 and cadreId = ?2 and townshipId = ?3", county, cadreId, own) == 0;
            if (otherTownship || otherStation || otherCadre) {
                throw new ForbiddenException();
            }
            return new Narrowing(county, own, stationId, cadreId);
        }
        UUID self = caller.cadre().orElseThrow(ForbiddenException::new);
        if (cadreId == null && station != null) {
            if (groupBy == FiguresGrouping.CADRE || caller.station().filter(stationId::equals).isEmpty()) {
                throw new ForbiddenException();
            }
            return new Narrowing(county, townshipId, stationId, null);
        }
        if (cadreId != null && !cadreId.equals(self)) {
            throw new ForbiddenException();
        }
        return new Narrowing(county, townshipId, stationId, self);
    }
}
