package org.masswork.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.masswork.infra.LocalToken;

/** Tokens the running local stack accepts, signed with its key in {@code .local/keys}. */
public final class BenchTokens {

    private BenchTokens() {
    }

    public static String countyAdmin() {
        return token("COUNTY_ADMIN", Map.of());
    }

    /** A cadre of one station of a county; the local token's subject is its cadre claim. */
    public static String cadre(UUID countyId, UUID cadreId, UUID stationId, UUID townshipId) {
        return token("CADRE", Map.of("county", countyId.toString(), "cadre", cadreId.toString(),
                "station", stationId.toString(), "township", townshipId.toString()));
    }

    public static String token(String role, Map<String, Object> claims) {
        return LocalToken.mint(root(), role, claims);
    }

    public static String token(String subject, String role, Map<String, Object> claims) {
        return LocalToken.mint(root(), subject, role, claims);
    }

    /** The repository root; benchmarks run from it (deploy/bench/run.sh makes sure). */
    public static Path root() {
        return Path.of(System.getProperty("masswork.root", ".")).toAbsolutePath().normalize();
    }
}
