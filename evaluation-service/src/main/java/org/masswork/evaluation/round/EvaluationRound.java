package org.masswork.evaluation.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A round of the people's evaluation (群众评议) for a half year, of the county or of one township. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The county whose round it is: the opener's. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    /** The half year, {@code 2026-H1}. */
    @Column(nullable = false)
    public String period;

    /** Null for the whole county. */
    @Column(name = "township_id")
    public UUID townshipId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    @Column(name = "representatives_per_cadre", nullable = false)
    public int representativesPerCadre;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** The codes issued at the opening (the codes themselves are dropped at the close). */
    @Column(name = "ballots_issued", nullable = false)
    public int ballotsIssued;

    /** Whether the round's code hashes are keyed ({@link BallotCodeHash}). */
    @Column(name = "keyed_codes", nullable = false)
    public boolean keyedCodes;
}
