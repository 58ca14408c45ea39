package org.masswork.cadre.contactcard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.platform.privacy.Masking;

@Schema(name = "ContactCard")
public record ContactCardView(
        UUID id,
        UUID householdId,
        UUID stationId,
        UUID villageId,
        UUID townshipId,
        @Schema(maxItems = 3, description = "The team printed on the card, leader first") List<Member> members,
        OffsetDateTime issuedAt,
        @Schema(description = "Whether this is the household's newest card, the one whose codes confirm visits") boolean current,
        @Schema(minimum = "0", maximum = "100") int codesTotal,
        @Schema(minimum = "0", maximum = "100") long codesUsed,
        @Schema(description = "Whether too many wrong codes were tried; a new card unlocks confirmation") boolean codesLocked,
        @Schema(description = "Whether the cadres' phones are masked") boolean masked,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version,
        OffsetDateTime recordedAt,
        OffsetDateTime receivedAt) {

    @Schema(name = "ContactCardMember")
    public record Member(UUID cadreId, @Schema(maxLength = 50) String name, @Schema(maxLength = 20) String phone,
                         boolean leader, @Schema(maxLength = 10, description = "组长 or 队员") String roleLabel) {
    }

    static ContactCardView of(ContactCard card, long codesUsed, boolean locked, boolean masked) {
        List<Member> members = card.members.stream().map(m -> new Member(m.cadreId, m.name,
                masked ? Masking.phone(m.phone) : m.phone, m.leader, m.leader ? "组长" : "队员")).toList();
        return new ContactCardView(card.id, card.householdId, card.stationId, card.villageId, card.townshipId, members,
                card.issuedAt, card.current, card.codeCount, codesUsed, locked, masked, card.version, card.recordedAt,
                card.receivedAt);
    }
}
