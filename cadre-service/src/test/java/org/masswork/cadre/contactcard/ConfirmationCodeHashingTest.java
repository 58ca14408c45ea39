package org.masswork.cadre.contactcard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.issueCard;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visitBody;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;

/** What is stored of a card's one-time codes: keyed HMACs for new cards, while the cards issued before keep PBKDF2. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class ConfirmationCodeHashingTest {

    @Inject
    ContactCardRepository cards;

    @Inject
    ConfirmationCodeRepository codes;

    @ConfigProperty(name = "masswork.household-work.card.code-key")
    String codeKey;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldStoreANewCardsCodesAsHmacsUnderTheCodeKeyOfTheCardsSaltAndTheCode() throws Exception {
        Team team = team();
        JsonPath issued = issueCard(team, household(team));
        UUID cardId = UUID.fromString(issued.getString("card.id"));
        List<String> plain = issued.getList("confirmationCodes");

        ContactCard card = QuarkusTransaction.requiringNew().call(() -> cards.findById(cardId));
        assertThat(card.codeHashing).isEqualTo(CodeHashing.HMAC_SHA256);
        List<String> stored = QuarkusTransaction.requiringNew().call(() ->
                codes.list("cardId", cardId).stream().map(c -> c.codeHash).toList());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(codeKey), "HmacSHA256"));
        List<String> expected = plain.stream().map(code -> HexFormat.of().formatHex(
                mac.doFinal((card.codeSalt + ":" + code).getBytes(StandardCharsets.US_ASCII)))).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void shouldStillConfirmVisitsWithTheCodesOfACardIssuedWithPbkdf2() throws Exception {
        Team team = team();
        UUID householdId = household(team);
        JsonPath issued = issueCard(team, householdId);
        UUID cardId = UUID.fromString(issued.getString("card.id"));
        List<String> plain = issued.getList("confirmationCodes");
        // The card as the versions before the code key stored it: PBKDF2 of each code with the card's salt.
        QuarkusTransaction.requiringNew().run(() -> {
            ContactCard card = cards.findById(cardId);
            card.codeHashing = CodeHashing.PBKDF2;
            codes.delete("cardId", cardId);
            for (String code : plain) {
                ConfirmationCode row = new ConfirmationCode();
                row.id = UUID.randomUUID();
                row.cardId = cardId;
                row.codeHash = pbkdf2(code, card.codeSalt);
                codes.persist(row);
            }
        });

        Map<String, Object> wrong = visitBody(householdId, County.today(), false);
        wrong.put("confirmation", Map.of("code", plain.contains("000000") ? "000001" : "000000"));
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(wrong)
                .when().post("/api/v1/visits")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:confirmation-code-invalid"));
        Map<String, Object> right = visitBody(householdId, County.today(), false);
        right.put("confirmation", Map.of("code", plain.get(5)));
        given().auth().oauth2(team.memberToken()).contentType(ContentType.JSON).body(right)
                .when().post("/api/v1/visits")
                .then().statusCode(201).body("confirmed", equalTo(true)).body("confirmationMethod", equalTo("CODE"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> codes.count("cardId = ?1 and usedAt is not null", cardId)))
                .isEqualTo(1);
    }

    private static String pbkdf2(String code, String salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), HexFormat.of().parseHex(salt), 5000, 256);
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
