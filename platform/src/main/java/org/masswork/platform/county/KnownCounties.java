package org.masswork.platform.county;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.masswork.platform.persistence.ReferenceCache;

/**
 * The counties a service knows, and the zone each counts its days in. A county not known (yet), such as the default
 * county registered before counties had zones, counts in the zone the service is configured with, which the caller
 * passes.
 */
@ApplicationScoped
public class KnownCounties implements PanacheRepositoryBase<KnownCounty, UUID> {

    /** Figures and date checks ask a county's zone on every request; a province has some 100 counties, rarely changed. */
    private final ReferenceCache<UUID, ZoneId> zones = new ReferenceCache<>(Duration.ofHours(1), 10_000);
    private final TransactionSynchronizationRegistry transactions;

    KnownCounties(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    public ZoneId zone(UUID countyId, ZoneId otherwise) {
        return zones.get(countyId, () -> findByIdOptional(countyId).map(county -> ZoneId.of(county.zone))).orElse(otherwise);
    }

    public LocalDate today(UUID countyId, ZoneId otherwise) {
        return LocalDate.now(zone(countyId, otherwise));
    }

    /** The county, known from now on if it was not, in the given zone until its CountyRegistered arrives. */
    public KnownCounty findOrAdd(UUID countyId, ZoneId zone) {
        return findByIdOptional(countyId).orElseGet(() -> {
            KnownCounty county = new KnownCounty();
            county.countyId = countyId;
            county.zone = zone.getId();
            persist(county);
            return county;
        });
    }

    /**
     * Keeps a county as cadre-service registered it, or names one known from its stations. A zone Java does not know
     * fails here, so the event is parked rather than every figure of the county failing later.
     */
    void register(CountyRegistered event) {
        KnownCounty county = findByIdOptional(event.countyId()).orElseGet(KnownCounty::new);
        county.countyId = event.countyId();
        county.code = event.code();
        county.name = event.name();
        county.zone = ZoneId.of(event.zone()).getId();
        persist(county);
        zones.clearAfterCommit(transactions);
    }
}
