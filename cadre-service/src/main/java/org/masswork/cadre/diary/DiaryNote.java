package org.masswork.cadre.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** What a cadre writes in the people's-situation diary (民情日记) for one day; one note per cadre and day. */
@Entity
@Table(name = "diary_note")
public class DiaryNote extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The station's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** The station the cadre served when writing. */
    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(nullable = false)
    public LocalDate day;

    @Column(nullable = false)
    public String note;
}
