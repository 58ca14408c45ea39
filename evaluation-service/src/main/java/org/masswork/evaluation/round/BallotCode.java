package org.masswork.evaluation.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A one-time code given to a drawn representative household. Only the SHA-256 of the code is kept;
 * once the code is used this row says so, but keeps no time and no link to the ballot cast with it.
 */
@Entity
@Table(name = "ballot_code")
public class BallotCode {

    @Id
    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "household_id", nullable = false)
    public UUID householdId;

    @Column(nullable = false)
    public boolean used;
}
