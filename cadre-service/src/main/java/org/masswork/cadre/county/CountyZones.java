package org.masswork.cadre.county;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each county's zone, its own setting (the county row), read once: all counties' at start, so a check-in's date costs
 * no round trip to the database, and a county registered since on its first use. A county's zone never changes.
 */
@ApplicationScoped
public class CountyZones {

    private final CountyRepository counties;
    private final Map<UUID, ZoneId> zones = new ConcurrentHashMap<>();

    CountyZones(CountyRepository counties) {
        this.counties = counties;
    }

    @Transactional
    void readAll(@Observes StartupEvent started) {
        counties.streamAll().forEach(county -> zones.put(county.id, ZoneId.of(county.zone)));
    }

    @Transactional
    public ZoneId of(UUID countyId) {
        return zones.computeIfAbsent(countyId, id -> ZoneId.of(counties.get(id).zone));
    }
}
