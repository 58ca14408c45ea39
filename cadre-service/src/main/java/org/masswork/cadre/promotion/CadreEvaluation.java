package org.masswork.cadre.promotion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A cadre's result in one round of the people's evaluation, as evaluation-service concluded it. */
@Entity
@Table(name = "cadre_evaluation")
@IdClass(CadreEvaluation.Key.class)
public class CadreEvaluation {

    /** The consequence of failing the people's evaluation (未过群众评议关). */
    static final String FAILED_CONSEQUENCE = "APPOINTMENT_CANCELLED_OR_POSTPONED";
    static final String FAILED_GRADE = "INCOMPETENT";

    @Id
    @Column(name = "cadre_id")
    public UUID cadreId;

    @Id
    @Column(name = "round_id")
    public UUID roundId;

    /** The county evaluation-service's event names. */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String grade;

    @Column(nullable = false)
    public String consequence;

    @Column(name = "concluded_at", nullable = false)
    public OffsetDateTime concludedAt;

    public boolean passed() {
        return !FAILED_GRADE.equals(grade) && !FAILED_CONSEQUENCE.equals(consequence);
    }

    public record Key(UUID cadreId, UUID roundId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
