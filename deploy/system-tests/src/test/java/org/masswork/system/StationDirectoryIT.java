package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.TestTokens;

/** A station registered in cadre-service reaches case-service's directory through the real broker. */
class StationDirectoryIT {

    private static SystemUnderTest system;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldShowAStationRegisteredInCadreServiceInCaseServicesDirectory() {
        StationNetwork network = new StationNetwork(system.url("cadre-service"));
        UUID townshipId = network.township();
        UUID villageId = network.village(townshipId);
        UUID stationId = network.station(villageId);

        StationNetwork.awaitInCaseService(system.url("case-service"), List.of(stationId), Duration.ofSeconds(30));
        given().baseUri(system.url("case-service")).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/station-directory/{id}", stationId)
                .then().statusCode(200)
                .body("villageId", equalTo(villageId.toString()))
                .body("townshipId", equalTo(townshipId.toString()))
                .body("villageType", equalTo("POOR"));
        assertThat(statusOfDirectoryEntry(UUID.randomUUID())).isEqualTo(404);
    }

    private static int statusOfDirectoryEntry(UUID stationId) {
        return given().baseUri(system.url("case-service")).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/station-directory/{id}", stationId)
                .then().extract().statusCode();
    }
}
