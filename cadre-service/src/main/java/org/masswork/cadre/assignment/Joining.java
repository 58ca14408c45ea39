package org.masswork.cadre.assignment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A cadre joining a station's team, however it comes about (an assignment, a handover, a move the rotation plan
 * proposes): what {@link TeamRules} checks and what the new assignment records.
 *
 * @param exceptionReason why the department kind may break the matching rule (包村原则), if it does
 * @param returnReason    why the cadre may serve again at a station they served before, if they did
 * @param roleField       the request's field that makes the cadre take {@code role}, which a cadre refused the
 *                        leader's role for their rank is refused on: an assignment's {@link #ROLE}, a handover's
 *                        successor (who takes the outgoing cadre's role)
 */
public record Joining(TeamRole role, boolean firstSecretary, LocalDate startsOn, String exceptionReason,
                      String returnReason, OffsetDateTime recordedAt, String roleField) {

    /** The field of a request that names the role itself. */
    public static final String ROLE = "role";
}
