package org.masswork.cadre.county;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.HouseholdWorkData;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * A county's days are its own zone's, not the configured one's: with the service's clock stopped at 20:00 in the
 * configured zone (Asia/Shanghai, UTC+8), it is 02:00 the next day in a county in Pacific/Kiritimati (UTC+14). Each
 * test fails where the configured zone's day is taken for the county's.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class CountyDaysTest {

    /** The configured zone's day the clock is stopped on, at 20:00. */
    private static final LocalDate CONFIGURED_DAY = County.today().minusDays(1);
    /** The same instant's day in the far-east county. */
    private static final LocalDate COUNTY_DAY = CONFIGURED_DAY.plusDays(1);

    private static final String PROVINCE_ADMIN = TestTokens.province("province-admin", "PROVINCE_ADMIN");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void stopTheClock() {
        CountyClocks.stoppedAt(CONFIGURED_DAY.atTime(20, 0));
    }

    @Test
    void shouldLetACadreWhoseTermBeginsOnTheCountysDayServeAndRecordThatDay() {
        FarEastCounty county = new FarEastCounty();
        UUID stationId = county.station();
        county.assign(county.cadre("SECTION_LEVEL"), stationId, "LEADER", CONFIGURED_DAY.minusMonths(1));
        UUID memberId = county.cadre("GENERAL");
        county.assign(memberId, stationId, "MEMBER", COUNTY_DAY);
        String member = county.cadreToken(memberId, stationId);

        // The station claim counts: the cadre serves it from the county's today (asked of the assignments)...
        UUID householdId = county.create(member, "/api/v1/households", HouseholdWorkData.householdBody(county.villageId));
        // ...and a visit, which reads the assignment with the household, is on a day that has come in the county.
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(HouseholdWorkData.visitBody(householdId, COUNTY_DAY, false))
                .when().post("/api/v1/visits").then().statusCode(201)
                .body("visitedOn", equalTo(COUNTY_DAY.toString()));
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(Map.of("day", COUNTY_DAY.toString(), "note", "走访东沟村一户"))
                .when().post("/api/v1/diaries/notes").then().statusCode(201).body("day", equalTo(COUNTY_DAY.toString()));
        // The day after the county's is still in the future.
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(HouseholdWorkData.visitBody(householdId, COUNTY_DAY.plusDays(1), false))
                .when().post("/api/v1/visits").then().statusCode(400).body("errors.field", everyItem(equalTo("visitedOn")));
        given().auth().oauth2(member).contentType(ContentType.JSON)
                .body(Map.of("day", COUNTY_DAY.plusDays(1).toString(), "note", "明天的日记"))
                .when().post("/api/v1/diaries/notes").then().statusCode(400).body("errors.field", everyItem(equalTo("day")));
    }

    @Test
    void shouldTakeAStartUpToSixtyDaysAheadOfTheCountysDay() {
        FarEastCounty county = new FarEastCounty();
        UUID stationId = county.station();
        UUID cadreId = county.cadre("SECTION_LEVEL");
        Map<String, Object> tooLate = CadreTestData.assignment(cadreId, stationId, "LEADER");
        tooLate.put("startsOn", COUNTY_DAY.plusDays(61).toString());
        given().auth().oauth2(county.admin).contentType(ContentType.JSON).body(tooLate)
                .when().post("/api/v1/assignments").then().statusCode(400).body("errors.field", everyItem(equalTo("startsOn")));

        UUID assignmentId = county.assign(cadreId, stationId, "LEADER", COUNTY_DAY.plusDays(60));
        given().auth().oauth2(county.admin).when().get("/api/v1/assignments/{id}", assignmentId).then().statusCode(200)
                .body("startsOn", equalTo(COUNTY_DAY.plusDays(60).toString()));
    }

    @Test
    void shouldCountTermsAndStationExperienceInTheCountysDays() {
        FarEastCounty county = new FarEastCounty();
        UUID stationId = county.station();
        UUID leaderId = county.cadre("SECTION_LEVEL");
        LocalDate startsOn = COUNTY_DAY.plusDays(1).minusYears(2);
        UUID assignmentId = county.assign(leaderId, stationId, "LEADER", startsOn);
        long termLeft = ChronoUnit.DAYS.between(COUNTY_DAY, startsOn.plusYears(2));
        long served = ChronoUnit.DAYS.between(startsOn, COUNTY_DAY);

        // The term ends within termLeft days of the county's today, not of the configured zone's.
        given().auth().oauth2(county.admin).queryParam("withinDays", termLeft).when().get("/api/v1/assignments/ending")
                .then().statusCode(200).body("items.id", hasItem(assignmentId.toString()));
        given().auth().oauth2(county.admin).when().get("/api/v1/cadres/{id}", leaderId).then().statusCode(200)
                .body("stationExperienceDays", equalTo((int) served));
        given().auth().oauth2(county.admin).when().get("/api/v1/cadres/{id}/promotion-eligibility", leaderId).then().statusCode(200)
                .body("stationExperienceDays", equalTo((int) served));

        // The term ends on the county's today; the freed cadre's experience counts up to it.
        given().auth().oauth2(county.admin).contentType(ContentType.JSON)
                .body(Map.of("endedOn", COUNTY_DAY.toString(), "reason", "ROTATION", "version", 0))
                .when().post("/api/v1/assignments/{id}/end", assignmentId).then().statusCode(200)
                .body("endedOn", equalTo(COUNTY_DAY.toString()));
        given().auth().oauth2(county.admin).when().get("/api/v1/stations/{id}/replacement-candidates", stationId)
                .then().statusCode(200).body("find { it.cadreId == '%s' }.stationExperienceDays".formatted(leaderId), equalTo((int) served));
    }

    @Test
    void shouldGiveACountysFiguresAsOfItsOffsetAndTheProvincesAsOfTheConfiguredOne() {
        FarEastCounty county = new FarEastCounty();
        for (String path : new String[] {"/api/v1/pairing-figures", "/api/v1/card-figures"}) {
            OffsetDateTime countyAsOf = OffsetDateTime.parse(given().auth().oauth2(county.admin).when().get(path)
                    .then().statusCode(200).extract().path("asOf"));
            assertThat(countyAsOf.getOffset().getTotalSeconds()).as(path).isEqualTo(14 * 3600);
            assertThat(countyAsOf.toLocalDate()).as(path).isEqualTo(COUNTY_DAY);
            OffsetDateTime provinceAsOf = OffsetDateTime.parse(given().auth().oauth2(PROVINCE_ADMIN).queryParam("groupBy", "PROVINCE")
                    .when().get(path).then().statusCode(200).extract().path("asOf"));
            assertThat(provinceAsOf.getOffset().getTotalSeconds()).as(path).isEqualTo(8 * 3600);
            assertThat(provinceAsOf.toInstant()).as(path).isEqualTo(countyAsOf.toInstant());
        }
    }

    /** A county in Pacific/Kiritimati with a township, a department and its administrator; stations made on asking. */
    private static final class FarEastCounty {

        final UUID countyId;
        final String admin;
        final UUID townshipId;
        final UUID departmentId;
        UUID villageId;

        FarEastCounty() {
            countyId = create(PROVINCE_ADMIN, "/api/v1/counties",
                    Map.of("code", CadreTestData.uniqueCode("C"), "name", "东海县", "zone", "Pacific/Kiritimati"));
            admin = TestTokens.inCounty(countyId, "county-admin-east", Set.of("COUNTY_ADMIN"), Map.of());
            townshipId = create(admin, "/api/v1/townships", Map.of("code", CadreTestData.uniqueCode("T"), "name", "东沟镇"));
            departmentId = create(admin, "/api/v1/departments", Map.of("name", CadreTestData.uniqueCode("县局"),
                    "kind", "ECONOMIC", "level", "COUNTY"));
        }

        UUID station() {
            villageId = create(admin, "/api/v1/villages", Map.of("townshipId", townshipId, "code", CadreTestData.uniqueCode("V"),
                    "name", "东沟村", "kind", "VILLAGE", "type", "POOR"));
            return create(admin, "/api/v1/stations", Map.of("villageId", villageId, "name", "东沟村群众工作站"));
        }

        UUID cadre(String rank) {
            return create(admin, "/api/v1/cadres", Map.of("name", "李东", "phone", "13812345678", "departmentId", departmentId,
                    "rank", rank, "backbone", false, "partyMember", true));
        }

        UUID assign(UUID cadreId, UUID stationId, String role, LocalDate startsOn) {
            Map<String, Object> body = CadreTestData.assignment(cadreId, stationId, role);
            body.put("startsOn", startsOn.toString());
            return create(admin, "/api/v1/assignments", body);
        }

        String cadreToken(UUID cadreId, UUID stationId) {
            return TestTokens.inCounty(countyId, cadreId.toString(), Set.of("CADRE"), Map.of("cadre", cadreId.toString(),
                    "station", stationId.toString(), "township", townshipId.toString()));
        }

        UUID create(String token, String path, Map<String, Object> body) {
            return UUID.fromString(given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post(path).then().statusCode(201).extract().path("id"));
        }
    }
}
