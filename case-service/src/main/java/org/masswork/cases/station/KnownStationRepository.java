package org.masswork.cases.station;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.masswork.platform.persistence.ReferenceCache;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class KnownStationRepository implements PanacheRepositoryBase<KnownStation, UUID> {

    /**
     * Every filing names its station; a county has some 600, a province tens of thousands. A station's village and
     * township never change and a new one is asked for at once (misses are not kept), so copies live an hour. The
     * first filing in a county that misses loads all the county's stations in its one query, so the next filings at
     * the county's other stations ask the database nothing.
     */
    private final ReferenceCache<UUID, KnownStation> known = new ReferenceCache<>(Duration.ofHours(1), 100_000);
    private final TransactionSynchronizationRegistry transactions;

    KnownStationRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** A station of the directory, from memory when it was asked lately; read its fields only, never change it. */
    public Optional<KnownStation> findKnown(UUID id) {
        return known.getWithGroup(id, () -> sameCountyAs(id), station -> station.stationId);
    }

    /** Read-only: the county's stations are kept in memory, and the request's commit has no need to check them for changes. */
    private List<KnownStation> sameCountyAs(UUID id) {
        return find("countyId = (select s.countyId from KnownStation s where s.stationId = ?1)", id)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** Stores a station an event brought; {@link #findKnown} asks the database again once it committed. */
    public void save(KnownStation station) {
        persist(station);
        known.clearAfterCommit(transactions);
    }

    /** A station of the county; one of another county does not exist for its callers. */
    public KnownStation get(UUID countyId, UUID id) {
        return findByIdOptional(id).filter(station -> station.countyId.equals(countyId))
                .orElseThrow(() -> new NotFoundProblem(Text.of("工作站", "station"), id));
    }

    public PanacheQuery<KnownStation> search(UUID countyId, UUID townshipId) {
        return find("countyId = :county and (:township is null or townshipId = :township)",
                Sort.by("name").and("stationId"), Parameters.with("county", countyId).and("township", townshipId));
    }
}
