package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/**
 * Input no request may turn into a 500, whatever the endpoint: the platform refuses it with a 400 problem naming the
 * field or parameter (the system test OpenApiFuzzIT sends the same to every operation of every service).
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class InputEdgesTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldRefuseANulCharacterInAnyStringOfABody() {
        Station station = CaseTestData.station();
        Map<String, Object> body = CaseTestData.problem(station);
        body.put("description", "断水\u0000一周");

        CaseTestData.post(station.cadre(), "/api/v1/cases", body)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("description"));

        @SuppressWarnings("unchecked")
        Map<String, Object> villager = (Map<String, Object>) body.get("villager");
        body.put("description", "断水一周");
        villager.put("name", "张\u0000三");
        CaseTestData.post(station.cadre(), "/api/v1/cases", body)
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("villager.name"));
    }

    @Test
    void shouldRefuseANulCharacterInAQueryParameter() {
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("text", "水\u0000管")
                .when().get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
    }

    @Test
    void shouldRefuseAPageSizeBeyondAnIntegerNamingTheParameter() {
        for (Map.Entry<String, String> parameter : Map.of("size", "2147483648", "page", "99999999999999999999").entrySet()) {
            given().auth().oauth2(TestTokens.countyAdmin()).queryParam(parameter.getKey(), parameter.getValue())
                    .when().get("/api/v1/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:validation-failed"))
                    .body("errors.field", hasItem(parameter.getKey()));
        }
    }

    @Test
    void shouldRefuseAQueryParameterOfTheWrongTypeNamingIt() {
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("stationId", "not-a-uuid")
                .when().get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("stationId"));
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "someday")
                .when().get("/api/v1/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("from"));
    }

    @Test
    void shouldRefuseFarFutureAndFarPastDatesNamingTheParameter() {
        for (String date : List.of("+999999999-12-31T00:00:00Z", "-999999999-01-01T00:00:00Z", "10000-01-01T00:00:00Z",
                "1899-12-31T23:59:59Z")) {
            given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", date)
                    .when().get("/api/v1/cases")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("from"));
        }
        for (String day : List.of("+999999999-12-31", "-999999999-01-01", "10000-01-01", "1899-12-31")) {
            given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "2026-01-01").queryParam("to", day)
                    .when().get("/api/v1/case-figures")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("to"));
        }
        // The first and last years taken, each a whole period.
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "1900-01-01").queryParam("to", "1900-12-31")
                .when().get("/api/v1/case-figures")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.countyAdmin()).queryParam("from", "9999-01-01").queryParam("to", "9999-12-31")
                .when().get("/api/v1/case-figures")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseAFormWithUndecodableBytesWithoutLoggingThem() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringWriter text = new StringWriter();
                text.append(String.valueOf(record.getMessage())).append(' ').append(String.valueOf(Arrays.toString(record.getParameters())));
                if (record.getThrown() != null) {
                    record.getThrown().printStackTrace(new PrintWriter(text));
                }
                logged.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            sendUndecodableForms();
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertThat(logged).noneMatch(line -> line.contains(MARKER));
    }

    private static final String MARKER = "zz" + UUID.randomUUID().toString().replace("-", "");

    private static void sendUndecodableForms() throws Exception {
        Station station = CaseTestData.station();
        String fields = "service_code=WATER&address_id=" + station.stationId() + "&description=";
        for (byte[] form : List.of(
                (fields + "%FF%FE" + MARKER).getBytes(StandardCharsets.US_ASCII),
                (fields + MARKER + "%Z").getBytes(StandardCharsets.US_ASCII),
                (fields + MARKER + "%E6%B0").getBytes(StandardCharsets.US_ASCII),
                concat((fields + MARKER).getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/open311/requests.json"))
                    .header("Authorization", "Bearer " + TestTokens.system("hotline"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(response.body()).doesNotContain(MARKER)
                    .containsAnyOf("urn:masswork:problem:malformed-form", "\"field\":\"description\"");
        }
    }

    @Test
    void shouldAnswerAMethodThePathDoesNotHaveWith405AndAllow() {
        given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body("{}")
                .when().delete("/api/v1/cases/{id}", UUID.randomUUID())
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .body("type", equalTo("urn:masswork:problem:method-not-allowed"));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
