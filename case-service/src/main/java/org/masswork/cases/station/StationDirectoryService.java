package org.masswork.cases.station;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.CallerScope;

@ApplicationScoped
public class StationDirectoryService {

    private final KnownStationRepository stations;
    private final StationTeam team;
    private final CallerScope caller;

    StationDirectoryService(KnownStationRepository stations, StationTeam team, CallerScope caller) {
        this.stations = stations;
        this.team = team;
        this.caller = caller;
    }

    @Transactional
    public KnownStationView get(UUID stationId) {
        return KnownStationView.of(stations.get(county(), stationId));
    }

    public List<StationCadreView> cadres(UUID stationId) {
        return team.serving(county(), stationId);
    }

    @Transactional
    public Page<KnownStationView> list(UUID townshipId, PageQuery page) {
        return Page.of(stations.search(county(), townshipId), page, KnownStationView::of);
    }

    /** The directory a caller reads is their county's; a token naming no county reads none. */
    private UUID county() {
        return caller.county().orElseThrow(ForbiddenException::new);
    }
}
