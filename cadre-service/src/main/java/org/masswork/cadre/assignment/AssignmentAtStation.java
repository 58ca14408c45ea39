package org.masswork.cadre.assignment;

import java.time.LocalDate;
import java.util.UUID;

/** A cadre's active assignment with where its station lies ({@link AssignmentRepository#activeWithStation}). */
public record AssignmentAtStation(UUID cadreId, UUID countyId, UUID stationId, UUID townshipId, LocalDate startsOn,
                                  UUID stationVillageId, UUID stationTownshipId) {
}
