package org.masswork.evaluation.facts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class StationDayAttendanceRepository implements PanacheRepositoryBase<StationDayAttendance, UUID> {
}
