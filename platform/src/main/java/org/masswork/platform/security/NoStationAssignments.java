package org.masswork.platform.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * For a service that keeps no record of assignments: there, no token's station claim counts, so cadres and
 * station leaders have no station scope at all (they still have what their role gives them everywhere).
 */
@DefaultBean
@ApplicationScoped
public class NoStationAssignments implements StationAssignments {

    @Override
    public boolean serves(UUID cadreId, UUID stationId) {
        return false;
    }
}
