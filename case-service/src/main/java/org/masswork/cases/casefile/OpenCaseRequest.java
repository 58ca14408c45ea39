package org.masswork.cases.casefile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.petition.PetitionMode;

public record OpenCaseRequest(
        @NotNull CaseKind kind,
        @NotNull CaseChannel channel,
        @NotNull CaseCategory category,
        @NotNull @Schema(description = "A station of the station directory") UUID stationId,
        @NotNull @Valid VillagerInput villager,
        @Schema(description = "The household visit the matter came from, if any") UUID visitId,
        @NotBlank @Size(max = 4000) @Schema(maxLength = 4000) String description,
        @Valid @Schema(description = "Required for an errand by proxy or a petition") ConsentInput consent,
        @Schema(description = "Required for a petition") PetitionMode petitionMode,
        @Schema(description = "For a petition about one of the station's cadres: that cadre, who will neither see nor handle it")
        UUID concernsCadreId,
        @Schema(description = "For an errand: when it must be done; defaults to the county's errand time")
        OffsetDateTime errandDueAt,
        @Schema(description = "When the station received the matter, if the client queued it offline; defaults to the receive time."
                + " Petition deadlines count from it.")
        OffsetDateTime recordedAt) {

    public record VillagerInput(
            @Schema(description = "The villager's account, if they have one; a villager filing for themselves is taken from the token")
            UUID id,
            @NotBlank @Size(max = 50) @Schema(maxLength = 50) String name,
            @Size(max = 20) @Pattern(regexp = "^[0-9+\\- ]{3,20}$", message = "{masswork.phone}")
            @Schema(maxLength = 20) String phone,
            @Size(max = 200) @Schema(maxLength = 200) String address) {
    }

    /** The villager's consent to an errand or petition by proxy: who gave it, when, what they entrust. */
    public record ConsentInput(
            @NotBlank @Size(max = 50) @Schema(maxLength = 50) String givenBy,
            @NotNull OffsetDateTime givenAt,
            @NotBlank @Size(max = 1000) @Schema(maxLength = 1000) String entrusted) {
    }
}
