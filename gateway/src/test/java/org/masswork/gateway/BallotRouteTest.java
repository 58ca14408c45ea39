package org.masswork.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The people's representatives cast their ballots through the gateway without a token: the one-time code in the body
 * is the credential. Limited by address and by code (its hash), passed on without credentials, logged without the code.
 */
@QuarkusTest
@WithTestResource(BallotsResource.class)
class BallotRouteTest {

    @TestHTTPResource("/")
    URI gateway;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldLetABallotThroughWithoutATokenAndPassOnNoCredentials() {
        String code = code();
        String marker = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).header("Authorization", "Bearer not-even-a-token").header("Cookie", "session=abc")
                .body(ballot(code)).when().post("/api/v1/rounds/{round}/ballots?marker=" + marker, UUID.randomUUID())
                .then().statusCode(201);

        Map<String, Object> seen = Recorded.requestsWith(marker).get(0);
        assertThat((String) seen.get("body")).contains(code);
        assertThat(Recorded.headers(seen)).doesNotContainKeys("authorization", "cookie");
    }

    /** Java's HttpClient asks for HTTP/2 over cleartext (h2c) by default: the ballot's body never arrived that way. */
    @Test
    void shouldAnswerABallotFromAClientThatAsksForHttp2() throws Exception {
        String code = code();
        String marker = UUID.randomUUID().toString();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ballot = HttpRequest.newBuilder(gateway.resolve("/api/v1/rounds/" + UUID.randomUUID() + "/ballots?marker=" + marker))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ballot(code))).build();

        HttpResponse<String> answer = client.send(ballot, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(Recorded.requestsWith(marker)).hasSize(1);
        assertThat((String) Recorded.requestsWith(marker).get(0).get("body")).contains(code);
    }

    @Test
    void shouldStillAskForATokenOnEveryOtherRoundPath() {
        String marker = UUID.randomUUID().toString();
        UUID round = UUID.randomUUID();
        for (String path : List.of("/api/v1/rounds/" + round + "/ballots/spoiled", "/api/v1/rounds/" + round, "/api/v1/rounds")) {
            given().contentType(ContentType.JSON).body(ballot(code())).when().post(path + "?marker=" + marker)
                    .then().statusCode(401);
        }
        given().when().get("/api/v1/rounds/{round}/ballots?marker=" + marker, round).then().statusCode(401);
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldLimitTheSendsOfOneCodeButNotOfOthers() {
        String code = code();
        String marker = UUID.randomUUID().toString();
        UUID round = UUID.randomUUID();
        for (int i = 0; i < BallotsResource.PER_CODE_BURST; i++) {
            cast(round, code, marker).then().statusCode(201);
        }

        cast(round, code, marker).then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:masswork:problem:rate-limited"));
        cast(round, code(), marker).then().statusCode(201);
        assertThat(Recorded.requestsWith(marker)).hasSize(BallotsResource.PER_CODE_BURST + 1);
    }

    @Test
    void shouldLimitTheBallotsOfOneAddress() throws Exception {
        RawHttp.Answer refused = null;
        int sent = 0;
        // Each with a code of its own: only the address's quota (burst 30) limits them.
        while (refused == null && sent < 90) {
            RawHttp.Answer answer = RawHttp.from("127.0.0.7").body("application/json", ballot(code()).getBytes(StandardCharsets.UTF_8))
                    .send("POST", "/api/v1/rounds/" + UUID.randomUUID() + "/ballots");
            sent++;
            if (answer.status() == 429) {
                refused = answer;
            }
        }
        assertThat(refused).as("a 429 within 90 ballots from one address").isNotNull();
        assertThat(sent).isGreaterThan(30);
    }

    @Test
    void shouldRefuseABallotBodyOverItsLimitBeforeTheService() throws Exception {
        String marker = UUID.randomUUID().toString();
        String big = "{\"code\":\"" + code() + "\",\"comment\":\"" + "意".repeat(2000) + "\"}";

        given().contentType(ContentType.JSON).body(big).when().post("/api/v1/rounds/{round}/ballots?marker=" + marker, UUID.randomUUID())
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(Recorded.requestsWith(marker)).isEmpty();
    }

    @Test
    void shouldLogABallotWithoutItsCode() throws Exception {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringWriter text = new StringWriter().append(String.valueOf(record.getMessage()));
                if (record.getParameters() != null) {
                    for (Object parameter : record.getParameters()) {
                        text.append(' ').append(String.valueOf(parameter));
                    }
                }
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
        String code = code();
        String requestId = "ballot-" + UUID.randomUUID();
        Logger.getLogger("").addHandler(capture);
        try {
            given().contentType(ContentType.JSON).header("X-Request-Id", requestId).body(ballot(code))
                    .when().post("/api/v1/rounds/{round}/ballots", UUID.randomUUID()).then().statusCode(201);
            given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",broken")
                    .when().post("/api/v1/rounds/{round}/ballots", UUID.randomUUID());
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        String line = accessLogLine("request=" + requestId);

        assertThat(line).contains("POST /api/v1/rounds/").contains("/ballots 201").doesNotContain(code);
        assertThat(logged).noneMatch(text -> text.contains(code));
        assertThat(Files.readString(Path.of("target/gateway-access.log"))).doesNotContain(code);
    }

    private static io.restassured.response.Response cast(UUID round, String code, String marker) {
        return given().contentType(ContentType.JSON).body(ballot(code))
                .when().post("/api/v1/rounds/{round}/ballots?marker=" + marker, round);
    }

    private static String ballot(String code) {
        return "{\"cadreId\":\"" + UUID.randomUUID() + "\",\"code\":\"" + code + "\",\"rating\":\"SATISFIED\",\"attitude\":5,"
                + "\"effectiveness\":4,\"integrity\":5,\"diligence\":4,\"comment\":\"好\"}";
    }

    /** 12 letters and digits, as printed on a ballot. */
    private static String code() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** The access log is written every 100 ms. */
    private static String accessLogLine(String ending) throws Exception {
        Path log = Path.of("target/gateway-access.log");
        for (int attempt = 0; attempt < 100; attempt++) {
            if (Files.exists(log)) {
                List<String> lines = Files.readAllLines(log).stream().filter(line -> line.endsWith(ending)).toList();
                if (!lines.isEmpty()) {
                    return lines.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no access log line ending with " + ending);
    }
}
