package org.masswork.cadre.visit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.masswork.platform.persistence.ClientRecordedEntity;

/**
 * A cadre's visit to a household (走访). Visit counts feed careers, so a visit is counted as confirmed
 * only when the household confirmed it: a one-time code from its card, or a countersignature.
 */
@Entity
@NamedQuery(name = Visit.HOUSEHOLD_FOR, query = """
        select new org.masswork.cadre.visit.VisitedHousehold(h.id, h.countyId, h.stationId, h.villageId, h.townshipId,
            a.cadreId, a.countyId, a.stationId, a.townshipId, a.startsOn)
        from Household h left join Assignment a on a.cadreId = :cadre and a.endedOn is null
        where h.id = :household""")
public class Visit extends ClientRecordedEntity {

    /** A visit's query ({@link VisitRepository#householdFor}). */
    public static final String HOUSEHOLD_FOR = "Visit.householdFor";

    @Id
    public UUID id;

    /** The household's county. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    @Column(name = "visited_on", nullable = false)
    public LocalDate visitedOn;

    @ElementCollection
    @CollectionTable(name = "visit_role", joinColumns = @JoinColumn(name = "visit_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<FiveRole> roles = EnumSet.noneOf(FiveRole.class);

    @Column(nullable = false)
    public String findings;

    @Column(name = "follow_up_needed", nullable = false)
    public boolean followUpNeeded;

    @Enumerated(EnumType.STRING)
    @Column(name = "confirmation_method")
    public ConfirmationMethod confirmationMethod;

    @Column(name = "confirmed_at")
    public OffsetDateTime confirmedAt;

    @Column(name = "countersignature_ref")
    public String countersignatureRef;

    @Column(name = "confirmation_code_id")
    public UUID confirmationCodeId;

    public boolean isConfirmed() {
        return confirmationMethod != null;
    }
}
