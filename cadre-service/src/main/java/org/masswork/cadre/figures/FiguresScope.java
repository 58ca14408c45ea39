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
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.language.Text;
import org.masswork.platform.security.CallerScope;

/**
 * Where a figures report counts (docs/architecture.md, "Figures endpoints"). A county's roles count in their county
 * only, within their scope as every list ({@link WorkScope#area}); a {@code countyId} of another county, or the
 * PROVINCE level, is a 403. The province's roles count across every county: PROVINCE (one row) and COUNTY (a row per
 * county) without a {@code countyId}, every level with one; a level or a filter below the county needs it (400).
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
        if (!caller.isProvinceWide()) {
            if (groupBy == FiguresGrouping.PROVINCE
                    || countyId != null && caller.county().filter(countyId::equals).isEmpty()) {
                throw new ForbiddenException();
            }
            return scope.area(stationId, townshipId);
        }
        if (countyId == null) {
            if (groupBy.belowCounty() || stationId != null || townshipId != null) {
                throw new InvalidParameter("countyId", Text.of("按乡镇、工作站或干部统计或筛选时须给出县",
                        "is required to group or narrow below the county"));
            }
            return new WorkScope.Area(null, null, null);
        }
        if (stationId != null) {
            Station station = stations.get(stationId);
            if (!station.countyId.equals(countyId) || townshipId != null && !townshipId.equals(station.townshipId)) {
                throw new ForbiddenException();
            }
            return new WorkScope.Area(countyId, station.id, station.townshipId);
        }
        if (townshipId != null && !townships.inCounty(townshipId, countyId)) {
            throw new ForbiddenException();
        }
        return new WorkScope.Area(countyId, null, townshipId);
    }

    /** The counties a COUNTY grouping of this area has a row for, each even without a figure, by code. */
    public List<County> countiesOf(WorkScope.Area area) {
        return area.countyId() == null ? counties.listAll(Sort.by("code"))
                : List.of(counties.get(area.countyId()));
    }
}
