package org.masswork.cadre.scope;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;
import org.masswork.platform.language.Text;

/**
 * Where the caller may see and act (households, visits, cards, attendance, reports, pairings), and whether they see
 * villagers' personal data in full: the station's own team, the township's officers, the county's administrators and
 * inspectors (who check visits by calling households). Other county-wide roles (organisation department, integrated
 * systems) read the figures with personal data masked; the other roles (decision owners, villagers) none of it.
 *
 * <p>Every check is made against the record's own county: a county's roles see nothing of another county's, which
 * answers as another township's does (a record by its id: 404; a filter or a body: 403), and a list holds only the
 * caller's county.
 *
 * <p>A cadre's or station leader's station is the one their token names <em>and</em> their assignment here says they
 * serve today ({@link CallerScope#station()}, {@link ServingAssignments}): a token naming a station its cadre does
 * not serve gives them no station at all. Three answers outside the scope:
 * <ul>
 *   <li>a record read or changed by its id (a household, a visit, a card, a report, an assignment): 404, as an
 *       unknown id, so its existence is not disclosed;</li>
 *   <li>a station named by a filter or a request body, whose token claims it while the record says the cadre does
 *       not serve it: 422 {@code cadre-not-serving}, as case-service answers;</li>
 *   <li>any other station, village or township named by a filter or a body: 403.</li>
 * </ul>
 */
@RequestScoped
public class WorkScope {

    /** What the API document says of a record read or changed by its id. */
    public static final String RECORD_SCOPE = "Outside the caller's scope (a station's team: their station; a township "
            + "officer: their township; county roles: their county) it is a 404, as an unknown id.";
    /** What the API document says of a list narrowed by {@link #area}. */
    public static final String LIST_SCOPE = "Narrowed to the caller's scope (a station's team: their station; a township "
            + "officer: their township; county roles: their county, or the township asked for); a station or township "
            + "filter outside it, another county's included, is a 403.";
    /** What the API document says of a station named by a filter or a body ({@link #requireStation}). */
    public static final String STATION_SCOPE = "The station must be in the caller's scope: one the token claims but the "
            + "cadre does not serve is a 422 cadre-not-serving, any other outside it a 403.";
    /** What the API document says of the county's directory (townships, villages, stations, departments, cadres). */
    public static final String DIRECTORY = "Part of the county's directory, which every signed-in caller of the county may "
            + "read; another county's is a 404, as an unknown id, and a list holds the caller's county only.";

    private final CallerScope caller;
    private final StationRepository stations;
    private final VillageRepository villages;
    private final TownshipRepository townships;

    WorkScope(CallerScope caller, StationRepository stations, VillageRepository villages, TownshipRepository townships) {
        this.caller = caller;
        this.stations = stations;
        this.villages = villages;
        this.townships = townships;
    }

    public CallerScope caller() {
        return caller;
    }

    /** The county the caller works for, which bounds every list; a caller whose token names none sees none (403). */
    public UUID county() {
        return caller.county().orElseThrow(ForbiddenException::new);
    }

    /** A record of the county's directory read by its id: another county's is a 404, as an unknown id. */
    public void requireOwnCounty(Text resource, UUID id, UUID countyId) {
        if (caller.county().filter(countyId::equals).isEmpty()) {
            throw new NotFoundProblem(resource, id);
        }
    }

    /** The station, if the caller covers it; 404 if it does not exist, else 422 or 403 outside the caller's scope. */
    public Station station(UUID stationId) {
        Station station = stations.get(stationId);
        requireStation(station.countyId, station.id, station.townshipId);
        return station;
    }

    /** The station of a village, if the caller covers it. */
    public Station stationOfVillage(UUID villageId) {
        Village village = villages.get(villageId);
        Station station = stationOf(village).orElseThrow(() ->
                new RuleViolationProblem("village-without-station",
                        Text.of("村 " + village.code + " 尚无工作站，请先登记其工作站", "Village " + village.code + " has no station yet; register its station first"), "villageId"));
        requireStation(station.countyId, station.id, station.townshipId);
        return station;
    }

    /** A station named by a filter or a body: 422 {@code cadre-not-serving} for a claim the record denies, else 403. */
    public void requireStation(UUID countyId, UUID stationId, UUID townshipId) {
        if (!caller.coversStation(countyId, stationId, townshipId)) {
            caller.requireServingIfClaimed(stationId);
            throw new ForbiddenException();
        }
    }

    /** A record of a station read or changed by its id: outside the caller's scope it does not exist (404). */
    public void requireVisible(Text resource, UUID id, UUID countyId, UUID stationId, UUID townshipId) {
        if (!caller.coversStation(countyId, stationId, townshipId)) {
            throw new NotFoundProblem(resource, id);
        }
    }

    public boolean seesPersonalData(UUID countyId, UUID stationId, UUID townshipId) {
        return caller.county().filter(countyId::equals).isPresent()
                && (caller.station().filter(stationId::equals).isPresent()
                || caller.township().filter(townshipId::equals).isPresent()
                || caller.hasRole(Role.COUNTY_ADMIN) || caller.hasRole(Role.INSPECTOR));
    }

    /** As {@link #seesPersonalData(UUID, UUID, UUID)}, for data of a village (its station's team). */
    public boolean seesPersonalDataOfVillage(UUID countyId, UUID villageId, UUID townshipId) {
        return caller.county().filter(countyId::equals).isPresent()
                && (caller.hasRole(Role.COUNTY_ADMIN) || caller.hasRole(Role.INSPECTOR)
                || caller.township().filter(townshipId::equals).isPresent()
                || caller.station().flatMap(stations::findByIdOptional).filter(s -> s.villageId.equals(villageId)).isPresent());
    }

    /**
     * Narrows a list's filters to the caller's scope: always the caller's county, then a station's team gets its
     * station, a township officer its township; asking for another station or township is refused, not an empty page.
     */
    public Area area(UUID stationId, UUID townshipId) {
        UUID county = county();
        if (stationId != null) {
            Station station = station(stationId);
            if (townshipId != null && !townshipId.equals(station.townshipId)) {
                throw new ForbiddenException();
            }
            return new Area(county, station.id, station.townshipId);
        }
        if (caller.isCountyWide()) {
            if (townshipId != null && !townships.inCounty(townshipId, county)) {
                throw new ForbiddenException();
            }
            return new Area(county, null, townshipId);
        }
        if (caller.township().isPresent()) {
            UUID own = caller.township().get();
            if (townshipId != null && !townshipId.equals(own)) {
                throw new ForbiddenException();
            }
            return new Area(county, null, own);
        }
        if (caller.station().isEmpty()) {
            caller.claimedStation().ifPresent(caller::requireServingIfClaimed);
            throw new ForbiddenException();
        }
        return area(caller.station().get(), townshipId);
    }

    /** The station of a village, if it has one yet. */
    public Optional<Station> stationOf(Village village) {
        return stations.find("villageId", village.id).firstResultOptional();
    }

    /** A list's scope: always one county; a null station or township means any of it. */
    public record Area(UUID countyId, UUID stationId, UUID townshipId) {
    }
}
