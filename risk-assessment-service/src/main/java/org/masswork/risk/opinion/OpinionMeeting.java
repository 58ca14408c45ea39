package org.masswork.risk.opinion;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A hearing (听证会) or consultation meeting (恳谈会) held for a matter at a station or a township. */
@Entity
@Table(name = "opinion_meeting")
public class OpinionMeeting extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The matter's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "matter_id", nullable = false)
    public UUID matterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    /** The station it was held at; none when held at the township. */
    @Column(name = "station_id")
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public String place;

    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Participant> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_opinion", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<OpinionTally> opinions = new ArrayList<>();

    public int count(Stance stance) {
        return opinions.stream().filter(o -> o.stance == stance).mapToInt(o -> o.count).sum();
    }
}
