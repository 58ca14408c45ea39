package org.masswork.cases.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.StoredPersonalData;
import org.masswork.infra.TestTokens;

/** The request id: the gateway's kept and echoed, one made when none came, and a 500's reference is it. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class RequestIdTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldEchoTheRequestIdTheGatewaySent() {
        String requestId = "gateway-" + UUID.randomUUID();

        given().auth().oauth2(TestTokens.countyAdmin()).header("X-Request-Id", requestId)
                .when().get("/api/v1/cases/" + UUID.randomUUID())
                .then().statusCode(404)
                .header("X-Request-Id", requestId);
    }

    @Test
    void shouldMakeARequestIdWhenNoneCameOrOneThatCouldForgeALogLine() {
        String first = given().when().get("/api/v1/cases/" + UUID.randomUUID())
                .then().statusCode(401).header("X-Request-Id", matchesPattern(UUID_PATTERN)).extract().header("X-Request-Id");
        String second = given().header("X-Request-Id", "x\" level=ERROR forged")
                .when().get("/api/v1/cases/" + UUID.randomUUID())
                .then().statusCode(401).header("X-Request-Id", matchesPattern(UUID_PATTERN)).extract().header("X-Request-Id");

        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void shouldGiveAnUnexpectedFailureTheRequestIdAsItsReferenceAndLogItWithIt() {
        String requestId = "failure-" + UUID.randomUUID();
        long mark = StoredPersonalData.logMark();

        given().header("X-Request-Id", requestId)
                .when().get(FailingResource.PATH)
                .then().statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", requestId)
                .body("type", equalTo("urn:masswork:problem:internal-error"))
                .body("detail", equalTo("请求意外失败；参考编号 " + requestId));

        String line = awaitLogLine(mark, "Unexpected failure on " + FailingResource.PATH);
        assertThat(line).contains(" ERROR ").contains(" requestId=" + requestId + " ").matches(".* traceId=[0-9a-f]{32} .*");
    }

    /** The first line the service logged after {@code mark} with this text (the log is written as the service runs). */
    private static String awaitLogLine(long mark, String text) {
        AtomicReference<String> found = new AtomicReference<>();
        Await.until("a log line with " + text, Duration.ofSeconds(10), () -> {
            StoredPersonalData.logSince(mark).lines().filter(line -> line.contains(text)).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }
}
