package org.masswork.cadre.checkin;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {

    /** Check-ins between two days of the area's county, station or township (null: any), by day; only those not counting if asked. */
    public PanacheQuery<CheckIn> search(LocalDate from, LocalDate to, WorkScope.Area area, boolean pendingOnly) {
        StringBuilder where = new StringBuilder("countyId = :county and checkedInOn between :from and :to");
        Parameters parameters = Parameters.with("from", from).and("to", to).and("county", area.countyId());
        if (area.stationId() != null) {
            where.append(" and stationId = :station");
            parameters.and("station", area.stationId());
        }
        if (area.townshipId() != null) {
            where.append(" and townshipId = :township");
            parameters.and("township", area.townshipId());
        }
        if (pendingOnly) {
            where.append(" and credited = false");
        }
        return find(where.toString(), Sort.by("checkedInOn").and("id"), parameters);
    }
}
