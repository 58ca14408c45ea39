package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.privacy.PersonalDataCipher;

/**
 * The villager's name, phone and address (from the API and from Open311) and who gave consent are ciphertext in
 * the database, read back and masked exactly as before; a failed write logs none of them.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class PersonalDataAtRestTest {

    private static final String CURRENT = "v1:" + MassWorkTestResource.CURRENT_PRIVACY_KEY + ":";
    private static final String INSPECTOR = TestTokens.token("inspector", Set.of("INSPECTOR"), Map.of());
    private static final String HOTLINE = TestTokens.system("hotline-12345");

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "masswork.privacy.keys." + MassWorkTestResource.OLD_PRIVACY_KEY)
    String oldKey;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Values no other test uses, so finding one anywhere in the database means it was stored in plain text. */
    record Villager(String name, String phone, String address, String consentGivenBy) {
        static Villager unique() {
            return new Villager(chinese("欧阳", 2), digits("13", 9), "城关镇东沟村" + digits("", 3) + "组" + chinese("", 2) + "号",
                    chinese("司马", 2));
        }

        List<String> values() {
            return List.of(name, phone, address, consentGivenBy);
        }

        Map<String, Object> errand(Station station) {
            Map<String, Object> body = CaseTestData.errand(station);
            body.put("villager", Map.of("name", name, "phone", phone, "address", address));
            Map<String, Object> consent = new HashMap<>(CaseTestData.consent());
            consent.put("givenBy", consentGivenBy);
            body.put("consent", consent);
            return body;
        }
    }

    @Test
    void shouldStoreTheVillagersPersonalDataAsCiphertextAndShowItAsBefore() throws SQLException {
        Station station = CaseTestData.station();
        Villager villager = Villager.unique();
        UUID caseId = CaseTestData.open(station.cadre(), villager.errand(station));

        try (Connection db = dataSource.getConnection()) {
            assertThat(List.of("villager_name", "villager_phone", "villager_address", "consent_given_by"))
                    .allSatisfy(column -> assertThat(raw(db, "select " + column + " from case_file where id = ?", caseId))
                            .startsWith(CURRENT).matches(PersonalDataCipher.STORED)
                            .satisfies(value -> assertThat(villager.values()).noneMatch(value::contains)));
        }

        given().auth().oauth2(station.cadre()).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("villager.masked", equalTo(false)).body("villager.name", equalTo(villager.name()))
                .body("villager.phone", equalTo(villager.phone())).body("villager.address", equalTo(villager.address()))
                .body("consent.givenBy", equalTo(villager.consentGivenBy()));
        given().auth().oauth2(INSPECTOR).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("villager.masked", equalTo(true))
                .body("villager.name", equalTo(Masking.name(villager.name())))
                .body("villager.phone", equalTo(Masking.phone(villager.phone())))
                .body("villager.address", equalTo(Masking.address(villager.address())))
                .body("consent.givenBy", equalTo(Masking.name(villager.consentGivenBy())));
        given().auth().oauth2(station.townshipOfficer()).queryParam("stationId", station.stationId())
                .when().get("/api/v1/cases")
                .then().statusCode(200).body("items.villagerName", hasItem(Masking.name(villager.name())));
    }

    @Test
    void shouldFindNoPersonalValueInPlainTextInAnyTextColumnOfTheDatabase() throws SQLException {
        Station station = CaseTestData.station();
        Villager villager = Villager.unique();
        Villager caller = Villager.unique();
        given().auth().oauth2(station.cadre()).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(villager.errand(station))
                .when().post("/api/v1/cases").then().statusCode(201);
        given().auth().oauth2(HOTLINE).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .formParam("service_code", "ROADS").formParam("address_id", station.stationId().toString())
                .formParam("description", "村口桥面塌陷").formParam("last_name", caller.name().substring(0, 2))
                .formParam("first_name", caller.name().substring(2)).formParam("phone", caller.phone())
                .formParam("address_string", caller.address())
                .when().post("/api/v1/open311/requests.json").then().statusCode(201);

        try (Connection db = dataSource.getConnection()) {
            List<String> values = new java.util.ArrayList<>(villager.values());
            values.addAll(List.of(caller.name(), caller.phone(), caller.address()));
            assertThat(StoredPersonalData.columnsHolding(db, values)).isEmpty();
            // The same scan finds a value where one is stored in plain text: the case's description is.
            assertThat(StoredPersonalData.columnsHolding(db, List.of("村口桥面塌陷"))).contains("case_file.description");
        }
    }

    @Test
    void shouldReadAValueWrittenWithAKeyThatIsNoLongerCurrent() throws SQLException {
        Station station = CaseTestData.station();
        UUID caseId = CaseTestData.open(station.cadre(), CaseTestData.problem(station));
        PersonalDataCipher old = PersonalDataCipher.fromBase64(Map.of(MassWorkTestResource.OLD_PRIVACY_KEY, oldKey),
                MassWorkTestResource.OLD_PRIVACY_KEY);
        try (Connection db = dataSource.getConnection(); Statement update = db.createStatement()) {
            update.execute("update case_file set villager_phone = '" + old.encrypt("13700001111") + "' where id = '" + caseId + "'");
        }

        given().auth().oauth2(station.cadre()).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("villager.phone", equalTo("13700001111")).body("villager.name", equalTo("张三丰"));
    }

    @Test
    void shouldLogAFailedCaseWriteWithoutItsValues() throws SQLException {
        Station station = CaseTestData.station();
        Villager villager = Villager.unique();
        // A rule only the database knows, for this station alone: the insert fails in Hibernate's batch at flush.
        String constraint = "test_refuse_" + station.stationId().toString().substring(0, 8);
        long mark = StoredPersonalData.logMark();
        try (Connection db = dataSource.getConnection(); Statement ddl = db.createStatement()) {
            ddl.execute("alter table case_file add constraint " + constraint + " check (station_id <> '" + station.stationId()
                    + "') not valid");
            try {
                CaseTestData.post(station.cadre(), "/api/v1/cases", villager.errand(station)).statusCode(500);
            } finally {
                ddl.execute("alter table case_file drop constraint " + constraint);
            }
        }

        String logged = StoredPersonalData.logSince(mark);
        assertThat(logged).as("what the failure logged").contains("23514").contains(constraint);
        assertThat(villager.values()).allSatisfy(value -> assertThat(logged).doesNotContain(value));
        assertThat(logged).as("no parameter values at all, not even ciphertext or the description").doesNotContain("v1:")
                .doesNotContain("代办低保年审材料").doesNotContain("Failing row contains");
    }

    private static String raw(Connection db, String sql, Object... parameters) {
        return StoredPersonalData.raw(db, sql, parameters);
    }

    static String chinese(String prefix, int count) {
        StringBuilder text = new StringBuilder(prefix);
        for (int i = 0; i < count; i++) {
            text.appendCodePoint(ThreadLocalRandom.current().nextInt(0x4E00, 0x9FA5));
        }
        return text.toString();
    }

    static String digits(String prefix, int count) {
        StringBuilder text = new StringBuilder(prefix);
        for (int i = 0; i < count; i++) {
            text.append(ThreadLocalRandom.current().nextInt(10));
        }
        return text.toString();
    }
}
