package org.masswork.risk.opinion;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.privacy.Masking;

@Schema(name = "OpinionMeeting")
public record MeetingView(
        UUID id,
        UUID matterId,
        MeetingKind kind,
        @Schema(maxLength = 20) String kindLabel,
        LocalDate heldOn,
        UUID stationId,
        UUID townshipId,
        @Schema(maxLength = 200) String place,
        @Schema(maxItems = 500, description = "Masked outside the owning department and the county administrators") List<ParticipantView> participants,
        @Schema(maxItems = 100) List<OpinionView> opinions,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    public record ParticipantView(@Schema(maxLength = 50) String name, @Schema(maxLength = 20) String phone, UUID villageId) {
    }

    public record OpinionView(Topic topic, @Schema(maxLength = 20) String topicLabel, Stance stance,
                              @Schema(maxLength = 20) String stanceLabel, @Schema(minimum = "0", maximum = "100000") int count) {
    }

    static MeetingView of(OpinionMeeting meeting, boolean full) {
        return new MeetingView(meeting.id, meeting.matterId, meeting.kind, meeting.kind.displayLabel(), meeting.heldOn,
                meeting.stationId, meeting.townshipId, meeting.place,
                meeting.participants.stream().map(p -> new ParticipantView(full ? p.name : Masking.name(p.name),
                        full ? p.phone : Masking.phone(p.phone), p.villageId)).toList(),
                meeting.opinions.stream().map(o -> new OpinionView(o.topic, o.topic.displayLabel(), o.stance, o.stance.displayLabel(), o.count))
                        .toList(),
                meeting.version, meeting.recordedAt, meeting.receivedAt);
    }
}
