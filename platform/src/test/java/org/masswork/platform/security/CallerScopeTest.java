package org.masswork.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import io.quarkus.security.ForbiddenException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.masswork.platform.input.InvalidParameter;
import org.masswork.platform.problem.RuleViolationProblem;

class CallerScopeTest {

    private static final UUID COUNTY = UUID.randomUUID();
    private static final UUID TOWNSHIP = UUID.randomUUID();
    private static final UUID STATION = UUID.randomUUID();
    private static final UUID CADRE = UUID.randomUUID();
    private static final Map<String, Object> EVERY_CLAIM = Map.of("county", COUNTY.toString(), "township", TOWNSHIP.toString(),
            "station", STATION.toString(), "cadre", CADRE.toString());
    /** The record: CADRE serves STATION, nobody serves anything else. */
    private static final StationAssignments RECORD = (cadreId, stationId) -> CADRE.equals(cadreId) && STATION.equals(stationId);

    @Test
    void shouldIgnoreScopeClaimsOnRolesThatDoNotHaveThatScope() {
        for (String role : Set.of(Role.VILLAGER, Role.DECISION_OWNER)) {
            CallerScope scope = scope(role, EVERY_CLAIM, RECORD);
            assertThat(scope.township()).as(role).isEmpty();
            assertThat(scope.claimedStation()).as(role).isEmpty();
            assertThat(scope.station()).as(role).isEmpty();
            assertThat(scope.cadre()).as(role).isEmpty();
            assertThat(scope.coversStation(COUNTY, STATION, TOWNSHIP)).as(role).isFalse();
            assertThat(scope.coversTownship(COUNTY, TOWNSHIP)).as(role).isFalse();
        }
        CallerScope officer = scope(Role.TOWNSHIP_OFFICER, EVERY_CLAIM, RECORD);
        assertThat(officer.township()).contains(TOWNSHIP);
        assertThat(officer.station()).isEmpty();
        assertThat(officer.cadre()).isEmpty();
        assertThat(officer.coversStation(COUNTY, STATION, UUID.randomUUID())).as("a station of another township").isFalse();
    }

    @Test
    void shouldCountAStationClaimOnlyWhileTheRecordSaysTheCadreServesIt() {
        for (String role : Set.of(Role.CADRE, Role.STATION_LEADER)) {
            CallerScope serving = scope(role, EVERY_CLAIM, RECORD);
            assertThat(serving.station()).as(role).contains(STATION);
            assertThat(serving.cadre()).as(role).contains(CADRE);
            assertThat(serving.township()).as("a cadre's township claim is not a township officer's scope").isEmpty();
            assertThat(serving.coversStation(COUNTY, STATION, TOWNSHIP)).isTrue();
            serving.requireServingIfClaimed(STATION);
        }

        CallerScope notServing = scope(Role.CADRE, EVERY_CLAIM, (cadreId, stationId) -> false);
        assertThat(notServing.claimedStation()).contains(STATION);
        assertThat(notServing.station()).isEmpty();
        assertThat(notServing.coversStation(COUNTY, STATION, TOWNSHIP)).isFalse();
        assertThatThrownBy(() -> notServing.requireServingIfClaimed(STATION)).isInstanceOf(RuleViolationProblem.class)
                .hasMessageContaining("does not serve station " + STATION);
        notServing.requireServingIfClaimed(UUID.randomUUID());

        Map<String, Object> withoutCadre = new HashMap<>(EVERY_CLAIM);
        withoutCadre.remove("cadre");
        assertThat(scope(Role.CADRE, withoutCadre, (cadreId, stationId) -> true).station()).as("no cadre claim, no station").isEmpty();
    }

    @Test
    void shouldGiveCountyRolesTheirCountyWithoutATownshipOrStationClaim() {
        for (String role : Set.of(Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.SYSTEM)) {
            CallerScope scope = scope(role, Map.of("county", COUNTY.toString()), (cadreId, stationId) -> false);
            assertThat(scope.isCountyWide()).as(role).isTrue();
            assertThat(scope.coversStation(COUNTY, STATION, TOWNSHIP)).as(role).isTrue();
        }
    }

