package org.masswork.cadre.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
public class LedgerCaseRepository implements PanacheRepositoryBase<LedgerCase, UUID> {

    private static final String CLOSED = "c.closedAt is not null and (c.reopenedAt is null or c.reopenedAt < c.closedAt)";

    /** The case's row, new if no event of it was seen before, in the county its events name. */
    LedgerCase findOrNew(UUID caseId, UUID countyId) {
        return findByIdOptional(caseId).orElseGet(() -> {
            LedgerCase created = new LedgerCase();
            created.caseId = caseId;
            created.countyId = countyId;
            return created;
        });
    }

    /** Open and closed cases of a village, per kind. */
    public List<KindCount> perKind(UUID villageId) {
        return getEntityManager().createQuery("""
                        select c.kind, count(case when not (%s) then 1 end), count(case when %s then 1 end)
                        from LedgerCase c where c.villageId = :village group by c.kind order by c.kind"""
                        .formatted(CLOSED, CLOSED), Object[].class)
                .setParameter("village", villageId)
                .getResultList().stream()
                .map(row -> new KindCount((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .toList();
    }

    /** Cases of a station opened in the period [from, to). */
    public long openedAt(UUID stationId, OffsetDateTime from, OffsetDateTime to) {
        return count("stationId = ?1 and openedAt >= ?2 and openedAt < ?3", stationId, from, to);
    }

    /** Cases of a station whose (last) closing fell in the period [from, to). */
    public long closedAt(UUID stationId, OffsetDateTime from, OffsetDateTime to) {
        return find("from LedgerCase c where c.stationId = ?1 and c.closedAt >= ?2 and c.closedAt < ?3 and " + CLOSED,
                stationId, from, to).count();
    }

    public record KindCount(@Schema(maxLength = 100, description = "The case kind, as case-service names it") String kind,
                            @Schema(minimum = "0", maximum = "100000000") long open,
                            @Schema(minimum = "0", maximum = "100000000") long closed) {
    }
}
