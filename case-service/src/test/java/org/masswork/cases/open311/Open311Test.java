package org.masswork.cases.open311;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cases.CaseTestData.Station;
import org.masswork.cases.CaseTestData;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class Open311Test {

    private static final String HOTLINE = TestTokens.system("hotline-12345");

    @Inject
    CaseFileRepository cases;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldServeGeoReportServicesAndOpenAndReadRequests() {
        given().auth().oauth2(HOTLINE).when().get("/api/v1/open311/services.json")
                .then().statusCode(200).body("service_code", hasItem("ROADS"))
                .body("find { it.service_code == 'ROADS' }.service_name", equalTo("道路交通"))
                .body("[0].metadata", equalTo(false)).body("[0].type", equalTo("realtime"));

        Station station = CaseTestData.station();
        String id = given().auth().oauth2(HOTLINE).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("service_code", "ROADS").formParam("address_id", station.stationId().toString())
                .formParam("description", "村口桥面塌陷").formParam("last_name", "王").formParam("first_name", "五")
                .formParam("phone", "13900001111").formParam("api_key", "ignored")
                .when().post("/api/v1/open311/requests.json")
                .then().statusCode(201).body("", hasSize(1)).extract().path("[0].service_request_id");

        given().auth().oauth2(HOTLINE).when().get("/api/v1/open311/requests/{id}.json", id)
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].status", equalTo("open")).body("[0].service_code", equalTo("ROADS"))
                .body("[0].address_id", equalTo(station.stationId().toString()))
                .body("[0].description", equalTo("村口桥面塌陷"))
                .body("[0].phone", nullValue()).body("[0].first_name", nullValue());
        given().auth().oauth2(station.cadre()).when().get("/api/v1/cases/{id}", id)
                .then().statusCode(200).body("channel", equalTo("COUNTY_SYSTEM")).body("villager.name", equalTo("王五"));

        CaseTestData.resolve(station.cadre(), UUID.fromString(id));
        given().auth().oauth2(HOTLINE).queryParam("service_request_id", id).queryParam("status", "closed")
                .when().get("/api/v1/open311/requests.json")
                .then().statusCode(200).body("service_request_id", contains(id)).body("[0].status", equalTo("closed"));
        given().auth().oauth2(HOTLINE).queryParam("service_request_id", id).queryParam("status", "open")
                .when().get("/api/v1/open311/requests.json")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void shouldTakeAFullLengthDescriptionAndRefuseAMegabyteAsAProblemWritingNothing() {
        Station station = CaseTestData.station();

        openRequest(station, "桥".repeat(4000)).statusCode(201);
        openRequest(station, "桥".repeat(1_000_000)).statusCode(413).contentType("application/problem+json");

        assertThat(QuarkusTransaction.requiringNew().call(() -> cases.count("stationId", station.stationId()))).isEqualTo(1);
    }

    @Test
    void shouldRefuseAnOpen311RequestForAnUnknownStation() {
        given().auth().oauth2(HOTLINE).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("service_code", "ROADS").formParam("address_id", UUID.randomUUID().toString())
                .formParam("description", "x")
                .when().post("/api/v1/open311/requests.json")
                .then().statusCode(422).body("type", equalTo("urn:masswork:problem:unknown-station"));
        given().auth().oauth2(HOTLINE).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("service_code", "ROADS")
                .when().post("/api/v1/open311/requests.json")
                .then().statusCode(400).body("errors.field", contains("addressId", "description"));
    }

    @Test
    void shouldAnswerAReplayedRequestWithTheFirstServiceRequest() {
        Station station = CaseTestData.station();
        String key = "open311-" + UUID.randomUUID();

        String first = openRequest(station, "水渠堵塞", key).statusCode(201).extract().path("[0].service_request_id");
        String again = openRequest(station, "水渠堵塞", key).statusCode(201).extract().path("[0].service_request_id");

        assertThat(again).isEqualTo(first);
        assertThat(QuarkusTransaction.requiringNew().call(() -> cases.count("stationId", station.stationId()))).isEqualTo(1);
    }

    private static ValidatableResponse openRequest(Station station, String description) {
        return openRequest(station, description, null);
    }

    private static ValidatableResponse openRequest(Station station, String description, String idempotencyKey) {
        var request = given().auth().oauth2(HOTLINE).contentType(ContentType.URLENC.withCharset("UTF-8"))
                .formParam("service_code", "ROADS").formParam("address_id", station.stationId().toString())
                .formParam("description", description);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/open311/requests.json").then();
    }
}