    @Test
    void shouldConfineEveryCountyRoleToTheCountyItsTokenNames() {
        UUID county = UUID.randomUUID();
        UUID otherCounty = UUID.randomUUID();
        Map<String, Object> claims = new HashMap<>(EVERY_CLAIM);
        claims.put("county", county.toString());
        for (String role : Set.of(Role.COUNTY_ADMIN, Role.INSPECTOR, Role.TOWNSHIP_OFFICER, Role.CADRE)) {
            CallerScope scope = scope(role, claims, RECORD);
            assertThat(scope.county()).as(role).contains(county);
            assertThat(scope.coversCounty(county)).as(role).isTrue();
            assertThat(scope.coversCounty(otherCounty)).as(role).isFalse();
            assertThat(scope.coversTownship(otherCounty, TOWNSHIP)).as(role + ": the same township id, another county").isFalse();
            assertThat(scope.coversStation(otherCounty, STATION, TOWNSHIP)).as(role).isFalse();
            assertThat(scope.coversStation(county, STATION, TOWNSHIP)).as(role).isTrue();
            assertThatThrownBy(() -> scope.requireCounty(otherCounty)).as(role).isInstanceOf(ForbiddenException.class);
        }
        CallerScope noCounty = scope(Role.COUNTY_ADMIN, Map.of(), RECORD);
        assertThat(noCounty.coversCounty(county)).as("a county role whose token names no county").isFalse();
        assertThat(noCounty.coversTownship(county, TOWNSHIP)).isFalse();
    }

    @Test
    void shouldLetProvinceRolesReadEveryCountyAndNoTownshipOrStation() {
        for (String role : Set.of(Role.PROVINCE_ADMIN, Role.PROVINCE_INSPECTOR)) {
            CallerScope scope = scope(role, Map.of("county", UUID.randomUUID().toString()), RECORD);
            assertThat(scope.isProvinceWide()).as(role).isTrue();
            assertThat(scope.county()).as(role + ": a county claim on a province role counts for nothing").isEmpty();
            assertThat(scope.coversCounty(UUID.randomUUID())).as(role).isTrue();
            assertThat(scope.coversTownship(UUID.randomUUID(), TOWNSHIP)).as(role).isFalse();
        }
    }

    @Test
    void shouldCountAFiguresReportInTheCallersCountyOrForProvinceRolesTheCountyTheyName() {
        UUID otherCounty = UUID.randomUUID();
        CallerScope countyAdmin = scope(Role.COUNTY_ADMIN, Map.of("county", COUNTY.toString()), RECORD);
        assertThat(countyAdmin.figuresCounty(null, false, true)).isEqualTo(COUNTY);
        assertThat(countyAdmin.figuresCounty(COUNTY, false, false)).isEqualTo(COUNTY);
        assertThatThrownBy(() -> countyAdmin.figuresCounty(otherCounty, false, false)).as("another county")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> countyAdmin.figuresCounty(null, true, false)).as("the whole province")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> scope(Role.COUNTY_ADMIN, Map.of(), RECORD).figuresCounty(null, false, false))
                .as("a county role whose token names no county").isInstanceOf(ForbiddenException.class);

        CallerScope province = scope(Role.PROVINCE_INSPECTOR, Map.of(), RECORD);
        assertThat(province.figuresCounty(null, true, false)).as("every county").isNull();
        assertThat(province.figuresCounty(null, false, false)).as("a row per county").isNull();
        assertThat(province.figuresCounty(otherCounty, false, true)).isEqualTo(otherCounty);
        assertThatThrownBy(() -> province.figuresCounty(null, false, true)).as("below the county, no county named")
                .isInstanceOf(InvalidParameter.class).hasMessageContaining("countyId");
    }

    private static CallerScope scope(String role, Map<String, Object> claims, StationAssignments record) {
        return new CallerScope(new Token(Set.of(role), claims), record);
    }

    private record Token(Set<String> groups, Map<String, Object> claims) implements JsonWebToken {

        @Override
        public String getName() {
            return "someone";
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        public Set<String> getGroups() {
            return groups;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
