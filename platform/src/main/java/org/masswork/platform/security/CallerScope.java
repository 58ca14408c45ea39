package org.masswork.platform.security;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

/**
 * Who is calling and where they may act, read from the verified token. Every role but the province's works for one
 * county, named by the token's {@code county} claim, and sees nothing of another county's; within it, county roles
 * see the county, a township officer their township, a cadre or station leader the station they serve. Province
 * roles have no county: they read figures across the counties and nothing else.
 *
 * <p>The county a check is made against is always the record's own, as the service stores it; the token says only
 * which county the caller works for.
 *
 * <p>A scope claim counts only for the roles that have that scope (domain.md, "Who uses it"): {@code township}
 * for a township officer, {@code station} and {@code cadre} for a cadre or station leader; county roles need
 * none, and on any other role (a villager, a decision owner) the claims are ignored. Even then a station claim
 * does not decide alone: the station counts only while the service's record of cadre-service's assignments
 * ({@link StationAssignments}) says the token's cadre serves it today.
 */
@RequestScoped
public class CallerScope {

    private static final Set<String> COUNTY_WIDE = Set.of(Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.SYSTEM);
    private static final Set<String> AT_A_STATION = Set.of(Role.CADRE, Role.STATION_LEADER);
    private static final Set<String> PROVINCE_WIDE = Set.of(Role.PROVINCE_ADMIN, Role.PROVINCE_INSPECTOR);

    private final JsonWebToken token;
    private final StationAssignments assignments;
    /** The served station, looked up once per request. */
    private Optional<UUID> station;

    CallerScope(JsonWebToken token, StationAssignments assignments) {
        this.token = token;
        this.assignments = assignments;
    }

    public String subject() {
        return token.getName();
    }

    public boolean hasRole(String role) {
        return token.getGroups().contains(role);
    }

    /** Whether the caller works for the province (reads figures across its counties). */
    public boolean isProvinceWide() {
        return token.getGroups().stream().anyMatch(PROVINCE_WIDE::contains);
    }

    /** The county the caller works for; empty for province roles and for a token that names none. */
    public Optional<UUID> county() {
        return isProvinceWide() ? Optional.empty() : uuidClaim(ScopeClaims.COUNTY);
    }

    /** Whether the caller may read this county's data at all: their own county, or any for province roles. */
    public boolean coversCounty(UUID countyId) {
        return isProvinceWide() || county().filter(countyId::equals).isPresent();
    }

    public void requireCounty(UUID countyId) {
        if (!coversCounty(countyId)) {
            throw new ForbiddenException();
        }
    }

    /** Whether the caller may see data of this township of this county (its county roles, or that township's officers). */
    public boolean coversTownship(UUID countyId, UUID townshipId) {
        return county().filter(countyId::equals).isPresent() && coversTownship(townshipId);
    }

    /** Whether the caller may see data of this station, which lies in the given township of the given county. */
    public boolean coversStation(UUID countyId, UUID stationId, UUID townshipId) {
        return county().filter(countyId::equals).isPresent() && coversStation(stationId, townshipId);
    }

    public void requireTownship(UUID countyId, UUID townshipId) {
        if (!coversTownship(countyId, townshipId)) {
            throw new ForbiddenException();
        }
    }

    public void requireStation(UUID countyId, UUID stationId, UUID townshipId) {
        if (!coversStation(countyId, stationId, townshipId)) {
            throw new ForbiddenException();
        }
    }

    /**
     * The county a figures report counts (docs/architecture.md, "Figures endpoints"): a county role's own county (the
     * whole province, or another county's id, is a 403); for province roles the county they name, or null for every
     * county, which they may read only as a row per county or one row (a grouping or a narrowing below the county
     * needs {@code countyId}: 400).
     */
    public UUID figuresCounty(UUID countyId, boolean wholeProvince, boolean belowCounty) {
        if (isProvinceWide()) {
            if (countyId == null && belowCounty) {
                throw new InvalidParameter("countyId", Text.of("按乡镇、工作站或干部统计或筛选时须给出县",
                        "is required to group or narrow below the county"));
            }
            return countyId;
        }
        UUID own = county().orElseThrow(ForbiddenException::new);
        if (wholeProvince || countyId != null && !countyId.equals(own)) {
            throw new ForbiddenException();
        }
        return own;
    }

    public boolean isCountyWide() {
        return token.getGroups().stream().anyMatch(COUNTY_WIDE::contains);
    }

    /** Whether the caller works at a station (a cadre or a station leader). */
    public boolean isStationCadre() {
        return token.getGroups().stream().anyMatch(AT_A_STATION::contains);
    }

    /** A township officer's township; empty for every other role. */
    public Optional<UUID> township() {
        return hasRole(Role.TOWNSHIP_OFFICER) ? uuidClaim(ScopeClaims.TOWNSHIP) : Optional.empty();
    }

    /** Who a cadre or station leader is; empty for every other role. */
    public Optional<UUID> cadre() {
        return isStationCadre() ? uuidClaim(ScopeClaims.CADRE) : Optional.empty();
    }

    /**
     * Whether the caller is this cadre of this county, by the record's county: a cadre claim counts only in the county
     * the token names, so a token naming another county's cadre is not theirs.
     */
    public boolean isCadre(UUID countyId, UUID cadreId) {
        return county().filter(countyId::equals).isPresent() && cadre().filter(cadreId::equals).isPresent();
    }

    /** The station a cadre's or station leader's token names, not yet checked against any record. */
    public Optional<UUID> claimedStation() {
        return isStationCadre() ? uuidClaim(ScopeClaims.STATION) : Optional.empty();
    }

    /** The station a cadre or station leader works at: the one the token names, if they serve it today by the record. */
    public Optional<UUID> station() {
        if (station == null) {
            Optional<UUID> cadre = cadre();
            station = claimedStation().filter(claimed -> cadre.isPresent() && assignments.serves(cadre.get(), claimed));
        }
        return station;
    }

    /** Within the caller's county: whether they may see data of this township (county roles, or its officers). */
    private boolean coversTownship(UUID townshipId) {
        return isCountyWide() || township().filter(townshipId::equals).isPresent();
    }

    /** Within the caller's county: whether they may see data of this station, which lies in the given township. */
    private boolean coversStation(UUID stationId, UUID townshipId) {
        return coversTownship(townshipId) || station().filter(stationId::equals).isPresent();
    }

    /**
     * Refuses, with the rule's name, a cadre whose token names this station while the record says they do not
     * serve it today (rotated, recalled, not yet begun, or a claim that was never true): {@code 422 cadre-not-serving}.
     */
    public void requireServingIfClaimed(UUID stationId) {
        if (claimedStation().filter(stationId::equals).isPresent() && station().isEmpty()) {
            String cadre = cadre().map(UUID::toString).orElse(null);
            throw new RuleViolationProblem("cadre-not-serving", Text.of(
                    "按干部服务的派驻记录，干部 " + (cadre == null ? "（令牌未注明干部）" : cadre) + " 今天不在工作站 " + stationId + " 服务",
                    "Cadre " + (cadre == null ? "(no cadre claim)" : cadre) + " does not serve station " + stationId
                            + " today by cadre-service's assignments"));
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
