package org.masswork.cadre.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A cadre present at their station on a day; {@code recordedAt} is when the phone recorded it. */
@Entity
@Table(name = "check_in")
public class CheckIn extends ClientRecordedEntity {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    /** The county-local date of the check-in. */
    @Column(name = "checked_in_on", nullable = false)
    public LocalDate checkedInOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CheckInKind kind;
}
