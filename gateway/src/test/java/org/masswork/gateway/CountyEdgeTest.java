package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counties at the edge (issue 19): a county role's token must name its county, and a province role's token reaches only
 * the figures, the county list and the province dashboard; what is refused never reaches a service.
 */
@QuarkusTest
@WithTestResource(DownstreamResource.class)
class CountyEdgeTest {

    private static final List<String> COUNTY_ROLES = List.of("COUNTY_ADMIN", "INSPECTOR", "ORG_DEPT", "TOWNSHIP_OFFICER", "CADRE",
            "STATION_LEADER", "DECISION_OWNER", "VILLAGER", "SYSTEM");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseEveryCountyRoleWhoseTokenNamesNoCountyBeforeAnyServiceIsAsked() {
        String marker = UUID.randomUUID().toString();
        for (String role : COUNTY_ROLES) {
            given().auth().oauth2(EdgeTokens.withoutCounty(role.toLowerCase() + "-" + UUID.randomUUID(), Set.of(role)))
                    .when().get("/api/v1/stations?marker=" + marker)
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:no-county"))
                    .body("title", equalTo("无权访问"))
                    .body("detail", equalTo("县级角色的令牌须注明所属的县（county 声明，UUID）；此令牌未注明"))
                    .body("instance", equalTo("/api/v1/stations"));
        }
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldRefuseACountyClaimThatIsNoUuidInTheCallersLanguage() {
        String marker = UUID.randomUUID().toString();
        for (String county : List.of("not-a-county", "1-2-3-4-5", "")) {
            String token = EdgeTokens.sign(EdgeTokens.claims("admin-" + UUID.randomUUID(), Set.of("COUNTY_ADMIN"),
                    Instant.now().plusSeconds(600)).claim(EdgeTokens.COUNTY, county));
            given().auth().oauth2(token).header("Accept-Language", "en")
                    .when().get("/api/v1/cases/{id}?marker=" + marker, UUID.randomUUID())
                    .then().statusCode(403)
                    .body("type", equalTo("urn:masswork:problem:no-county"))
                    .body("title", equalTo("Forbidden"))
                    .body("detail", equalTo("A token of a county role must name its county (the county claim, a UUID); this one's county is not a UUID"));
        }
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldRefuseATokenMixingAProvinceRoleWithACountyRoleWithoutACounty() {
        String marker = UUID.randomUUID().toString();

        given().auth().oauth2(EdgeTokens.withoutCounty("mixed-" + UUID.randomUUID(), Set.of("PROVINCE_ADMIN", "COUNTY_ADMIN")))
                .when().get("/api/v1/case-figures?from=2026-01-01&to=2026-01-31&marker=" + marker)
                .then().statusCode(403)
                .body("type", equalTo("urn:masswork:problem:no-county"));
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldPassACountyRoleOfAnotherCountyOnWithItsToken() {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.inCounty(FiguresAnswers.WEST, "west-admin-" + UUID.randomUUID(), Set.of("COUNTY_ADMIN"));

        given().auth().oauth2(token).when().get("/api/v1/stations?marker=" + marker)
                .then().statusCode(200).header("X-Downstream", "seen");
        assertThat(Recorded.requestsWith(marker)).singleElement()
                .satisfies(request -> assertThat(Recorded.headers(request)).containsEntry("authorization", "Bearer " + token));
    }

    @Test
    void shouldKeepProvinceRolesToTheFiguresAndTheCountyList() {
        String marker = UUID.randomUUID().toString();
        for (String role : List.of("PROVINCE_ADMIN", "PROVINCE_INSPECTOR")) {
            String token = EdgeTokens.province(role.toLowerCase() + "-" + UUID.randomUUID(), role);
            for (String path : List.of("/api/v1/stations", "/api/v1/cases/" + UUID.randomUUID(), "/api/v1/county-dashboard",
                    "/api/v1/figures", "/api/v1/matters", "/api/v1/countiesX")) {
                given().auth().oauth2(token).header("Accept-Language", "en")
                        .when().get(path + "?from=2026-01-01&to=2026-01-31&marker=" + marker)
                        .then().statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:masswork:problem:operation-not-allowed"))
                        .body("detail", containsString("A province role reads only the counties' figures and the county list"));
            }
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .when().post("/api/v1/townships?marker=" + marker)
                    .then().statusCode(403);
        }
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldRouteProvinceRolesToEveryFiguresEndpointAndTheCountyList() {
        String marker = UUID.randomUUID().toString();
        String token = EdgeTokens.province("province-" + UUID.randomUUID(), "PROVINCE_INSPECTOR");
        String period = "from=2026-01-01&to=2026-01-31&marker=" + marker;

        for (String figures : List.of("/api/v1/case-figures", "/api/v1/risk-figures", "/api/v1/card-figures", "/api/v1/pairing-figures")) {
            given().auth().oauth2(token).when().get(figures + "?groupBy=COUNTY&" + period)
                    .then().statusCode(200)
                    .body("rows.countyId", equalTo(List.of(FiguresAnswers.EAST.toString(), FiguresAnswers.WEST.toString())));
        }
        given().auth().oauth2(token).when().get("/api/v1/counties?marker=" + marker)
                .then().statusCode(200).body("totalItems", equalTo(3));
        given().auth().oauth2(token).when().get("/api/v1/counties/{id}?marker=" + marker, FiguresAnswers.WEST)
                .then().statusCode(200).header("X-Downstream", "seen");
        given().auth().oauth2(EdgeTokens.province("province-admin-" + UUID.randomUUID(), "PROVINCE_ADMIN"))
                .contentType("application/json").body("{\"code\":\"west\"}")
                .when().post("/api/v1/counties?marker=" + marker)
                .then().statusCode(201);

        assertThat(Recorded.requestsWith(marker)).extracting(request -> request.get("method") + " "
                        + String.valueOf(request.get("uri")).replaceFirst("\\?.*", ""))
                .containsExactly("GET /api/v1/case-figures", "GET /api/v1/risk-figures", "GET /api/v1/card-figures",
                        "GET /api/v1/pairing-figures", "GET /api/v1/counties", "GET /api/v1/counties/" + FiguresAnswers.WEST,
                        "POST /api/v1/counties");
    }

    @Test
    void shouldLetAnOperatorThroughWithoutACounty() {
        String marker = UUID.randomUUID().toString();

        given().auth().oauth2(EdgeTokens.withoutCounty("operator-" + UUID.randomUUID(), Set.of("OPERATOR")))
                .when().get("/api/v1/admin/cadre/parked-events?marker=" + marker)
                .then().statusCode(200).header("X-Downstream", "seen");
        assertThat(Recorded.requestsWith(marker)).hasSize(1);
    }
}
