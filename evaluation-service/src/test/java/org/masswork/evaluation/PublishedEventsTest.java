package org.masswork.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.evaluation.round.RoundFixtures.ballot;
import static org.masswork.evaluation.round.RoundFixtures.cast;
import static org.masswork.evaluation.round.RoundFixtures.close;
import static org.masswork.evaluation.round.RoundFixtures.code;
import static org.masswork.evaluation.round.RoundFixtures.codesByCadre;
import static org.masswork.evaluation.round.RoundFixtures.open;
import static org.masswork.evaluation.round.RoundFixtures.township;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.round.EvaluationRoundOpened;
import org.masswork.evaluation.round.RoundFixtures.Township;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.testing.PublishedEvents;

/** Every event type evaluation-service publishes, for township and county rounds, as docs/asyncapi.yaml describes it. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "evaluation"))
class PublishedEventsTest {

    /** A half year no other test opens a round for: a county round covers every township's. */
    private static final String COUNTY_PERIOD = "2016-H1";

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldPublishEveryEventTypeOfItsChannelAsTheCatalogueDescribesIt() {
        PublishedEvents published = PublishedEvents.mark();
        Township t = township(entityManager);

        // A township round: A gets enough ballots to be graded, B and C none.
        JsonPath opened = open(t.id()).statusCode(201).extract().jsonPath();
        UUID roundId = UUID.fromString(opened.getString("round.id"));
        Map<UUID, List<Map<String, String>>> codes = codesByCadre(opened);
        for (int i = 0; i < 6; i++) {
            cast(roundId, ballot(t.a(), code(codes, t.a(), i), "SATISFIED", 5)).statusCode(201);
        }
        close(roundId, 0).statusCode(200);

        // A county round, of no township.
        JsonPath county = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("period", COUNTY_PERIOD)).when().post("/api/v1/rounds").then().statusCode(201).extract().jsonPath();
        assertThat(county.getString("round.townshipId")).isNull();
        close(UUID.fromString(county.getString("round.id")), 0).statusCode(200);

        assertThat(published.mismatches(EvaluationRoundOpened.class)).isEmpty();
    }
}
