package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.cases.station.StationCadre;
import org.masswork.cases.station.StationCadreRepository;
import org.masswork.cases.station.StationEvents;
import org.masswork.cases.station.TeamRole;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.TestEvents;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.county.KnownCounties;

/**
 * A county's days are its own zone's (from cadre-service's CountyRegistered), not the configured one's
 * (Asia/Shanghai): who serves a station today, and the quarters of its quarterly analysis.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class CountyDaysTest {

    /** UTC+14: its day is the configured zone's next from 18:00 there. */
    private static final ZoneId FAR_EAST = ZoneId.of("Pacific/Kiritimati");
    /** UTC-11: its day is the configured zone's day before until 19:00 there. */
    private static final ZoneId FAR_WEST = ZoneId.of("Pacific/Pago_Pago");

    @Inject
    KnownStationRepository stations;

    @Inject
    KnownCounties counties;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldLetACadreServeFromTheDayTheirTermBeginsInTheStationsCounty() {
        // Whichever of the two zones is on another day than the configured one now, at least an hour before its
        // next midnight (Pago Pago is 19 hours behind Shanghai, Kiritimati 6 ahead): the county's day holds while the test
        // runs, even if the configured zone's day turns meanwhile.
        Instant now = Instant.now();
        ZoneId zone = now.atZone(County.ZONE).getHour() < 18 ? FAR_WEST : FAR_EAST;
        Station station = stationOfANewCounty(zone);
        LocalDate countyToday = LocalDate.ofInstant(now, zone);
        assertThat(countyToday).isNotEqualTo(LocalDate.ofInstant(now, County.ZONE));
        UUID beginsToday = assigned(station, countyToday);
        UUID beginsTomorrow = assigned(station, countyToday.plusDays(1));

        given().auth().oauth2(station.countyAdmin()).when().get("/api/v1/station-directory/{id}/cadres", station.stationId())
                .then().statusCode(200).body("cadreId", contains(beginsToday.toString()));
        open(station.tokenOf(beginsToday), CaseTestData.problem(station));
        post(station.tokenOf(beginsTomorrow), "/api/v1/cases", CaseTestData.problem(station)).statusCode(422)
                .body("type", equalTo("urn:masswork:problem:cadre-not-serving"));
    }

    @Test
    void shouldCountAQuartersCasesFromTheCountysFirstDayOfTheQuarter() {
        Station station = stationOfANewCounty(FAR_EAST);
        // 00:30 on 1 April there is 10:30 on 31 March in UTC and 18:30 in the configured zone: the second quarter's case.
        OffsetDateTime aprilFirst = LocalDate.of(2025, 4, 1).atTime(0, 30).atZone(FAR_EAST).toOffsetDateTime();
        Map<String, Object> body = CaseTestData.problem(station);
        body.put("recordedAt", aprilFirst.toString());
        open(station.cadre(), body);

        var analysis = given().auth().oauth2(station.countyAdmin()).queryParam("year", 2025).queryParam("quarter", 2)
                .when().get("/api/v1/case-figures/quarterly-analysis").then().statusCode(200)
                .body("topCategoriesByTownship.cases", contains(1))
                .body("topCategoriesByTownship.previousQuarterCases", contains(0))
                .extract().jsonPath();
        assertThat(OffsetDateTime.parse(analysis.getString("from")))
                .isEqualTo(LocalDate.of(2025, 4, 1).atStartOfDay(FAR_EAST).toOffsetDateTime());
        assertThat(OffsetDateTime.parse(analysis.getString("to")).toInstant())
                .isEqualTo(LocalDate.of(2025, 7, 1).atStartOfDay(FAR_EAST).toInstant());
    }

    /** A station of a county cadre-service registered in the zone, known from its events. */
    private Station stationOfANewCounty(ZoneId zone) {
        UUID countyId = UUID.randomUUID();
        UUID stationId = UUID.randomUUID();
        UUID township = UUID.randomUUID();
        String registered = TestEvents.envelope(UUID.randomUUID(), "/masswork/cadre-service", "CountyRegistered",
                countyId.toString(), OffsetDateTime.now(ZoneOffset.UTC),
                "{\"countyId\":\"" + countyId + "\",\"code\":\"" + countyId.toString().substring(0, 8) + "\",\"name\":\"远县\",\"zone\":\""
                        + zone.getId() + "\"}");
        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            kafka.send(StationEvents.CADRE_TOPIC, countyId.toString(), StationEvents.inCounty(registered, countyId));
            kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(),
                    StationEvents.stationRegistered(UUID.randomUUID(), stationId, township, "远村群众工作站", countyId));
        }
        StationEvents.awaitInDirectory(stations, stationId, Duration.ofSeconds(30));
        Await.until("county " + countyId + " in " + zone, Duration.ofSeconds(30), () -> zone.getId().equals(
                QuarkusTransaction.requiringNew().call(() -> counties.findByIdOptional(countyId).map(c -> c.zone).orElse(null))));
        return new Station(stationId, UUID.randomUUID(), township, countyId);
    }

    /** A new cadre whose term at the station begins on the day, as cadre-service's CadreAssigned would have told. */
    private static UUID assigned(Station station, LocalDate startsOn) {
        StationCadre assignment = new StationCadre();
        assignment.assignmentId = UUID.randomUUID();
        assignment.cadreId = UUID.randomUUID();
        assignment.stationId = station.stationId();
        assignment.townshipId = station.townshipId();
        assignment.countyId = station.countyId();
        assignment.role = TeamRole.MEMBER;
        assignment.firstSecretary = false;
        assignment.startsOn = startsOn;
        assignment.termEndsOn = startsOn.plusYears(2);
        assignment.assignedAt = OffsetDateTime.now(ZoneOffset.UTC);
        StationCadreRepository assignments = Arc.container().instance(StationCadreRepository.class).get();
        QuarkusTransaction.requiringNew().run(() -> assignments.save(assignment));
        return assignment.cadreId;
    }
}
