package org.masswork.cadre.county;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/** The province registers its counties; each county's roles read their own, the province's every one. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class CountyTest {

    private static final String PROVINCE_ADMIN = TestTokens.province("province-admin", "PROVINCE_ADMIN");
    private static final String PROVINCE_INSPECTOR = TestTokens.province("province-inspector", "PROVINCE_INSPECTOR");

    @Inject
    CountyRepository counties;

    @Inject
    CountyClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRegisterACountyOnceForAnIdempotencyKeyAndKeepItsZone() {
        String code = CadreTestData.uniqueCode("C");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(code, "Asia/Urumqi");
        body.put("recordedAt", "2026-02-01T09:00:00+08:00");
        JsonPath created = given().auth().oauth2(PROVINCE_ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/counties")
                .then().statusCode(201).header("Location", notNullValue())
                .body("code", equalTo(code)).body("name", equalTo("青山县")).body("zone", equalTo("Asia/Urumqi"))
                .body("version", equalTo(0)).extract().jsonPath();
        UUID id = UUID.fromString(created.getString("id"));
        assertThat(OffsetDateTime.parse(created.getString("recordedAt"))).isEqualTo(OffsetDateTime.parse("2026-02-01T09:00:00+08:00"));

        given().auth().oauth2(PROVINCE_ADMIN).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/counties").then().statusCode(201).body("id", equalTo(id.toString()));
        assertThat(registered(code)).as("a replay registers nothing again").isEqualTo(1);
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body(code, "Asia/Shanghai"))
                .when().post("/api/v1/counties").then().statusCode(409).body("type", equalTo("urn:masswork:problem:county-code-taken"));

        // The county's dates are in its own zone: 23:30 in Shanghai is still the day before in Urumqi (two hours behind).
        OffsetDateTime lateEvening = OffsetDateTime.parse("2026-03-10T23:30:00+08:00");
        assertThat(clock.dateOf(id, lateEvening)).isEqualTo(lateEvening.toLocalDate());
        UUID farEast = register("Pacific/Kiritimati");
        assertThat(clock.dateOf(farEast, lateEvening)).isEqualTo(lateEvening.toLocalDate().plusDays(1));
        assertThat(clock.startOf(farEast, lateEvening.toLocalDate()).getOffset().getTotalSeconds()).isEqualTo(14 * 3600);
    }

    @Test
    void shouldRefuseBadInputNamingTheFieldAndRegisterNothing() {
        String code = CadreTestData.uniqueCode("C");
        for (Map.Entry<String, Map<String, Object>> bad : Map.of(
                "zone", body(code, "Mars/Olympus"),
                "code", body("", "Asia/Shanghai"),
                "name", withName(body(code, "Asia/Shanghai"), " ")).entrySet()) {
            given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(bad.getValue())
                    .when().post("/api/v1/counties").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(bad.getKey())).body("errors.field", everyItem(equalTo(bad.getKey())));
        }
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON).body(body("x".repeat(33), "Asia/Shanghai"))
                .when().post("/api/v1/counties").then().statusCode(400).body("errors.field", everyItem(equalTo("code")));
        assertThat(registered(code)).isZero();
    }

    @Test
    void shouldLetOnlyTheProvinceAdministratorRegisterACounty() {
        String code = CadreTestData.uniqueCode("C");
        for (String token : List.of(TestTokens.countyAdmin(), PROVINCE_INSPECTOR,
                TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body(code, "Asia/Shanghai"))
                    .when().post("/api/v1/counties").then().statusCode(403);
        }
        assertThat(registered(code)).isZero();
        // The province writes nothing of a county's.
        given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", CadreTestData.uniqueCode("T"), "name", "城关镇")).when().post("/api/v1/townships")
                .then().statusCode(403);
    }

    @Test
    void shouldListEveryCountyToTheProvinceAndItsOwnToACounty() {
        UUID registered = register("Asia/Shanghai");
        String ownAdmin = TestTokens.inCounty(registered, "county-admin-3", Set.of("COUNTY_ADMIN"), Map.of());

        List<String> all = given().auth().oauth2(PROVINCE_INSPECTOR).queryParam("size", 100).when().get("/api/v1/counties")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(all).contains(registered.toString(), TestTokens.DEFAULT_COUNTY.toString());
        given().auth().oauth2(ownAdmin).when().get("/api/v1/counties").then().statusCode(200)
                .body("items.id", contains(registered.toString())).body("totalItems", equalTo(1));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/counties").then().statusCode(200)
                .body("items.id", contains(TestTokens.DEFAULT_COUNTY.toString())).body("items[0].code", equalTo("default"));

        given().auth().oauth2(PROVINCE_INSPECTOR).when().get("/api/v1/counties/{id}", registered).then().statusCode(200)
                .body("zone", equalTo("Asia/Shanghai"));
        given().auth().oauth2(ownAdmin).when().get("/api/v1/counties/{id}", registered).then().statusCode(200);
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/counties/{id}", registered).then().statusCode(404);
        given().auth().oauth2(ownAdmin).when().get("/api/v1/counties/{id}", TestTokens.DEFAULT_COUNTY).then().statusCode(404);
    }

    @Test
    void shouldPutARegisteredTownshipInTheCallersCountyWithItsCodeUniqueInIt() {
        UUID registered = register("Asia/Shanghai");
        String ownAdmin = TestTokens.inCounty(registered, "county-admin-4", Set.of("COUNTY_ADMIN"), Map.of());
        String code = CadreTestData.uniqueCode("T");
        Map<String, Object> township = Map.of("code", code, "name", "城关镇");
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(township)
                .when().post("/api/v1/townships").then().statusCode(201);
        String id = given().auth().oauth2(ownAdmin).contentType(ContentType.JSON).body(township)
                .when().post("/api/v1/townships").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ownAdmin).contentType(ContentType.JSON).body(township)
                .when().post("/api/v1/townships").then().statusCode(409).body("type", equalTo("urn:masswork:problem:township-code-taken"));
        given().auth().oauth2(ownAdmin).when().get("/api/v1/townships").then().statusCode(200)
                .body("items.id", contains(id));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/townships/{id}", id).then().statusCode(404);
    }

    private long registered(String code) {
        return QuarkusTransaction.requiringNew().call(() -> counties.count("code", code));
    }

    private static UUID register(String zone) {
        return UUID.fromString(given().auth().oauth2(PROVINCE_ADMIN).contentType(ContentType.JSON)
                .body(body(CadreTestData.uniqueCode("C"), zone)).when().post("/api/v1/counties")
                .then().statusCode(201).extract().path("id"));
    }

    private static Map<String, Object> body(String code, String zone) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "青山县");
        body.put("zone", zone);
        return body;
    }

    private static Map<String, Object> withName(Map<String, Object> body, String name) {
        body.put("name", name);
        return body;
    }
}
