package org.masswork.risk.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class KnownCountyRepository implements PanacheRepositoryBase<KnownCounty, UUID> {
}
