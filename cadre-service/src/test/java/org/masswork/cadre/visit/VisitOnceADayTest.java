package org.masswork.cadre.visit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visitBody;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.RacingWrites;
import org.masswork.platform.testing.RoundTrips;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.outbox.OutboxEvent;

/** One visit per cadre, household and day: the database's constraint decides, and is answered as the rule. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class VisitOnceADayTest {

    private static final LocalDate TODAY = County.today();

    @Inject
    VisitRepository visits;

    @Inject
    DataSource database;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRecordOneOfTwoVisitsOfTheSameDaySentAtTheSameMomentAndRefuseTheOtherAsAlreadyRecorded() throws Exception {
        Team team = team();
        UUID householdId = household(team);
        Supplier<Response> visit = () -> post(team.memberToken(), visitBody(householdId, TODAY, false), UUID.randomUUID().toString());

        List<Response> answers = RacingWrites.race(database, "visit", List.of(visit, visit)).stream()
                .sorted(Comparator.comparingInt(Response::statusCode)).toList();

        answers.get(0).then().statusCode(201);
        answers.get(1).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:visit-already-recorded"))
                .body("title", equalTo("与当前状态冲突"));
        assertThat(visitsOf(householdId)).isEqualTo(1);
        assertThat(rolesOf(householdId)).as("the roles of the one visit recorded").isEqualTo(2);
        assertThat(visitEvents(householdId)).as("one HouseholdVisited, of the visit recorded").isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'HouseholdVisited' and envelope like ?1", "%" + answers.get(0).<String>path("id") + "%"))).isEqualTo(1);
    }

    @Test
    void shouldRefuseASecondVisitOfTheDayAsAlreadyRecordedWithoutASecondEventAlsoWithACode() {
        Team team = team();
        UUID householdId = household(team);
        post(team.memberToken(), visitBody(householdId, TODAY, false), null).then().statusCode(201);

        post(team.memberToken(), visitBody(householdId, TODAY, true), UUID.randomUUID().toString()).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:visit-already-recorded"))
                .body("status", equalTo(409));
        Map<String, Object> withCode = visitBody(householdId, TODAY, false);
        withCode.put("confirmation", Map.of("code", "123456"));
        post(team.memberToken(), withCode, null).then().statusCode(409)
                .body("type", equalTo("urn:masswork:problem:visit-already-recorded"));
        assertThat(visitsOf(householdId)).isEqualTo(1);
        assertThat(visitEvents(householdId)).isEqualTo(1);
    }

    @Test
    void shouldRecordAVisitInThreeRoundTripsToTheDatabaseWithTheCommit() {
        Team team = team();
        UUID householdId = household(team);
        post(team.memberToken(), visitBody(householdId, TODAY.minusDays(1), false), UUID.randomUUID().toString())
                .then().statusCode(201);
        String key = UUID.randomUUID().toString();

        Response recorded = given().auth().oauth2(team.memberToken()).header(RoundTrips.HEADER, "count")
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(visitBody(householdId, TODAY, true))
                .when().post("/api/v1/visits");

        recorded.then().statusCode(201).body("roles.code", contains("OPINION_RESEARCHER", "SERVICE_PROVIDER"));
        assertThat(Integer.parseInt(recorded.header(RoundTrips.HEADER)))
                .as("the household with the cadre's assignment, one insert of the visit, its roles, its event and the"
                        + " idempotency record, the commit (the key is taken unread)")
                .isEqualTo(3);
        String id = recorded.path("id");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Set.copyOf(visits.get(UUID.fromString(id)).roles)))
                .containsExactlyInAnyOrder(FiveRole.OPINION_RESEARCHER, FiveRole.SERVICE_PROVIDER);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = 'HouseholdVisited' and envelope like ?1", "%" + id + "%")))
                .isEqualTo(1);
        post(team.memberToken(), visitBody(householdId, TODAY, true), key).then().statusCode(201).body("id", equalTo(id));
        assertThat(visitsOf(householdId)).isEqualTo(2);
    }

    private long visitsOf(UUID householdId) {
        return QuarkusTransaction.requiringNew().call(() -> visits.count("householdId", householdId));
    }

    private long rolesOf(UUID householdId) {
        return QuarkusTransaction.requiringNew().call(() -> visits.find("householdId", householdId).list().stream()
                .mapToLong(v -> v.roles.size()).sum());
    }

    private long visitEvents(UUID householdId) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = 'HouseholdVisited' and envelope like ?1", "%" + householdId + "%"));
    }

    private static Response post(String token, Map<String, Object> body, String idempotencyKey) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/visits");
    }
}
