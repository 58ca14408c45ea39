package org.masswork.cadre.pairing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.masswork.cadre.CadreTestData.cadre;
import static org.masswork.cadre.CadreTestData.department;
import static org.masswork.cadre.CadreTestData.township;
import static org.masswork.cadre.CadreTestData.village;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.PersonalDataAccess;
import org.masswork.infra.County;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class PairingTest {

    @Inject
    SisterPairRepository sisterPairs;

    @Inject
    BrotherPairRepository brotherPairs;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldPairOrganisationsAndPartyMembersAndCountThem() {
        UUID townshipId = township();
        UUID villageId = village(townshipId, "POOR");
        UUID partyMember = cadre(department("ECONOMIC"), "GENERAL", false);

        post("/api/v1/pairings/sister", Map.of("partyOrganisation", "县财政局机关党支部", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(201).body("townshipId", equalTo(townshipId.toString()));
        post("/api/v1/pairings/sister", Map.of("partyOrganisation", "县财政局机关党支部", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(409).body("type", equalTo("urn:masswork:problem:already-paired"));
        post("/api/v1/pairings/brother", Map.of("cadreId", partyMember, "villageMemberName", "王建国", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(201).body("villageMemberName", equalTo("王建国"));

        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("townshipId", townshipId)
                .when().get("/api/v1/pairing-figures")
                .then().statusCode(200).body("groupBy", equalTo("COUNTY"))
                .body("rows.sisterPairs", contains(1)).body("rows.brotherPairs", contains(1));
        given().auth().oauth2(TestTokens.townshipOfficer(townshipId)).queryParam("villageId", villageId)
                .when().get("/api/v1/pairings/brother")
                .then().statusCode(200).body("items.villageMemberName", contains("王建国")).body("items.nameMasked", contains(false));
    }

    @Test
    void shouldMaskTheVillageMembersNameForTheOrganisationDepartmentAndOtherSystems() {
        UUID townshipId = township();
        UUID villageId = village(townshipId, "POOR");
        post("/api/v1/pairings/brother", Map.of("cadreId", cadre(department("ECONOMIC"), "GENERAL", false),
                "villageMemberName", "王建国", "villageId", villageId, "pairedOn", County.today().toString())).then().statusCode(201);
        long audited = audited(villageId);

        for (String reader : List.of(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()), TestTokens.system("hr-system"))) {
            given().auth().oauth2(reader).queryParam("villageId", villageId)
                    .when().get("/api/v1/pairings/brother")
                    .then().statusCode(200).body("items.villageMemberName", contains("王**")).body("items.nameMasked", contains(true));
        }
        assertThat(audited(villageId)).as("masked reads leave no audit record").isEqualTo(audited);
    }

    @Test
    void shouldPairAndListOnlyInTheTownshipOfficersOwnTownship() {
        UUID mine = township();
        UUID other = township();
        UUID villageOfMine = village(mine, "POOR");
        UUID villageOfOther = village(other, "POOR");
        UUID partyMember = cadre(department("ECONOMIC"), "GENERAL", false);
        String officer = TestTokens.townshipOfficer(mine);
        post("/api/v1/pairings/sister", Map.of("partyOrganisation", "县水利局机关党支部", "villageId", villageOfOther,
                "pairedOn", County.today().toString())).then().statusCode(201);

        post(officer, "/api/v1/pairings/sister", Map.of("partyOrganisation", "县财政局机关党支部", "villageId", villageOfOther,
                "pairedOn", County.today().toString())).then().statusCode(403).contentType("application/problem+json");
        post(officer, "/api/v1/pairings/brother", Map.of("cadreId", partyMember, "villageMemberName", "王建国",
                "villageId", villageOfOther, "pairedOn", County.today().toString())).then().statusCode(403);
        post(officer, "/api/v1/pairings/sister", Map.of("partyOrganisation", "县财政局机关党支部", "villageId", villageOfMine,
                "pairedOn", County.today().toString())).then().statusCode(201);

        assertThat(QuarkusTransaction.requiringNew().call(() -> sisterPairs.count("villageId", villageOfOther))).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> brotherPairs.count("villageId", villageOfOther))).isZero();
        given().auth().oauth2(officer).queryParam("townshipId", other).when().get("/api/v1/pairings/sister").then().statusCode(403);
        given().auth().oauth2(officer).queryParam("size", 100).when().get("/api/v1/pairings/sister")
                .then().statusCode(200).body("items.villageId", contains(villageOfMine.toString()));
        given().auth().oauth2(officer).queryParam("villageId", villageOfOther).when().get("/api/v1/pairings/sister")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().auth().oauth2(officer).when().get("/api/v1/pairing-figures")
                .then().statusCode(200).body("rows.sisterPairs", contains(1)).body("rows.brotherPairs", contains(0));
        given().auth().oauth2(officer).queryParam("groupBy", "TOWNSHIP").when().get("/api/v1/pairing-figures")
                .then().statusCode(200).body("rows.townshipId", contains(mine.toString()))
                .body("rows.sisterPairs", contains(1)).body("rows.brotherPairs", contains(0));
        given().auth().oauth2(officer).queryParam("groupBy", "TOWNSHIP").queryParam("townshipId", other)
                .when().get("/api/v1/pairing-figures")
                .then().statusCode(403).contentType("application/problem+json");
        for (String outsider : List.of(TestTokens.villager(UUID.randomUUID()),
                TestTokens.token("water-bureau", Set.of("DECISION_OWNER"), Map.of("township", other.toString())))) {
            given().auth().oauth2(outsider).when().get("/api/v1/pairings/sister").then().statusCode(403);
            given().auth().oauth2(outsider).when().get("/api/v1/pairings/brother").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), other)).when().get("/api/v1/pairings/brother")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:cadre-not-serving"));
    }

    @Test
    void shouldCountPairsPerTownshipWithTheCountyRowTheirSum() {
        UUID first = township();
        UUID second = township();
        UUID withoutPairs = township();
        UUID villageOfFirst = village(first, "POOR");
        UUID villageOfSecond = village(second, "POOR");
        village(withoutPairs, "POOR");
        UUID partyMember = cadre(department("ECONOMIC"), "GENERAL", false);
        pairSister("县财政局机关党支部", villageOfFirst);
        pairSister("县水利局机关党支部", villageOfFirst);
        pairBrothers(partyMember, "王建国", villageOfFirst);
        pairBrothers(partyMember, "李明", villageOfSecond);

        figures(TestTokens.countyAdmin(), "TOWNSHIP", first).body("groupBy", equalTo("TOWNSHIP"))
                .body("rows.townshipId", contains(first.toString())).body("rows.townshipName", contains("城关镇"))
                .body("rows.sisterPairs", contains(2)).body("rows.brotherPairs", contains(1));
        figures(TestTokens.countyAdmin(), "TOWNSHIP", withoutPairs).body("rows", empty());
        figures(TestTokens.countyAdmin(), "COUNTY", withoutPairs).body("rows.townshipId", contains(nullValue()))
                .body("rows.sisterPairs", contains(0)).body("rows.brotherPairs", contains(0));

        OffsetDateTime before = OffsetDateTime.now();
        JsonPath perTownship = figures(TestTokens.countyAdmin(), "TOWNSHIP", null).extract().jsonPath();
        JsonPath county = given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/pairing-figures")
                .then().statusCode(200).body("groupBy", equalTo("COUNTY")).extract().jsonPath();
        OffsetDateTime after = OffsetDateTime.now();

        List<String> townships = perTownship.getList("rows.townshipId");
        assertThat(townships).contains(first.toString(), second.toString()).doesNotContain(withoutPairs.toString())
                .doesNotHaveDuplicates();
        assertThat(perTownship.getLong("rows.find { it.townshipId == '" + second + "' }.sisterPairs")).isZero();
        assertThat(perTownship.getLong("rows.find { it.townshipId == '" + second + "' }.brotherPairs")).isEqualTo(1);
        assertThat(county.getList("rows")).hasSize(1);
        assertThat(county.getString("rows[0].townshipId")).isNull();
        assertThat(county.getLong("rows[0].sisterPairs")).isEqualTo(sum(perTownship.getList("rows.sisterPairs")))
                .isGreaterThanOrEqualTo(2);
        assertThat(county.getLong("rows[0].brotherPairs")).isEqualTo(sum(perTownship.getList("rows.brotherPairs")))
                .isGreaterThanOrEqualTo(2);
        OffsetDateTime asOf = OffsetDateTime.parse(county.getString("asOf"));
        assertThat(asOf.getOffset()).isEqualTo(County.ZONE.getRules().getOffset(asOf.toInstant()));
        assertThat(asOf.toInstant()).isBetween(before.toInstant().truncatedTo(ChronoUnit.SECONDS), after.toInstant());
    }

    @Test
    void shouldRefuseAGroupingPairingsAreNotCountedByNamingGroupBy() {
        for (String groupBy : List.of("STATION", "CADRE", "MONTH")) {
            given().auth().oauth2(TestTokens.countyAdmin()).queryParam("groupBy", groupBy).when().get("/api/v1/pairing-figures")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("groupBy"));
        }
        given().auth().oauth2(TestTokens.countyAdmin()).header("Accept-Language", "en").queryParam("groupBy", "STATION")
                .when().get("/api/v1/pairing-figures")
                .then().statusCode(400).body("errors.reason", contains("must be one of PROVINCE, COUNTY, TOWNSHIP"));
    }

    private static ValidatableResponse figures(String token, String groupBy, UUID townshipId) {
        var request = given().auth().oauth2(token).queryParam("groupBy", groupBy);
        if (townshipId != null) {
            request.queryParam("townshipId", townshipId);
        }
        return request.when().get("/api/v1/pairing-figures").then().statusCode(200);
    }

    private static void pairSister(String organisation, UUID villageId) {
        post("/api/v1/pairings/sister", Map.of("partyOrganisation", organisation, "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(201);
    }

    private static void pairBrothers(UUID cadreId, String villageMemberName, UUID villageId) {
        post("/api/v1/pairings/brother", Map.of("cadreId", cadreId, "villageMemberName", villageMemberName, "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(201);
    }

    private static long sum(List<?> values) {
        return values.stream().mapToLong(value -> ((Number) value).longValue()).sum();
    }

    private static long audited(UUID villageId) {
        return QuarkusTransaction.requiringNew().call(() -> PersonalDataAccess.count(
                "resourceType = 'BrotherPair' and resourceId in (select p.id from BrotherPair p where p.villageId = ?1)", villageId));
    }

    @Test
    void shouldPairOnlyPartyMembersAsBrothers() {
        UUID villageId = village(township(), "POOR");
        Map<String, Object> notAMember = Map.of("name", "李明", "phone", "13912345678", "departmentId", department("ECONOMIC"),
                "rank", "GENERAL", "backbone", false, "partyMember", false);
        String cadreId = given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(notAMember)
                .when().post("/api/v1/cadres").then().statusCode(201).extract().path("id");

        post("/api/v1/pairings/brother", Map.of("cadreId", cadreId, "villageMemberName", "王建国", "villageId", villageId,
                "pairedOn", County.today().toString())).then().statusCode(422)
                .body("type", equalTo("urn:masswork:problem:not-a-party-member"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("villageId", villageId)
                .when().get("/api/v1/pairings/brother").then().body("totalItems", equalTo(0));
    }

    private static Response post(String path, Map<String, Object> body) {
        return post(TestTokens.countyAdmin(), path, body);
    }

    private static Response post(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path);
    }
}
