package org.masswork.cases.casefile;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Villager", description = "The villager; name, phone and address are masked for callers who do not handle the case")
public record VillagerView(
        UUID id,
        @Schema(maxLength = 50) String name,
        @Schema(maxLength = 20) String phone,
        @Schema(maxLength = 200) String address,
        boolean masked) {
}
