package org.masswork.cadre;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.household.HouseholdWorkData;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.privacy.PersonalDataCipher;

/**
 * Households' names, phones and addresses, cadres' phones (also as printed on cards) and village members' names
 * are ciphertext in the database, read back and masked exactly as before; a failed write logs none of them.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class PersonalDataAtRestTest {

    private static final String CURRENT = "v1:" + MassWorkTestResource.CURRENT_PRIVACY_KEY + ":";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "masswork.privacy.keys." + MassWorkTestResource.OLD_PRIVACY_KEY)
    String oldKey;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Values no other test uses, so finding one anywhere in the database means it was stored in plain text. */
    record Person(String name, String phone, String address, String cadrePhone, String memberName) {
        static Person unique() {
            return new Person(StoredPersonalData.randomChinese("欧阳", 3), StoredPersonalData.randomDigits("13", 9), "东沟村" + StoredPersonalData.randomDigits("", 4) + "组" + StoredPersonalData.randomChinese("", 2) + "号",
                    StoredPersonalData.randomDigits("15", 9), StoredPersonalData.randomChinese("司马", 2));
        }

        List<String> values() {
            return List.of(name, phone, address, cadrePhone, memberName);
        }
    }

    @Test
    void shouldStoreEveryPersonalValueAsCiphertextAndShowItAsBefore() throws SQLException {
        Person person = Person.unique();
        Stored stored = recordsOf(person);

        try (Connection db = dataSource.getConnection()) {
            assertThat(List.of(
                    raw(db, "select head_name from household where id = ?", stored.householdId()),
                    raw(db, "select address from household where id = ?", stored.householdId()),
                    raw(db, "select phone from household where id = ?", stored.householdId()),
                    raw(db, "select phone from cadre where id = ?", stored.cadreId()),
                    raw(db, "select phone from contact_card_member where card_id = ? and cadre_id = ?", stored.cardId(),
                            stored.cadreId()),
                    raw(db, "select village_member_name from brother_pair where id = ?", stored.pairId())))
                    .allSatisfy(value -> assertThat(value).startsWith(CURRENT).matches(PersonalDataCipher.STORED))
                    .noneSatisfy(value -> assertThat(person.values()).anyMatch(value::contains));
            assertThat(raw(db, "select village_member_name_hash from brother_pair where id = ?", stored.pairId()))
                    .matches("[0-9a-f]{64}");
        }

        given().auth().oauth2(stored.team().officerToken()).when().get("/api/v1/households/{id}", stored.householdId())
                .then().statusCode(200).body("headName", equalTo(person.name())).body("phone", equalTo(person.phone()))
                .body("address", equalTo(person.address())).body("masked", equalTo(false));
        given().auth().oauth2(TestTokens.token("org-dept", Set.of("ORG_DEPT"), Map.of()))
                .when().get("/api/v1/households/{id}", stored.householdId())
                .then().statusCode(200).body("headName", equalTo(Masking.name(person.name())))
                .body("phone", equalTo(Masking.phone(person.phone()))).body("address", equalTo(Masking.address(person.address())))
                .body("masked", equalTo(true));
        given().auth().oauth2(TestTokens.countyAdmin()).when().get("/api/v1/cadres/{id}", stored.cadreId())
                .then().statusCode(200).body("phone", equalTo(person.cadrePhone()));
        given().auth().oauth2(stored.team().memberToken()).when().get("/api/v1/contact-cards/{id}", stored.cardId())
                .then().statusCode(200).body("members.phone", hasItem(person.cadrePhone()));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("villageId", stored.team().villageId())
                .when().get("/api/v1/pairings/brother")
                .then().statusCode(200).body("items.villageMemberName", contains(person.memberName()));
    }

    @Test
    void shouldFindNoPersonalValueInPlainTextInAnyTextColumnOfTheDatabase() throws SQLException {
        Person person = Person.unique();
        recordsOf(person);

        try (Connection db = dataSource.getConnection()) {
            assertThat(StoredPersonalData.columnsHolding(db, person.values())).isEmpty();
            // The same scan finds a value where one is stored in plain text: the cadre's name, shown to all, is.
            assertThat(StoredPersonalData.columnsHolding(db, List.of("张伟"))).contains("cadre.name");
        }
    }

    @Test
    void shouldReadAValueWrittenWithAKeyThatIsNoLongerCurrentAndWriteChangesWithTheCurrentOne() throws SQLException {
        HouseholdWorkData.Team team = HouseholdWorkData.team();
        UUID householdId = HouseholdWorkData.household(team);
        PersonalDataCipher old = PersonalDataCipher.fromBase64(Map.of(MassWorkTestResource.OLD_PRIVACY_KEY, oldKey),
                MassWorkTestResource.OLD_PRIVACY_KEY);
        try (Connection db = dataSource.getConnection(); Statement update = db.createStatement()) {
            update.execute("update household set head_name = '" + old.encrypt("上官婉儿") + "' where id = '" + householdId + "'");
        }

        given().auth().oauth2(team.memberToken()).when().get("/api/v1/households/{id}", householdId)
                .then().statusCode(200).body("headName", equalTo("上官婉儿"));
        Map<String, Object> change = Map.of("version", 0, "headName", "上官婉儿", "address", "东沟村三组1号",
                "phone", "13700000000", "memberCount", 2, "tags", List.of());
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(change)
                .when().put("/api/v1/households/{id}", householdId).then().statusCode(200).body("headName", equalTo("上官婉儿"));
        try (Connection db = dataSource.getConnection()) {
            assertThat(raw(db, "select head_name from household where id = ?", householdId)).startsWith(CURRENT);
        }
    }

    @Test
    void shouldPairAVillageMemberWithACadreOnceByTheHashOfTheName() {
        UUID villageId = CadreTestData.village(CadreTestData.township(), "POOR");
        UUID cadreId = CadreTestData.cadre(CadreTestData.department("ECONOMIC"), "GENERAL", false);
        Map<String, Object> pair = Map.of("cadreId", cadreId, "villageMemberName", "诸葛建国", "villageId", villageId,
                "pairedOn", County.today().toString());

        pairBrothers(pair).then().statusCode(201);
        pairBrothers(pair).then().statusCode(409).body("type", equalTo("urn:masswork:problem:duplicate"));
        Map<String, Object> spaced = new HashMap<>(pair);
        spaced.put("villageMemberName", " 诸葛建国 ");
        pairBrothers(spaced).then().statusCode(409);
        Map<String, Object> another = new HashMap<>(pair);
        another.put("villageMemberName", "诸葛建军");
        pairBrothers(another).then().statusCode(201);
    }

    @Test
    void shouldLogAFailedHouseholdWriteWithoutItsValues() throws SQLException {
        HouseholdWorkData.Team team = HouseholdWorkData.team();
        Person person = Person.unique();
        Map<String, Object> body = HouseholdWorkData.householdBody(team.villageId());
        body.putAll(Map.of("headName", person.name(), "phone", person.phone(), "address", person.address()));
        // A rule only the database knows, for this village alone: the insert fails in Hibernate's batch at flush.
        String constraint = "test_refuse_" + team.villageId().toString().substring(0, 8);
        long mark = StoredPersonalData.logMark();
        try (Connection db = dataSource.getConnection(); Statement ddl = db.createStatement()) {
            ddl.execute("alter table household add constraint " + constraint + " check (village_id <> '" + team.villageId()
                    + "') not valid");
            try {
                given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(body)
                        .when().post("/api/v1/households").then().statusCode(500);
            } finally {
                ddl.execute("alter table household drop constraint " + constraint);
            }
        }

        String logged = StoredPersonalData.logSince(mark);
        assertThat(logged).as("what the failure logged").contains("23514").contains(constraint)
                .doesNotContain(person.name()).doesNotContain(person.phone()).doesNotContain(person.address())
                .as("no parameter values at all, not even ciphertext").doesNotContain("v1:")
                .doesNotContain("Failing row contains");
    }

    record Stored(HouseholdWorkData.Team team, UUID householdId, UUID cadreId, UUID cardId, UUID pairId) {
    }

    /** A station led by a cadre with the person's cadre phone, the person's household with its card, a brother pair. */
    private static Stored recordsOf(Person person) {
        UUID townshipId = CadreTestData.township();
        UUID villageId = CadreTestData.village(townshipId, "POOR");
        UUID stationId = CadreTestData.station(villageId);
        UUID cadreId = UUID.fromString(given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", "张伟", "phone", person.cadrePhone(), "departmentId", CadreTestData.department("ECONOMIC"),
                        "rank", "SECTION_LEVEL", "backbone", false, "partyMember", true))
                .when().post("/api/v1/cadres").then().statusCode(201).extract().path("id"));
        UUID memberId = CadreTestData.generalCadre("ECONOMIC");
        HouseholdWorkData.assign(cadreId, stationId, "LEADER", County.today().minusMonths(3));
        HouseholdWorkData.assign(memberId, stationId, "MEMBER", County.today().minusMonths(3));
        HouseholdWorkData.Team team = new HouseholdWorkData.Team(townshipId, villageId, stationId, cadreId, memberId);

        Map<String, Object> household = HouseholdWorkData.householdBody(villageId, "ELDERLY_ALONE");
        household.putAll(Map.of("headName", person.name(), "phone", person.phone(), "address", person.address()));
        UUID householdId = UUID.fromString(given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(household)
                .when().post("/api/v1/households").then().statusCode(201).body("headName", equalTo(person.name()))
                .extract().path("id"));
        UUID cardId = UUID.fromString(HouseholdWorkData.issueCard(team, householdId).getString("card.id"));
        UUID pairId = UUID.fromString(pairBrothers(Map.of("cadreId", cadreId, "villageMemberName", person.memberName(),
                "villageId", villageId, "pairedOn", County.today().toString()))
                .then().statusCode(201).extract().path("id"));
        return new Stored(team, householdId, cadreId, cardId, pairId);
    }

    private static io.restassured.response.Response pairBrothers(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).when().post("/api/v1/pairings/brother");
    }

    private static String raw(Connection db, String sql, Object... parameters) {
        return StoredPersonalData.raw(db, sql, parameters);
    }
}
