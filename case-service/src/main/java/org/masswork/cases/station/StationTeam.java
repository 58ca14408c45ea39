package org.masswork.cases.station;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.masswork.cases.CaseRules;
import org.masswork.platform.county.KnownCounties;
import org.masswork.platform.security.StationAssignments;

/**
 * Which cadres serve a station today in its county, as cadre-service's assignments say (not as a token claims): the record
 * {@link org.masswork.platform.security.CallerScope} checks a cadre's station claim against.
 */
@ApplicationScoped
public class StationTeam implements StationAssignments {

    private final StationCadreRepository assignments;
    private final KnownStationRepository stations;
    private final KnownCounties counties;
    private final CaseRules rules;

    StationTeam(StationCadreRepository assignments, KnownStationRepository stations, KnownCounties counties, CaseRules rules) {
        this.assignments = assignments;
        this.stations = stations;
        this.counties = counties;
        this.rules = rules;
    }

    @Override
    @Transactional
    public boolean serves(UUID cadreId, UUID stationId) {
        return cadreId != null && assignments.serves(cadreId, stationId, today(stationId));
    }

    @Transactional
    public List<StationCadreView> serving(UUID countyId, UUID stationId) {
        stations.get(countyId, stationId);
        return assignments.serving(stationId, counties.today(countyId, rules.zone())).stream().map(StationCadreView::of).toList();
    }

    /** Today in the station's county; a station not known yet (its StationRegistered to come) in the configured zone. */
    private LocalDate today(UUID stationId) {
        return stations.findKnown(stationId).map(station -> counties.today(station.countyId, rules.zone()))
                .orElseGet(() -> LocalDate.now(rules.zone()));
    }
}
