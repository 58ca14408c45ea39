package org.masswork.cases.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.cases.satisfaction.Satisfaction;
import org.masswork.platform.persistence.ClientRecordedEntity;
import org.masswork.platform.privacy.EncryptedString;

/**
 * A villager's opinion, problem, dispute, errand or petition. The station owns it until it is closed,
 * whatever level of the ladder is working on it. Status changes go through
 * {@link org.masswork.cases.lifecycle.CaseStateMachine} only.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends ClientRecordedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationLevel level;

    @Column(name = "station_id", nullable = false)
    public UUID stationId;

    @Column(name = "village_id", nullable = false)
    public UUID villageId;

    @Column(name = "township_id", nullable = false)
    public UUID townshipId;

    /** The county of the station the case was filed at (its copy in the directory), never the caller's token. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(name = "villager_id")
    public UUID villagerId;

    /** The villager's name, phone and address are personal data, stored encrypted. */
    @Column(name = "villager_name", nullable = false)
    @Convert(converter = EncryptedString.class)
    public String villagerName;

    @Column(name = "villager_phone")
    @Convert(converter = EncryptedString.class)
    public String villagerPhone;

    @Column(name = "villager_address")
    @Convert(converter = EncryptedString.class)
    public String villagerAddress;

    @Column(name = "visit_id")
    public UUID visitId;

    @Column(nullable = false)
    public String description;

    /** Who entrusted the station with an errand or petition (a name, stored encrypted); required for those kinds. */
    @Column(name = "consent_given_by")
    @Convert(converter = EncryptedString.class)
    public String consentGivenBy;

    @Column(name = "consent_given_at")
    public OffsetDateTime consentGivenAt;

    @Column(name = "consent_entrusted")
    public String consentEntrusted;

    @Column(name = "consent_recorded_by")
    public String consentRecordedBy;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(nullable = false)
    public boolean overdue;

    @Column(name = "accepted_at")
    public OffsetDateTime acceptedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_at_level")
    public EscalationLevel closedAtLevel;

    @Column(name = "on_time")
    public Boolean onTime;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    @Column(name = "rated_at")
    public OffsetDateTime ratedAt;

    @Column(name = "rated_by_proxy")
    public Boolean ratedByProxy;

    @Column(name = "reopen_count", nullable = false)
    public int reopenCount;

    /** A petition about one of the station's cadres names them here: they neither see nor handle it. */
    @Column(name = "concerns_cadre_id")
    public UUID concernsCadreId;

    /** The station's cadre in charge (经办人): named at acceptance, or at a hand-over; serves the station when named. */
    @Column(name = "handler_cadre_id")
    public UUID handlerCadreId;

    /** An unsatisfied rating asks for a return call by someone other than the handler who resolved the case. */
    @Column(name = "return_call_due", nullable = false)
    public boolean returnCallDue;

    /** When the case's last step was recorded (its filing at first): every step changes the row, and so its version. */
    @Column(name = "last_step_at")
    public OffsetDateTime lastStepAt;

    public boolean hasConsent() {
        return consentGivenBy != null;
    }

    public CaseFacts facts(OffsetDateTime at) {
        return new CaseFacts(id, countyId, stationId, villageId, townshipId, kind, category, at);
    }
}
