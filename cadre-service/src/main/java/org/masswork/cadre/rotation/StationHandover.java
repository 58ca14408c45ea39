package org.masswork.cadre.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A station handed over from its outgoing cadre to a successor (轮换交接), done as one operation. */
@Entity
@Table(name = "station_handover")
public class StationHandover extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The station's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "outgoing_assignment_id", nullable = false)
    public UUID outgoingAssignmentId;

    @Column(name = "successor_assignment_id", nullable = false)
    public UUID successorAssignmentId;

    @Column(name = "handed_over_on", nullable = false)
    public LocalDate handedOverOn;

    @Column(name = "cards_reissued", nullable = false)
    public int cardsReissued;
}
