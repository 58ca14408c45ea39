package org.masswork.cadre.assignment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    public static final Text ASSIGNMENT = Text.of("派驻", "assignment");

    public Assignment get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(ASSIGNMENT, id));
    }

    public List<Assignment> activeForStation(UUID stationId) {
        return list("stationId = ?1 and endedOn is null", Sort.by("role").and("startsOn"), stationId);
    }

    public Optional<Assignment> activeForCadre(UUID cadreId) {
        return find("cadreId = ?1 and endedOn is null", cadreId).firstResultOptional();
    }

    /**
     * The cadre's active assignment with the village and township of its station, in one query: a check-in needs
     * both (a station day's event names the village). A named query, which Hibernate parses at boot: parsed instead
     * by the first check-ins of a burst, each on its own, their parses held about 20 MB at once and the collector ran
     * full collections back to back (docs/benchmarks/2026-12-05-burst-start.md).
     */
    public Optional<AssignmentAtStation> activeWithStation(UUID cadreId) {
        return getEntityManager().createNamedQuery(Assignment.ACTIVE_WITH_STATION, AssignmentAtStation.class)
                .setParameter("cadre", cadreId)
                .getResultStream().findFirst();
    }

    /** The cadre's assignment at the station that has not ended, begun or not. */
    public Optional<ActiveAssignment> activeAt(UUID cadreId, UUID stationId) {
        return getEntityManager().createQuery("""
                        select new org.masswork.cadre.assignment.ActiveAssignment(a.cadreId, a.countyId, a.stationId, a.townshipId, a.startsOn)
                        from Assignment a where a.cadreId = :cadre and a.stationId = :station and a.endedOn is null""",
                        ActiveAssignment.class)
                .setParameter("cadre", cadreId).setParameter("station", stationId)
                .getResultStream().findFirst();
    }

    /** Whether the cadre has held an assignment at the station, ended or not. */
    public boolean servedAt(UUID cadreId, UUID stationId) {
        return count("cadreId = ?1 and stationId = ?2", cadreId, stationId) > 0;
    }

    public List<Assignment> ofCadre(UUID cadreId) {
        return list("cadreId", Sort.by("startsOn"), cadreId);
    }

    /** Active terms ending on or before {@code until}, including those already past their end. */
    public PanacheQuery<Assignment> endingBy(LocalDate until, WorkScope.Area area) {
        return find("countyId = :county and endedOn is null and termEndsOn <= :until"
                        + " and (:township is null or townshipId = :township)",
                Sort.by("termEndsOn").and("id"),
                Parameters.with("until", until).and("county", area.countyId()).and("township", area.townshipId()));
    }

    public PanacheQuery<Assignment> matchingExceptions(WorkScope.Area area, boolean activeOnly) {
        return find("countyId = :county and matchingException = true and (:township is null or townshipId = :township)"
                        + " and (:activeOnly = false or endedOn is null)",
                Sort.by("startsOn").descending().and("id"),
                Parameters.with("county", area.countyId()).and("township", area.townshipId()).and("activeOnly", activeOnly));
    }
}
