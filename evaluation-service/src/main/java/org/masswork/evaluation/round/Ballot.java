package org.masswork.evaluation.round;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;

/** A cast ballot: no code, household or time, so nothing stored leads from it to who cast it. */
@Entity
public class Ballot {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** False for a returned paper ballot that could not be read (spoiled). */
    @Column(nullable = false)
    public boolean valid;

    @Enumerated(EnumType.STRING)
    public Satisfaction rating;

    public Short attitude;
    public Short effectiveness;
    public Short integrity;
    public Short diligence;
    public String comment;
}
