package org.masswork.cadre.village;

import java.util.UUID;

/**
 * Fired inside the transaction that reclassifies a village, so the teams feature can re-check its
 * assignments against the matching rule without the village feature depending on it.
 */
public record VillageReclassified(UUID villageId, VillageType fromType, VillageType toType) {
}
