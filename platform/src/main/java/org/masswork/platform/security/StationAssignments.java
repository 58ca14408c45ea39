package org.masswork.platform.security;

import java.util.UUID;

/**
 * Which cadre serves which station today, as the service itself knows it: cadre-service from the assignments it
 * owns, the others from cadre-service's {@code CadreAssigned} and {@code AssignmentEnded} events. {@link CallerScope}
 * asks it before a token's {@code station} claim counts: the claim names the station, the record decides.
 */
public interface StationAssignments {

    /** Whether the cadre holds an assignment at the station that has begun and not ended, today in the county. */
    boolean serves(UUID cadreId, UUID stationId);
}
