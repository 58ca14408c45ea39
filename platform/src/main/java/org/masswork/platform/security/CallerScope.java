package org.masswork.platform.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and where they may act, read from the verified token. County roles see the county;
 * a township officer their township; a cadre or station leader their station.
 */
@RequestScoped
public class CallerScope {

    private static final Set<String> COUNTY_WIDE = Set.of(Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.SYSTEM);

    private final JsonWebToken token;

    CallerScope(JsonWebToken token) {
        this.token = token;
    }

    public String subject() {
        return token.getName();
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    public boolean isCountyWide() {
        return token.getGroups().stream().anyMatch(COUNTY_WIDE::contains);
    }

    public Optional<UUID> township() {
        return uuidClaim(ScopeClaims.TOWNSHIP);
    }

    public Optional<UUID> station() {
        return uuidClaim(ScopeClaims.STATION);
    }

    public Optional<UUID> cadre() {
        return uuidClaim(ScopeClaims.CADRE);
    }

    /** Whether the caller may see data of this township (county roles, or that township's officers). */
    public boolean coversTownship(UUID townshipId) {
        return isCountyWide() || hasRole(Role.TOWNSHIP_OFFICER) && township().filter(townshipId::equals).isPresent();
    }

    /** Whether the caller may see data of this station, which lies in the given township. */
    public boolean coversStation(UUID stationId, UUID townshipId) {
        return coversTownship(townshipId) || station().filter(stationId::equals).isPresent();
    }

    public void requireTownship(UUID townshipId) {
        if (!coversTownship(townshipId)) {
            throw new ForbiddenException();
        }
    }

    public void requireStation(UUID stationId, UUID townshipId) {
        if (!coversStation(stationId, townshipId)) {
            throw new ForbiddenException();
        }
    }

    private Optional<UUID> uuidClaim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
