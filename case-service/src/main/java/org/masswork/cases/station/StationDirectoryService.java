package org.masswork.cases.station;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;

@ApplicationScoped
public class StationDirectoryService {

    private final KnownStationRepository stations;

    StationDirectoryService(KnownStationRepository stations) {
        this.stations = stations;
    }

    @Transactional
    public KnownStationView get(UUID stationId) {
        return KnownStationView.of(stations.get(stationId));
    }

    @Transactional
    public Page<KnownStationView> list(UUID townshipId, PageQuery page) {
        return Page.of(stations.search(townshipId), page, KnownStationView::of);
    }
}
