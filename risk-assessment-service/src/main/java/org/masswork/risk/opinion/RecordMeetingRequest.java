package org.masswork.risk.opinion;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record RecordMeetingRequest(
        @NotNull MeetingKind kind,
        @NotNull LocalDate heldOn,
        @Schema(description = "The station it was held at; omitted when held at the township") UUID stationId,
        @NotNull @Schema(description = "An affected township") UUID townshipId,
        @NotBlank @Size(max = 200) @Schema(maxLength = 200) String place,
        @NotNull @Size(max = 500) @Schema(maxItems = 500) List<@NotNull @Valid ParticipantInput> participants,
        @NotNull @Size(min = 1, max = 100) @Schema(maxItems = 100) List<@NotNull @Valid OpinionInput> opinions,
        @Schema(description = "When the client recorded this, if it was queued offline; defaults to the receive time")
        OffsetDateTime recordedAt) {

    public record ParticipantInput(
            @NotBlank @Size(max = 50) @Schema(maxLength = 50) String name,
            @Size(max = 20) @Schema(maxLength = 20) String phone,
            UUID villageId) {
    }

    public record OpinionInput(
            @NotNull Topic topic,
            @NotNull Stance stance,
            @NotNull @Min(0) @Max(100_000) @Schema(minimum = "0", maximum = "100000") Integer count) {
    }
}
