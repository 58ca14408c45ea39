package org.masswork.cadre.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/**
 * A cadre present at their station on a day; {@code recordedAt} is when the phone recorded it. It counts when
 * {@code credited}: received within the credit window, or late and confirmed by the station's leader (the leader's
 * own: by an officer of the station's township).
 */
@Entity
@Table(name = "check_in")
public class CheckIn extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The station's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

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

    /** Received after the credit window of its day ({@link StationDaysConfig#creditWindow()}). */
    @Column(nullable = false)
    public boolean late;

    /** Counts in the attendance (and, on a station day, was announced as StationDayAttended). */
    @Column(nullable = false)
    public boolean credited;

    /** The station leader who confirmed a colleague's late check-in. */
    @Column(name = "confirmed_by")
    public UUID confirmedBy;

    /** The township officer (their token's subject) who confirmed the station leader's own late check-in. */
    @Column(name = "confirmed_by_officer")
    public String confirmedByOfficer;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "confirmation_reason")
    public String confirmationReason;
}
