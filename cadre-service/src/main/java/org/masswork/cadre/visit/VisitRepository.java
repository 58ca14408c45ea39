package org.masswork.cadre.visit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class VisitRepository implements PanacheRepositoryBase<Visit, UUID> {

    public Visit get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("走访", "visit"), id));
    }

    /** Whether the visit is recorded already; only where the answer is needed before the insert (a code to try). */
    public boolean recorded(UUID cadreId, UUID householdId, LocalDate visitedOn) {
        return count("cadreId = ?1 and householdId = ?2 and visitedOn = ?3", cadreId, householdId, visitedOn) > 0;
    }

    /**
     * The household's place and the cadre's active assignment (a cadre holds at most one, at whichever station), in
     * one query: empty if there is no such household. A named query, parsed at boot like a check-in's
     * ({@link org.masswork.cadre.assignment.AssignmentRepository#activeWithStation}).
     */
    public Optional<VisitedHousehold> householdFor(UUID cadreId, UUID householdId) {
        return getEntityManager().createNamedQuery(Visit.HOUSEHOLD_FOR, VisitedHousehold.class)
                .setParameter("cadre", cadreId).setParameter("household", householdId)
                .getResultStream().findFirst();
    }

    public List<Visit> ofCadreOn(UUID cadreId, LocalDate day) {
        return list("cadreId = ?1 and visitedOn = ?2", Sort.by("receivedAt").and("id"), cadreId, day);
    }

    /** Newest visits first. */
    public PanacheQuery<Visit> search(VisitFilter filter) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        add(where, parameters, "countyId", filter.countyId());
        add(where, parameters, "stationId", filter.stationId());
        add(where, parameters, "townshipId", filter.townshipId());
        add(where, parameters, "villageId", filter.villageId());
        add(where, parameters, "householdId", filter.householdId());
        add(where, parameters, "cadreId", filter.cadreId());
        if (filter.from() != null) {
            where.add("visitedOn >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("visitedOn <= :to");
            parameters.and("to", filter.to());
        }
        if (filter.confirmed() != null) {
            where.add(filter.confirmed() ? "confirmationMethod is not null" : "confirmationMethod is null");
        }
        if (filter.followUpNeeded() != null) {
            where.add("followUpNeeded = :followUp");
            parameters.and("followUp", filter.followUpNeeded());
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        return find(query, Sort.by("visitedOn").descending().and("id"), parameters);
    }

    /** Households of the village visited in the period: all visits, and confirmed ones only. */
    public Coverage coverage(UUID villageId, LocalDate from, LocalDate to) {
        Object[] row = getEntityManager().createQuery("""
                        select count(distinct v.householdId),
                               count(distinct case when v.confirmationMethod is not null then v.householdId end)
                        from Visit v where v.villageId = :village and v.visitedOn between :from and :to""", Object[].class)
                .setParameter("village", villageId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new Coverage(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Visits of a village or station in the period, confirmed and not. */
    public Counts counts(String scopeField, UUID scopeId, LocalDate from, LocalDate to) {
        Object[] row = getEntityManager().createQuery("""
                        select count(case when v.confirmationMethod is not null then 1 end),
                               count(case when v.confirmationMethod is null then 1 end)
                        from Visit v where v.%s = :scope and v.visitedOn between :from and :to""".formatted(scopeField),
                        Object[].class)
                .setParameter("scope", scopeId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public long householdsVisited(UUID stationId, LocalDate from, LocalDate to) {
        return getEntityManager().createQuery("""
                        select count(distinct v.householdId) from Visit v
                        where v.stationId = :station and v.visitedOn between :from and :to""", Long.class)
                .setParameter("station", stationId).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
    }

    /** Visits of a station in the period that need a follow-up, oldest first. */
    public List<Visit> followUps(UUID stationId, LocalDate from, LocalDate to) {
        return list("stationId = ?1 and visitedOn between ?2 and ?3 and followUpNeeded = true",
                Sort.by("visitedOn").and("id"), stationId, from, to);
    }

    private static void add(List<String> where, Parameters parameters, String field, UUID value) {
        if (value != null) {
            where.add(field + " = :" + field);
            parameters.and(field, value);
        }
    }

    public record Coverage(long visitedHouseholds, long confirmedVisitedHouseholds) {
    }

    public record Counts(long confirmed, long unconfirmed) {
    }
}
