package org.masswork.cases.county;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.masswork.cases.CaseRules;
import org.masswork.platform.persistence.ReferenceCache;

@ApplicationScoped
public class KnownCountyRepository implements PanacheRepositoryBase<KnownCounty, UUID> {

    /** Every figures request of a county asks its zone; a province has some 100 counties, which rarely change. */
    private final ReferenceCache<UUID, ZoneId> zones = new ReferenceCache<>(Duration.ofHours(1), 10_000);
    private final TransactionSynchronizationRegistry transactions;
    private final CaseRules rules;

    KnownCountyRepository(TransactionSynchronizationRegistry transactions, CaseRules rules) {
        this.transactions = transactions;
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

    /** The zone of the county's calendar; the configured one for a county not known (yet). */
    public ZoneId zone(UUID countyId) {
        return zones.get(countyId, () -> findByIdOptional(countyId).map(county -> ZoneId.of(county.zone)))
                .orElse(rules.zone());
    }

    /** A county's zone changed: {@link #zone} asks the database again once it committed. */
    void changed() {
        zones.clearAfterCommit(transactions);
    }
}
