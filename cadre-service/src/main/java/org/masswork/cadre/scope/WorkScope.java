package org.masswork.cadre.scope;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;

/**
 * Where the caller may see and act (households, visits, cards, attendance), and whether they see villagers' personal
 * data in full: the station's own team, the township's officers, the county's administrators and
 * inspectors (who check visits by calling households). Other county-wide roles (organisation
 * department, integrated systems) read the figures with personal data masked.
 */
@RequestScoped
public class WorkScope {

    private final CallerScope caller;
    private final StationRepository stations;
    private final VillageRepository villages;

    WorkScope(CallerScope caller, StationRepository stations, VillageRepository villages) {
        this.caller = caller;
        this.stations = stations;
        this.villages = villages;
    }

    public CallerScope caller() {
        return caller;
    }

    /** The station, if the caller covers it; 404 if it does not exist, 403 if outside the caller's scope. */
    public Station station(UUID stationId) {
        Station station = stations.get(stationId);
        caller.requireStation(station.id, station.townshipId);
        return station;
    }

    /** The station of a village, if the caller covers it. */
    public Station stationOfVillage(UUID villageId) {
        Village village = villages.get(villageId);
        Station station = stations.find("villageId", village.id).firstResultOptional().orElseThrow(() ->
                new RuleViolationProblem("village-without-station",
                        "Village " + village.code + " has no station yet; register its station first", "villageId"));
        caller.requireStation(station.id, station.townshipId);
        return station;
    }

    public void requireStation(UUID stationId, UUID townshipId) {
        caller.requireStation(stationId, townshipId);
    }

    public boolean seesPersonalData(UUID stationId, UUID townshipId) {
        return caller.station().filter(stationId::equals).isPresent()
                || caller.hasRole(Role.TOWNSHIP_OFFICER) && caller.township().filter(townshipId::equals).isPresent()
                || caller.hasRole(Role.COUNTY_ADMIN) || caller.hasRole(Role.INSPECTOR);
    }

    /**
     * Narrows a list's filters to the caller's scope: a station's team gets its station, a township
     * officer its township; asking for another station or township is a 403, not an empty page.
     */
    public Area area(UUID stationId, UUID townshipId) {
        if (stationId != null) {
            Station station = station(stationId);
            if (townshipId != null && !townshipId.equals(station.townshipId)) {
                throw new ForbiddenException();
            }
            return new Area(station.id, station.townshipId);
        }
        if (caller.isCountyWide()) {
            return new Area(null, townshipId);
        }
        if (caller.hasRole(Role.TOWNSHIP_OFFICER) && caller.township().isPresent()) {
            UUID own = caller.township().get();
            if (townshipId != null && !townshipId.equals(own)) {
                throw new ForbiddenException();
            }
            return new Area(null, own);
        }
        UUID own = caller.station().orElseThrow(ForbiddenException::new);
        return area(own, townshipId);
    }

    /** A list's scope: null means any. */
    public record Area(UUID stationId, UUID townshipId) {
    }
}
