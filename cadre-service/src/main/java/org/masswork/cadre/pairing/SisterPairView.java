package org.masswork.cadre.pairing;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SisterPair")
public record SisterPairView(
        UUID id,
        @Schema(maxLength = 100) String partyOrganisation,
        UUID villageId,
        UUID townshipId,
        LocalDate pairedOn) {

    static SisterPairView of(SisterPair pair) {
        return new SisterPairView(pair.id, pair.partyOrganisation, pair.villageId, pair.townshipId, pair.pairedOn);
    }
}
