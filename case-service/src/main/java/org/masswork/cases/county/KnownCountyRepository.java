package org.masswork.cases.county;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.masswork.cases.CaseRules;

@ApplicationScoped
public class KnownCountyRepository implements PanacheRepositoryBase<KnownCounty, UUID> {

    private final CaseRules rules;

    KnownCountyRepository(CaseRules rules) {
        this.rules = rules;
    }

    /** The county, known from now on if it was not: in the configured zone until its CountyRegistered arrives. */
    public KnownCounty findOrAdd(UUID countyId) {
        return findByIdOptional(countyId).orElseGet(() -> {
            KnownCounty county = new KnownCounty();
            county.countyId = countyId;
            county.zone = rules.zone().getId();
            persist(county);
            return county;
        });
    }
}
