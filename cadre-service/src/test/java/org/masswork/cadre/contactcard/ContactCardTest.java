package org.masswork.cadre.contactcard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cadre.household.HouseholdWorkData.assign;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.householdBody;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;
import static org.masswork.cadre.household.HouseholdWorkData.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.idempotency.IdempotencyRecord;
import org.masswork.platform.outbox.OutboxEvent;
import org.masswork.infra.County;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class ContactCardTest {

    @Inject
    ContactCardRepository cards;

    @Inject
    ConfirmationCodeRepository codes;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldIssueACardShowingTheTeamWithOneTimeCodesShownOnceAndStoredOnlyHashed() throws Exception {
        Team team = team();
        UUID householdId = household(team);
        String key = UUID.randomUUID().toString();

        JsonPath issued = given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("householdId", householdId)).when().post("/api/v1/contact-cards")
                .then().statusCode(201)
                .body("card.members.cadreId", contains(team.leaderId().toString(), team.memberId().toString()))
                .body("card.members.leader", contains(true, false))
                .body("card.members.phone", contains("13812345678", "13812345678"))
                .body("card.current", equalTo(true)).body("card.codesTotal", equalTo(12)).body("card.codesUsed", equalTo(0))
                .extract().jsonPath();
        List<String> plain = issued.getList("confirmationCodes");
        UUID cardId = UUID.fromString(issued.getString("card.id"));
        assertThat(plain).hasSize(12).doesNotHaveDuplicates().allMatch(code -> code.matches("\\d{6}"));

        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("householdId", householdId)).when().post("/api/v1/contact-cards")
                .then().statusCode(201).body("card.id", equalTo(cardId.toString())).body("confirmationCodes", nullValue());

        List<ConfirmationCode> stored = QuarkusTransaction.requiringNew().call(() -> codes.list("cardId", cardId));
        assertThat(stored).hasSize(12).extracting(c -> c.codeHash).hasSize(12).noneMatch(plain::contains)
                .allMatch(hash -> hash.length() == 64);
        IdempotencyRecord replayRecord = QuarkusTransaction.requiringNew().call(() ->
                IdempotencyRecord.find("key", key).firstResult());
        assertThat(replayRecord.resourceId).as("the replay keeps the card's id, not its codes").isEqualTo(cardId);

        try (KafkaTestClient kafka = new KafkaTestClient(bootstrapServers)) {
            List<ConsumerRecord<String, String>> records = kafka.await("masswork.cadre.events",
                    r -> cardId.toString().equals(r.key()), 1, Duration.ofSeconds(20));
            JsonNode event = mapper.readTree(records.get(0).value());
            assertThat(event.path("type").asText()).isEqualTo("ContactCardIssued");
            assertThat(event.path("data").path("householdId").asText()).isEqualTo(householdId.toString());
            assertThat(event.path("data").path("leaderCadreId").asText()).isEqualTo(team.leaderId().toString());
            assertThat(event.path("data").path("cadreIds")).hasSize(2);
            assertThat(event.toString()).doesNotContain("13812345678");
        }
    }

    @Test
    void shouldListHouseholdsWhoseCardNoLongerShowsTheTeamAfterRotationAndReissue() {
        Team team = team();
        UUID carded = household(team);
        UUID uncarded = household(team);
        UUID firstCard = UUID.fromString(issueCard(team, carded).getString("card.id"));

        given().auth().oauth2(team.memberToken()).queryParam("stationId", team.stationId())
                .when().get("/api/v1/contact-cards/needed")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].householdId", equalTo(uncarded.toString())).body("items[0].reason", equalTo("NO_CARD"));

        assign(CadreTestData.generalCadre("ECONOMIC"), team.stationId(), "MEMBER", County.today().minusDays(1));
        given().auth().oauth2(team.memberToken()).queryParam("stationId", team.stationId()).queryParam("reason", "OUTDATED")
                .when().get("/api/v1/contact-cards/needed")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].householdId", equalTo(carded.toString()))
                .body("items[0].currentCardId", equalTo(firstCard.toString()))
                .body("items[0].reasonLabel", equalTo("卡片信息已过期"));

        JsonPath reissued = issueCard(team, carded);
        assertThat(reissued.getList("card.members")).hasSize(3);
        given().auth().oauth2(team.memberToken()).queryParam("stationId", team.stationId()).queryParam("reason", "OUTDATED")
                .when().get("/api/v1/contact-cards/needed").then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(team.memberToken()).queryParam("householdId", carded)
                .when().get("/api/v1/contact-cards")
                .then().statusCode(200).body("items.current", contains(true, false))
                .body("items[1].id", equalTo(firstCard.toString()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.count("householdId = ?1 and current = true", carded)))
                .isEqualTo(1);
    }

    @Test
    void shouldCountCardsIssuedAndHouseholdsCoveredPerStationAndTownship() {
        Team team = team();
        UUID first = household(team);
        household(team);
        issueCard(team, first);
        issueCard(team, first);
        UUID secondStation = CadreTestData.station(CadreTestData.village(team.townshipId(), "POOR"), "西沟村群众工作站");

        figures(team.officerToken(), "STATION", Map.of()).body("groupBy", equalTo("STATION"))
                .body("rows.stationId", contains(team.stationId().toString(), secondStation.toString()))
                .body("rows.stationName", contains("东沟村群众工作站", "西沟村群众工作站"))
                .body("rows.townshipId", contains(team.townshipId().toString(), team.townshipId().toString()))
                .body("rows.stations", contains(1, 1)).body("rows.households", contains(2, 0))
                .body("rows.householdsCovered", contains(1, 0)).body("rows.cardsIssued", contains(2, 0));
        figures(TestTokens.countyAdmin(), "TOWNSHIP", Map.of("townshipId", team.townshipId())).body("groupBy", equalTo("TOWNSHIP"))
                .body("rows.townshipId", contains(team.townshipId().toString())).body("rows.townshipName", contains("城关镇"))
                .body("rows.stationId", contains(nullValue())).body("rows.stationName", contains(nullValue()))
                .body("rows.stations", contains(2)).body("rows.households", contains(2))
                .body("rows.householdsCovered", contains(1)).body("rows.cardsIssued", contains(2));
        figures(team.memberToken(), "COUNTY", Map.of()).body("rows.townshipId", contains(nullValue()))
                .body("rows.stationId", contains(nullValue())).body("rows.stations", contains(1))
                .body("rows.households", contains(2)).body("rows.householdsCovered", contains(1)).body("rows.cardsIssued", contains(2));
        figures(team.memberToken(), "STATION", Map.of()).body("rows.stationId", contains(team.stationId().toString()));
        given().auth().oauth2(team.officerToken()).queryParam("groupBy", "TOWNSHIP").queryParam("townshipId", UUID.randomUUID())
                .when().get("/api/v1/card-figures").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(team.memberToken()).queryParam("groupBy", "STATION").queryParam("stationId", secondStation)
                .when().get("/api/v1/card-figures").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void shouldGiveTheCountyRowAsTheSumOfTheTownshipAndStationRows() {
        Team team = team();
        issueCard(team, household(team));
        OffsetDateTime before = OffsetDateTime.now();
        JsonPath county = given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/card-figures")
                .then().statusCode(200).body("groupBy", equalTo("COUNTY")).extract().jsonPath();
        JsonPath perTownship = figures(TestTokens.countyAdmin(), "TOWNSHIP", Map.of()).extract().jsonPath();
        JsonPath perStation = figures(TestTokens.countyAdmin(), "STATION", Map.of()).extract().jsonPath();
        OffsetDateTime after = OffsetDateTime.now();

        assertThat(county.getList("rows")).hasSize(1);
        assertThat(perTownship.getList("rows.townshipId")).contains(team.townshipId().toString()).doesNotHaveDuplicates();
        assertThat(perStation.getList("rows.stationId")).contains(team.stationId().toString()).doesNotHaveDuplicates();
        for (String figure : List.of("stations", "households", "householdsCovered", "cardsIssued")) {
            assertThat(county.getLong("rows[0]." + figure)).as(figure).isEqualTo(sum(perTownship.getList("rows." + figure)))
                    .isEqualTo(sum(perStation.getList("rows." + figure))).isPositive();
        }
        assertThat(county.getLong("rows[0].stations")).isEqualTo(perStation.getList("rows").size());
        OffsetDateTime asOf = OffsetDateTime.parse(county.getString("asOf"));
        assertThat(asOf.getOffset()).isEqualTo(County.ZONE.getRules().getOffset(asOf.toInstant()));
        assertThat(asOf.toInstant()).isBetween(before.toInstant().truncatedTo(ChronoUnit.SECONDS), after.toInstant());
    }

    @Test
    void shouldRefuseAGroupingCardsAreNotCountedByNamingGroupBy() {
        for (String groupBy : List.of("CADRE", "VILLAGE")) {
            given().auth().oauth2(TestTokens.countyAdmin()).queryParam("groupBy", groupBy).when().get("/api/v1/card-figures")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("groupBy"));
        }
        given().auth().oauth2(TestTokens.countyAdmin()).header("Accept-Language", "en").queryParam("groupBy", "CADRE")
                .when().get("/api/v1/card-figures")
                .then().statusCode(400).body("errors.reason", contains("must be one of PROVINCE, COUNTY, TOWNSHIP, STATION"));
    }

    private static ValidatableResponse figures(String token, String groupBy, Map<String, Object> filters) {
        return given().auth().oauth2(token).queryParam("groupBy", groupBy).queryParams(filters)
                .when().get("/api/v1/card-figures").then().statusCode(200);
    }

    private static long sum(List<?> values) {
        return values.stream().mapToLong(value -> ((Number) value).longValue()).sum();
    }

    @Test
    void shouldRefuseACardForAStationWithoutTeamOrAnUnknownHouseholdAndWriteNothing() {
        UUID townshipId = CadreTestData.township();
        UUID villageId = CadreTestData.village(townshipId, "POOR");
        CadreTestData.station(villageId);
        UUID householdId = UUID.fromString(given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(householdBody(villageId))
                .when().post("/api/v1/households").then().statusCode(201).extract().path("id"));
        long outboxBefore = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());

        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("householdId", householdId))
                .when().post("/api/v1/contact-cards")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:station-without-team"));
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("householdId", UUID.randomUUID()))
                .when().post("/api/v1/contact-cards")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:unknown-household"))
                .body("errors.field", contains("householdId"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.count("householdId", householdId))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count())).isEqualTo(outboxBefore);
    }

    @Test
    void shouldKeepAnotherStationsCadreAwayFromItsCards() {
        Team mine = team();
        Team other = team();
        UUID householdId = household(mine);
        String cardId = issueCard(mine, householdId).getString("card.id");

        given().auth().oauth2(other.memberToken()).when().get("/api/v1/contact-cards/{id}", cardId).then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:masswork:problem:not-found"));
        given().auth().oauth2(other.memberToken()).queryParam("householdId", householdId)
                .when().get("/api/v1/contact-cards").then().statusCode(404);
        given().auth().oauth2(other.memberToken()).contentType(ContentType.JSON).body(Map.of("householdId", householdId))
                .when().post("/api/v1/contact-cards").then().statusCode(403);
        given().auth().oauth2(other.memberToken()).queryParam("stationId", mine.stationId())
                .when().get("/api/v1/contact-cards/needed").then().statusCode(403);
        assertThat(QuarkusTransaction.requiringNew().call(() -> cards.count("householdId", householdId))).isEqualTo(1);
    }
}
