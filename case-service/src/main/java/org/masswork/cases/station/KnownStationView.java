package org.masswork.cases.station;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KnownStation")
public record KnownStationView(
        UUID stationId,
        @Schema(maxLength = 100) String name,
        UUID villageId,
        @Schema(maxLength = 100) String villageName,
        @Schema(maxLength = 20) String villageType,
        UUID townshipId,
        @Schema(maxLength = 100) String townshipName,
        OffsetDateTime registeredAt) {

    static KnownStationView of(KnownStation station) {
        return new KnownStationView(station.stationId, station.name, station.villageId, station.villageName,
                station.villageType, station.townshipId, station.townshipName, station.registeredAt);
    }
}
