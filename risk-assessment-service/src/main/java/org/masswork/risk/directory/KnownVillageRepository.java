package org.masswork.risk.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KnownVillageRepository implements PanacheRepositoryBase<KnownVillage, UUID> {

    public List<KnownVillage> findAll(Collection<UUID> villageIds) {
        return list("villageId in ?1", villageIds);
    }

    public boolean stationInTownship(UUID stationId, UUID townshipId) {
        return count("stationId = ?1 and townshipId = ?2", stationId, townshipId) > 0;
    }
}
