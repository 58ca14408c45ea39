package org.masswork.cadre.station;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Station")
public record StationView(
        UUID id,
        UUID villageId,
        UUID townshipId,
        @Schema(maxLength = 100) String name,
        @Schema(maxLength = 200) String address,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    static StationView of(Station station) {
        return new StationView(station.id, station.villageId, station.townshipId, station.name, station.address,
                station.version, station.recordedAt, station.receivedAt);
    }
}
