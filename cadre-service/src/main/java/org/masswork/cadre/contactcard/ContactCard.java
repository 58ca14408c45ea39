package org.masswork.cadre.contactcard;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.masswork.platform.persistence.ClientRecordedEntity;

/**
 * A contact card (便民联系卡) given to a household: the station team as it was when issued, and a
 * sheet of one-time codes the household reads out to confirm a visit. A household's newest card is
 * its current one; earlier cards stay for the record.
 */
@Entity
@Table(name = "contact_card")
public class ContactCard extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The household's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    /** Subject of the token that issued it. */
    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** Whether this is the household's newest card; only its codes confirm visits. */
    @Column(nullable = false)
    public boolean current;

    /** Fingerprint of the team printed on the card, compared with the station's team today. */
    @Column(name = "team_signature", nullable = false)
    public String teamSignature;

    @Column(name = "code_salt", nullable = false)
    public String codeSalt;

    /** How the card's codes are hashed: a card keeps the hashing it was issued with (V44). */
    @Enumerated(EnumType.STRING)
    @Column(name = "code_hashing", nullable = false)
    public CodeHashing codeHashing;

    @Column(name = "code_count", nullable = false)
    public int codeCount;

    @Column(name = "failed_code_attempts", nullable = false)
    public int failedCodeAttempts;

    @ElementCollection
    @CollectionTable(name = "contact_card_member", joinColumns = @JoinColumn(name = "card_id"))
    @OrderBy("position")
    @BatchSize(size = 100)
    public List<CardMember> members = new ArrayList<>();
}
