package org.masswork.cadre.checkin;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {

    /** Check-ins between two days of a station or township (null: any), by day; only those not counting if asked. */
    public PanacheQuery<CheckIn> search(LocalDate from, LocalDate to, UUID stationId, UUID townshipId, boolean pendingOnly) {
        StringBuilder where = new StringBuilder("checkedInOn between :from and :to");
        Parameters parameters = Parameters.with("from", from).and("to", to);
        if (stationId != null) {
            where.append(" and stationId = :station");
            parameters.and("station", stationId);
        }
        if (townshipId != null) {
            where.append(" and townshipId = :township");
            parameters.and("township", townshipId);
        }
        if (pendingOnly) {
            where.append(" and credited = false");
        }
        return find(where.toString(), Sort.by("checkedInOn").and("id"), parameters);
    }
}
