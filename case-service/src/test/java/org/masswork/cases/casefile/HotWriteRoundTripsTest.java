package org.masswork.cases.casefile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.lifecycle.TimelineEntry;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.platform.idempotency.IdempotencyRecord;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.platform.privacy.PersonalDataAccess;
import org.masswork.platform.testing.RoundTrips;

/**
 * Issue 16: a filing reaches PostgreSQL in 2 round trips and a case step in at most 4, the commit included, and both
 * still write everything they wrote before (case, deadline, timeline, event, audit, idempotency record).
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class HotWriteRoundTripsTest {

    @Inject
    CaseFileRepository cases;

    private static final int MAX_ROUND_TRIPS = 4;

    @Test
    void shouldFileACaseInTwoRoundTripsWithAllItsRows() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        CaseTestData.open(cadre, CaseTestData.problem(station)); // the station and its team are in the caches now

        ExtractableResponse<Response> filed = given().auth().oauth2(cadre).contentType(ContentType.JSON)
                .header("Idempotency-Key", "hot-write-" + UUID.randomUUID()).header(RoundTrips.HEADER, "count")
                .body(CaseTestData.problem(station)).when().post("/api/v1/cases").then().statusCode(201).extract();

        assertThat(roundTrips(filed)).as("one insert of the case, its deadline, timeline, event, audit and idempotency"
                + " record, and the commit: the station and its team from memory, the key taken unread").isEqualTo(2);
        UUID caseId = UUID.fromString(filed.path("id"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(TimelineEntry.count("caseId", caseId)).isEqualTo(1);
            assertThat(cases.findById(caseId).lastStepAt).isNotNull();
            assertThat(OutboxEvent.count("key = ?1 and type = 'CaseOpened'", caseId.toString())).isEqualTo(1);
            assertThat(PersonalDataAccess.count("resourceId = ?1 and action = 'CREATE'", caseId)).isEqualTo(1);
            assertThat(IdempotencyRecord.count("resourceId", caseId)).isEqualTo(1);
        });
    }

    @Test
    void shouldTakeACaseStepInAtMostFourRoundTripsAndMoveTheVersionByOne() {
        Station station = CaseTestData.station();
        String cadre = station.cadre();
        UUID caseId = CaseTestData.open(cadre, CaseTestData.problem(station));
        long version = CaseTestData.version(caseId);

        Map<String, Object> accept = new HashMap<>(Map.of("action", "ACCEPT", "version", version));
        ExtractableResponse<Response> step = given().auth().oauth2(cadre).contentType(ContentType.JSON)
                .header(RoundTrips.HEADER, "count").body(accept)
                .when().post("/api/v1/cases/{id}/transitions", caseId).then().statusCode(200).extract();

        assertThat(roundTrips(step)).isLessThanOrEqualTo(MAX_ROUND_TRIPS);
        assertThat(step.<Number>path("version").longValue()).isEqualTo(version + 1);
        assertThat(CaseTestData.version(caseId)).isEqualTo(version + 1);
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(TimelineEntry.count("caseId = ?1 and action = 'ACCEPT'", caseId)).isEqualTo(1);
            assertThat(OutboxEvent.count("key = ?1 and type = 'CaseAccepted'", caseId.toString())).isEqualTo(1);
        });
    }

    /** The request's round trips to PostgreSQL, its commit included. */
    private static int roundTrips(ExtractableResponse<Response> response) {
        return Integer.parseInt(response.header(RoundTrips.HEADER));
    }
}
