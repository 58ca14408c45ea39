package org.masswork.evaluation.facts;

import jakarta.enterprise.context.ApplicationScoped;
import org.masswork.platform.event.EventEnvelope;
import org.masswork.platform.inbox.EventHandler;

@ApplicationScoped
public class StationDayAttendedHandler implements EventHandler<StationDayAttended> {

    private final StationDayAttendanceRepository attendances;

    StationDayAttendedHandler(StationDayAttendanceRepository attendances) {
        this.attendances = attendances;
    }

    @Override
    public String eventType() {
        return "StationDayAttended";
    }

    @Override
    public Class<StationDayAttended> payloadType() {
        return StationDayAttended.class;
    }

    @Override
    public void handle(EventEnvelope envelope, StationDayAttended event) {
        StationDayAttendance attendance = attendances.findByIdOptional(event.checkInId()).orElseGet(StationDayAttendance::new);
        attendance.checkInId = event.checkInId();
        attendance.countyId = envelope.county();
        attendance.cadreId = event.cadreId();
        attendance.stationId = event.stationId();
        attendance.townshipId = event.townshipId();
        attendance.day = event.date();
        attendances.persist(attendance);
    }
}
