package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.cases.CaseTestData.open;
import static org.masswork.cases.CaseTestData.post;
import static org.masswork.cases.CaseTestData.transition;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.casefile.CaseOpened;
import org.masswork.cases.deadline.OverdueJob;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.county.Counties;
import org.masswork.platform.testing.PublishedEvents;

/** Every event type case-service publishes, on its optional paths too, as docs/asyncapi.yaml describes it. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class PublishedEventsTest {

    @Inject
    OverdueJob overdueJob;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldPublishEveryEventTypeOfItsChannelAsTheCatalogueDescribesIt() {
        PublishedEvents published = PublishedEvents.mark();
        Station station = CaseTestData.station();
        String cadre = station.cadre();

        // From a household visit, accepted by the cadre (in charge), up the ladder and down, resolved, closed, reopened.
        Map<String, Object> fromVisit = CaseTestData.problem(station);
        fromVisit.put("visitId", UUID.randomUUID());
        UUID visited = open(cadre, fromVisit);
        transition(cadre, visited, "ACCEPT").statusCode(200);
        transition(cadre, visited, "START").statusCode(200);
        transition(cadre, visited, "ESCALATE").statusCode(200);
        transition(cadre, visited, "DE_ESCALATE").statusCode(200);
        transition(cadre, visited, "RESOLVE", Map.of("method", "VISIT_AND_TALK")).statusCode(200);
        transition(cadre, visited, "CLOSE").statusCode(200);
        transition(cadre, visited, "REOPEN", Map.of("note", "群众反映问题复发")).statusCode(200);

        // Filed by the villager, without a visit, accepted and resolved by the township naming no cadre, rated unsatisfied.
        UUID villager = UUID.randomUUID();
        UUID walkIn = open(TestTokens.villager(villager), CaseTestData.problem(station));
        transition(station.townshipOfficer(), walkIn, "ACCEPT").statusCode(200);
        transition(station.townshipOfficer(), walkIn, "START").statusCode(200);
        transition(station.townshipOfficer(), walkIn, "RESOLVE", Map.of("method", "REPLY_WITH_FEEDBACK")).statusCode(200);
        post(TestTokens.villager(villager), "/api/v1/cases/" + walkIn + "/satisfaction",
                Map.of("version", CaseTestData.version(walkIn), "rating", "UNSATISFIED")).statusCode(200);

        UUID rejected = open(cadre, CaseTestData.problem(station));
        transition(cadre, rejected, "REJECT", Map.of("reason", "不属于本站受理范围")).statusCode(200);

        // A petition received 20 days ago: overdue for acceptance, then handled and ended.
        Map<String, Object> late = CaseTestData.petition(station);
        late.put("recordedAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(20).toString());
        UUID petition = open(cadre, late);
        overdueJob.markOverdue(OffsetDateTime.now(ZoneOffset.UTC));
        transition(cadre, petition, "ACCEPT").statusCode(200);
        transition(cadre, petition, "START").statusCode(200);
        transition(cadre, petition, "RESOLVE", Map.of("method", "REPLY_WITH_FEEDBACK")).statusCode(200);
        post(cadre, "/api/v1/cases/" + petition + "/petition/outcome",
                Map.of("version", CaseTestData.version(petition), "outcome", "ENDED_SATISFIED")).statusCode(200);

        assertThat(given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/cases/{id}", walkIn)
                .then().statusCode(200).extract().<String>path("handlerCadreId")).as("the township named no cadre").isNull();
        assertThat(published.mismatches(CaseOpened.class)).isEmpty();
        for (UUID caseId : List.of(visited, walkIn, rejected, petition)) {
            assertThat(CaseEvents.all(caseId)).as("the events of case %s", caseId).isNotEmpty().allSatisfy(event -> {
                assertThat(event.path("countyid").asText()).isEqualTo(Counties.DEFAULT_ID.toString());
                assertThat(event.path("data").path("countyId").asText()).isEqualTo(Counties.DEFAULT_ID.toString());
            });
        }
    }
}
