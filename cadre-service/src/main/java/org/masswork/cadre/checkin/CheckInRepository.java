package org.masswork.cadre.checkin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {

    public boolean exists(UUID cadreId, UUID stationId, LocalDate date) {
        return count("cadreId = ?1 and stationId = ?2 and checkedInOn = ?3", cadreId, stationId, date) > 0;
    }
}
