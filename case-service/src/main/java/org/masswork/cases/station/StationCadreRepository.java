package org.masswork.cases.station;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.platform.persistence.ReferenceCache;

@ApplicationScoped
public class StationCadreRepository implements PanacheRepositoryBase<StationCadre, UUID> {

    /** Assigned (its CadreAssigned arrived), begun by {@code today} and not ended. */
    private static final String SERVING = "stationId = :station and role is not null and endedOn is null and startsOn <= :today";

    /** A team is 2-3 cadres; assignment events arriving late or out of order may briefly show a few more, never this many. */
    static final int MAX_SERVING = 20;

    /** Asked for every step of a case and every filing at a station: who serves which station, today. */
    private final ReferenceCache<Serving, Boolean> serving = new ReferenceCache<>(Duration.ofSeconds(30), 50_000);
    private final TransactionSynchronizationRegistry transactions;

    StationCadreRepository(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    /** Stores an assignment an event brought; the answers of {@link #serves} are asked again once it committed. */
    void save(StationCadre assignment) {
        persist(assignment);
        serving.clearAfterCommit(transactions);
    }

    StationCadre findOrNew(UUID assignmentId) {
        return findByIdOptional(assignmentId).orElseGet(() -> {
            StationCadre assignment = new StationCadre();
            assignment.assignmentId = assignmentId;
            return assignment;
        });
    }

    boolean serves(UUID cadreId, UUID stationId, LocalDate today) {
        return serving.get(new Serving(cadreId, stationId, today), () -> count(SERVING + " and cadreId = :cadre",
                Parameters.with("station", stationId).and("today", today).and("cadre", cadreId)) > 0
                ? Optional.of(true) : Optional.empty()).isPresent();
    }

    List<StationCadre> serving(UUID stationId, LocalDate today) {
        return find(SERVING + " order by role, startsOn, cadreId", Parameters.with("station", stationId).and("today", today))
                .range(0, MAX_SERVING - 1).list();
    }

    private record Serving(UUID cadreId, UUID stationId, LocalDate day) {
    }
}
