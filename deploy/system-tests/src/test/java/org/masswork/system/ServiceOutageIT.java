package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.TestTokens;

/**
 * One service killed: the gateway stays ready, the other services' routes answer as before, the killed one's
 * routes answer 503 problem+json with {@code Retry-After}; once it is restarted they answer again.
 */
class ServiceOutageIT {

    private static final String KILLED = "risk-assessment-service";
    private static final String KILLED_ROUTE = "risk";
    private static final String KILLED_PATH = "/api/v1/matters";
    /** One list of each service that stays up. */
    private static final List<String> OTHERS = List.of("/api/v1/townships", "/api/v1/cases", "/api/v1/rounds");
    private static final Duration GENEROUS = Duration.ofSeconds(90);

    private static SystemUnderTest system;
    private static String gateway;

    @BeforeAll
    static void start() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldKeepServingTheOtherServicesAndAnswer503ForTheKilledOneUntilItIsBack() {
        list(KILLED_PATH).then().statusCode(200).body("items", notNullValue());

        system.stack.kill(KILLED);
        System.out.printf("[outage] %s killed (SIGKILL)%n", KILLED);
        Map<Integer, Integer> whileDown = new TreeMap<>();
        Await.until(KILLED + "'s routes answered 503", GENEROUS, () -> {
            int status = list(KILLED_PATH).statusCode();
            whileDown.merge(status, 1, Integer::sum);
            return status == 503;
        });
        for (int request = 0; request < 10; request++) {
            Response refused = list(KILLED_PATH);
            whileDown.merge(refused.statusCode(), 1, Integer::sum);
            refused.then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:masswork:problem:service-unavailable"))
                    .body("detail", containsString(KILLED_ROUTE))
                    .body("instance", equalTo(KILLED_PATH));
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        }
        OTHERS.forEach(path -> list(path).then().statusCode(200).body("items", notNullValue()));
        given().baseUri(system.managementUrl("gateway")).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data." + KILLED_ROUTE, equalTo("DOWN"))
                // Open, or half-open once the open interval is over and no trial has gone out yet.
                .body("checks.find { it.name == 'downstream services' }.data.'" + KILLED_ROUTE + ".circuit'", not(equalTo("CLOSED")));
        given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/county-dashboard?from={from}&to={to}", County.today().minusDays(7).toString(), County.today().toString())
                .then().statusCode(200)
                .body("riskReview.status", equalTo("UNAVAILABLE"))
                .body("cases.status", equalTo("AVAILABLE"))
                .body("householdWork.status", equalTo("AVAILABLE"));

        system.stack.restart(KILLED, (service, took) ->
                System.out.printf("[outage] %s ready again in %.1f s%n", service.name(), took.toMillis() / 1000.0));
        Await.until(KILLED + "'s routes answered again", GENEROUS, () -> list(KILLED_PATH).statusCode() == 200);
        System.out.printf("[outage] %s's routes while it was down: %s%n", KILLED, whileDown);

        list(KILLED_PATH).then().statusCode(200).body("items", notNullValue());
        given().baseUri(system.managementUrl("gateway")).when().get("/q/health/ready")
                .then().statusCode(200)
                .body("checks.find { it.name == 'downstream services' }.data." + KILLED_ROUTE, equalTo("UP"))
                .body("checks.find { it.name == 'downstream services' }.data.'" + KILLED_ROUTE + ".circuit'", equalTo("CLOSED"));
        assertThat(whileDown.keySet()).as("503, or 502 for a request cut by the kill; never a hang").isSubsetOf(502, 503);
    }

    private static Response list(String path) {
        return given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin()).when().get(path + "?size=1");
    }
}
