package org.masswork.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.evaluation.round.RoundFixtures.count;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/** A county's days are its own zone's (from cadre-service's CountyRegistered), not the configured one's (Asia/Shanghai). */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class CountyDaysTest {

    /** UTC+14: its day is the configured zone's next from 18:00 there. */
    private static final ZoneId FAR_EAST = ZoneId.of("Pacific/Kiritimati");
    /** UTC-11: its day is the configured zone's day before until 19:00 there. */
    private static final ZoneId FAR_WEST = ZoneId.of("Pacific/Pago_Pago");

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldTakeACadresStationClaimFromTheDayTheirTermBeginsInTheStationsCounty() {
        // Whichever of the two zones is on another day than the configured one now, at least an hour before its
        // next midnight (Pago Pago is 19 hours behind Shanghai, Kiritimati 6 ahead): the county's day holds while the test
        // runs, even if the configured zone's day turns meanwhile.
        Instant now = Instant.now();
        ZoneId zone = now.atZone(County.ZONE).getHour() < 18 ? FAR_WEST : FAR_EAST;
        UUID county = UUID.randomUUID();
        UUID township = UUID.randomUUID();
        UpstreamEvents events = new UpstreamEvents(county);
        events.county(county, "d" + county.toString().substring(0, 6), zone.getId());
        Place place = events.station(township);
        LocalDate countyToday = LocalDate.ofInstant(now, zone);
        assertThat(countyToday).isNotEqualTo(LocalDate.ofInstant(now, County.ZONE));
        UUID beginsToday = UUID.randomUUID();
        UUID beginsTomorrow = UUID.randomUUID();
        events.assigned(beginsToday, place, countyToday);
        events.assigned(beginsTomorrow, place, countyToday.plusDays(1));
        events.send();
        Await.until("the county and its stationings are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where county_id = :t", county) == 2
                        && count(entityManager, "select count(*) from known_county where county_id = :t and zone = '"
                        + zone.getId() + "'", county) == 1);
        String inspector = TestTokens.inCounty(county, "inspector-d", Set.of("INSPECTOR"), Map.of());
        UUID review = UUID.fromString(given().auth().oauth2(inspector).contentType(ContentType.JSON)
                .body(Map.of("stationId", place.stationId().toString(), "month", "2015-03", "attendanceOk", true,
                        "diaryOk", true, "ledgerOk", true, "caseHandlingOk", true, "score", 90))
                .when().post("/api/v1/supervision-reviews").then().statusCode(201).extract().path("id"));

        // The station's cadre reads its review from the day their term begins in the county, not a day before.
        given().auth().oauth2(cadre(county, beginsToday, place)).when().get("/api/v1/supervision-reviews/{id}", review)
                .then().statusCode(200).body("stationId", equalTo(place.stationId().toString()));
        given().auth().oauth2(cadre(county, beginsTomorrow, place)).when().get("/api/v1/supervision-reviews/{id}", review)
                .then().statusCode(403);
    }

    private static String cadre(UUID county, UUID cadreId, Place place) {
        return TestTokens.inCounty(county, cadreId.toString(), Set.of("CADRE"), Map.of("cadre", cadreId.toString(),
                "station", place.stationId().toString(), "township", place.townshipId().toString()));
    }
}
