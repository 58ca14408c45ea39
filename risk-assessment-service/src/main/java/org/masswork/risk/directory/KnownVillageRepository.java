package org.masswork.risk.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KnownVillageRepository implements PanacheRepositoryBase<KnownVillage, UUID> {

    /** The villages of the county among those ids: another county's are not known to it. */
    public List<KnownVillage> findAll(UUID countyId, Collection<UUID> villageIds) {
        return list("countyId = ?1 and villageId in ?2", countyId, villageIds);
    }

    public boolean stationInTownship(UUID countyId, UUID stationId, UUID townshipId) {
        return count("countyId = ?1 and stationId = ?2 and townshipId = ?3", countyId, stationId, townshipId) > 0;
    }
}
