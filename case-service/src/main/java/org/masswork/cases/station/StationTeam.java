package org.masswork.cases.station;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.masswork.cases.CaseRules;
import org.masswork.platform.security.StationAssignments;

/**
 * Which cadres serve a station today, as cadre-service's assignments say (not as a token claims): the record
 * {@link org.masswork.platform.security.CallerScope} checks a cadre's station claim against.
 */
@ApplicationScoped
public class StationTeam implements StationAssignments {

    private final StationCadreRepository assignments;
    private final KnownStationRepository stations;
    private final CaseRules rules;

    StationTeam(StationCadreRepository assignments, KnownStationRepository stations, CaseRules rules) {
        this.assignments = assignments;
        this.stations = stations;
        this.rules = rules;
    }

    @Override
    @Transactional
    public boolean serves(UUID cadreId, UUID stationId) {
        return cadreId != null && assignments.serves(cadreId, stationId, today());
    }

    @Transactional
    public List<StationCadreView> serving(UUID countyId, UUID stationId) {
        stations.get(countyId, stationId);
        return assignments.serving(stationId, today()).stream().map(StationCadreView::of).toList();
    }

    private LocalDate today() {
        return LocalDate.now(rules.zone());
    }
}
