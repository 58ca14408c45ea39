package org.masswork.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.masswork.risk.RiskTestData.owner;
import static org.masswork.risk.RiskTestData.post;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.infra.TestTokens;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.privacy.PersonalDataCipher;
import org.masswork.risk.RiskTestData.Village;

/**
 * Meeting participants' names and phones are ciphertext in the database, read back and masked exactly as before;
 * a failed write logs none of them.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class PersonalDataAtRestTest {

    private static final String CURRENT = "v1:" + MassWorkTestResource.CURRENT_PRIVACY_KEY + ":";
    private static final String WATER = "县水利局";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "masswork.privacy.keys." + MassWorkTestResource.OLD_PRIVACY_KEY)
    String oldKey;

    private KafkaTestClient kafka;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    /** Values no other test uses, so finding one anywhere in the database means it was stored in plain text. */
    record Participant(String name, String phone) {
        static Participant unique() {
            return new Participant(StoredPersonalData.randomChinese("欧阳", 2), StoredPersonalData.randomDigits("13", 9));
        }
    }

    @Test
    void shouldStoreParticipantsAsCiphertextAndShowThemAsBefore() throws SQLException {
        Participant first = Participant.unique();
        Participant second = Participant.unique();
        Meeting meeting = meetingWith(first, second);

        try (Connection db = dataSource.getConnection()) {
            for (int position = 0; position < 2; position++) {
                for (String column : List.of("name", "phone")) {
                    assertThat(StoredPersonalData.raw(db, "select " + column
                            + " from meeting_participant where meeting_id = ? and position = ?", meeting.id(), position))
                            .startsWith(CURRENT).matches(PersonalDataCipher.STORED)
                            .doesNotContain(first.name()).doesNotContain(first.phone())
                            .doesNotContain(second.name()).doesNotContain(second.phone());
                }
            }
            assertThat(StoredPersonalData.columnsHolding(db, List.of(first.name(), first.phone(), second.name(),
                    second.phone()))).as("every text column of the database").isEmpty();
            // The same scan finds a value where one is stored in plain text: the meeting's place is.
            assertThat(StoredPersonalData.columnsHolding(db, List.of(meeting.place()))).contains("opinion_meeting.place");
        }
        // In full for the owning department and county admins, masked for everyone else (MatterReviewTest), as before.

        given().auth().oauth2(owner(WATER)).when().get("/api/v1/matters/{id}/meetings", meeting.matterId())
                .then().statusCode(200).body("items[0].participants.name", contains(first.name(), second.name()))
                .body("items[0].participants.phone", contains(first.phone(), second.phone()));
        given().auth().oauth2(owner("县教育局")).when().get("/api/v1/matters/{id}/meetings", meeting.matterId())
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("inspector", java.util.Set.of("INSPECTOR"), Map.of()))
                .when().get("/api/v1/matters/{id}/meetings", meeting.matterId())
                .then().statusCode(200).body("items[0].participants.name",
                        contains(Masking.name(first.name()), Masking.name(second.name())));
    }

    @Test
    void shouldReadAValueWrittenWithAKeyThatIsNoLongerCurrent() throws SQLException {
        Meeting meeting = meetingWith(Participant.unique(), Participant.unique());
        PersonalDataCipher old = PersonalDataCipher.fromBase64(Map.of(MassWorkTestResource.OLD_PRIVACY_KEY, oldKey),
                MassWorkTestResource.OLD_PRIVACY_KEY);
        try (Connection db = dataSource.getConnection(); Statement update = db.createStatement()) {
            update.execute("update meeting_participant set name = '" + old.encrypt("上官婉儿") + "' where meeting_id = '"
                    + meeting.id() + "' and position = 1");
        }

        given().auth().oauth2(owner(WATER)).when().get("/api/v1/matters/{id}/meetings", meeting.matterId())
                .then().statusCode(200).body("items[0].participants[1].name", org.hamcrest.Matchers.equalTo("上官婉儿"));
    }

    @Test
    void shouldLogAFailedMeetingWriteWithoutItsParticipants() throws SQLException {
        Participant participant = Participant.unique();
        UUID matterId = matterGatheringOpinion();
        Map<String, Object> body = meetingBody(village, participant, Participant.unique());
        // A rule only the database knows, for this matter alone: the insert fails in Hibernate's batch at flush.
        String constraint = "test_refuse_" + matterId.toString().substring(0, 8);
        long mark = StoredPersonalData.logMark();
        try (Connection db = dataSource.getConnection(); Statement ddl = db.createStatement()) {
            ddl.execute("alter table opinion_meeting add constraint " + constraint + " check (matter_id <> '" + matterId
                    + "') not valid");
            try {
                post(owner(WATER), "/api/v1/matters/" + matterId + "/meetings", body).statusCode(500);
            } finally {
                ddl.execute("alter table opinion_meeting drop constraint " + constraint);
            }
        }

        String logged = StoredPersonalData.logSince(mark);
        assertThat(logged).as("what the failure logged").contains("23514").contains(constraint)
                .doesNotContain(participant.name()).doesNotContain(participant.phone())
                .as("no parameter values at all").doesNotContain("v1:").doesNotContain(body.get("place").toString())
                .doesNotContain("Failing row contains");
    }

    record Meeting(UUID matterId, UUID id, String place) {
    }

    private Village village;

    private UUID matterGatheringOpinion() {
        List<Village> villages = RiskTestData.villages(kafka, UUID.randomUUID(), 1);
        village = villages.get(0);
        Map<String, Object> body = RiskTestData.project(villages);
        body.put("householdsAffected", 40);
        UUID matterId = RiskTestData.register(owner(WATER), body);
        RiskTestData.startGathering(owner(WATER), matterId);
        return matterId;
    }

    private Map<String, Object> meetingBody(Village at, Participant first, Participant second) {
        Map<String, Object> body = RiskTestData.meeting("HEARING", at, List.of(RiskTestData.opinion("ENVIRONMENT", "SUPPORT", 3)));
        body.put("place", "村委会" + StoredPersonalData.randomChinese("", 4) + "会议室");
        body.put("participants", List.of(Map.of("name", first.name(), "phone", first.phone(), "villageId", at.villageId().toString()),
                Map.of("name", second.name(), "phone", second.phone())));
        return body;
    }

    private Meeting meetingWith(Participant first, Participant second) {
        UUID matterId = matterGatheringOpinion();
        Map<String, Object> body = meetingBody(village, first, second);
        UUID id = UUID.fromString(given().auth().oauth2(owner(WATER)).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .when().post("/api/v1/matters/" + matterId + "/meetings").then().statusCode(201).extract().path("id"));
        return new Meeting(matterId, id, body.get("place").toString());
    }
}
