package org.masswork.evaluation.supervision;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A station team with no review for the month asked. */
@Schema(name = "UnreviewedStation")
public record UnreviewedStationView(UUID stationId, UUID villageId, UUID townshipId) {
}
