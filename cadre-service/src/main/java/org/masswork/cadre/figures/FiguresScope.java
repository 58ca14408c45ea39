package org.masswork.cadre.figures;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.masswork.cadre.county.County;
import org.masswork.cadre.county.CountyRepository;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.platform.security.CallerScope;

/**
 * Where a figures report counts (docs/architecture.md, "Figures endpoints"): the county by
 * {@link CallerScope#figuresCounty}, a county's roles within their scope as every list ({@link WorkScope#area}), the
 * province's roles a station or township only of the county they name.
 */
@RequestScoped
public class FiguresScope {

    private final CallerScope caller;
    private final WorkScope scope;
    private final StationRepository stations;
    private final TownshipRepository townships;
    private final CountyRepository counties;

    FiguresScope(CallerScope caller, WorkScope scope, StationRepository stations, TownshipRepository townships,
                 CountyRepository counties) {
        this.caller = caller;
        this.scope = scope;
        this.stations = stations;
        this.townships = townships;
        this.counties = counties;
    }

    /** The area counted; a null county is every county of the province. */
    public WorkScope.Area area(FiguresGrouping groupBy, UUID countyId, UUID stationId, UUID townshipId) {
        UUID county = caller.figuresCounty(countyId, groupBy == FiguresGrouping.PROVINCE,
                groupBy.belowCounty() || stationId != null || townshipId != null);
        if (!caller.isProvinceWide()) {
            return scope.area(stationId, townshipId);
        }
        if (county == null) {
            return new WorkScope.Area(null, null, null);
        }
        if (stationId != null) {
            Station station = stations.get(stationId);
            if (!station.countyId.equals(county) || townshipId != null && !townshipId.equals(station.townshipId)) {
                throw new ForbiddenException();
            }
            return new WorkScope.Area(county, station.id, station.townshipId);
        }
        if (townshipId != null && !townships.inCounty(townshipId, county)) {
            throw new ForbiddenException();
        }
        return new WorkScope.Area(county, null, townshipId);
    }

    /** The counties a COUNTY grouping of this area has a row for, each even without a figure, by code. */
    public List<County> countiesOf(WorkScope.Area area) {
        return area.countyId() == null ? counties.listAll(Sort.by("code"))
                : List.of(counties.get(area.countyId()));
    }
}
