package org.masswork.cases.station;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.platform.persistence.ReferenceCache;

@ApplicationScoped
public class StationCadreRepository implements PanacheRepositoryBase<StationCadre, UUID> {

    /** Assigned (its CadreAssigned arrived), begun by {@code today} and not ended. */
    private static final String SERVING = "stationId = :station and role is not null and endedOn is null and startsOn <= :today";

    /** A team is 2-3 cadres; assignment events arriving late or out of order may briefly show a few more, never this many. */
    static final int MAX_SERVING = 20;

    /**
     * Asked for every step of a case and every filing: who serves a station on a day, kept per station (a county's
     * 590 stations, a province's 59,000) so that each of its cadres finds it. Exact on the replica that applied the
     * assignment's event; another replica's copy is at most 5 minutes old (a token naming the station lives 12 hours).
     */
    private final ReferenceCache<StationDay, Set<UUID>> servingCadres = new ReferenceCache<>(Duration.ofMinutes(5), 100_000);
    private final TransactionSynchronizationRegistry transactions;

    StationCadreRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Stores an assignment an event brought; the answers of {@link #serves} are asked again once it committed. */
    public void save(StationCadre assignment) {
        persist(assignment);
        servingCadres.clearAfterCommit(transactions);
    }

    StationCadre findOrNew(UUID assignmentId) {
        return findByIdOptional(assignmentId).orElseGet(() -> {
            StationCadre assignment = new StationCadre();
            assignment.assignmentId = assignmentId;
            return assignment;
        });
    }

    boolean serves(UUID cadreId, UUID stationId, LocalDate today) {
        return servingCadres.get(new StationDay(stationId, today), () -> Optional.of(list(SERVING,
                        Parameters.with("station", stationId).and("today", today)).stream()
                        .map(assignment -> assignment.cadreId).collect(Collectors.toUnmodifiableSet())))
                .orElseThrow().contains(cadreId);
    }

    List<StationCadre> serving(UUID stationId, LocalDate today) {
        return find(SERVING + " order by role, startsOn, cadreId", Parameters.with("station", stationId).and("today", today))
                .range(0, MAX_SERVING - 1).list();
    }

    private record StationDay(UUID stationId, LocalDate day) {
    }
}
