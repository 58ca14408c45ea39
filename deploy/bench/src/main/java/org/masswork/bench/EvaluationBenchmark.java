package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * evaluation-service at county size (run deploy/seed.sh first, so the stationed cadres and the households
 * have reached it through cadre-service's events): opens a county round (drawing 10 representatives per
 * cadre), casts ballots with the printed codes through the API, and closes the round, grading every cadre.
 * Each run needs a half year without a county round yet.
 * Usage: deploy/bench/run.sh EvaluationBenchmark [period, e.g. 2031-H1] [concurrency] [seconds]
 */
public final class EvaluationBenchmark {

    private static final String BASE = "http://localhost:" + System.getenv().getOrDefault("MASSWORK_EVALUATION_PORT", "8083");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String[] RATINGS = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) {
        String period = args.length > 0 ? args[0] : "2031-H1";
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Duration duration = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 20);
        String token = BenchTokens.countyAdmin();

        long started = System.nanoTime();
        JsonNode opened = send(post(token, "/api/v1/rounds", "{\"period\":\"" + period + "\"}"), 201);
        long openMs = (System.nanoTime() - started) / 1_000_000;
        String roundId = opened.path("round").path("id").asText();
        JsonNode codes = opened.path("codes");
        System.out.printf("open county round %s: %d cadres, %d codes in %d ms%n",
                period, opened.path("round").path("cadres").asInt(), codes.size(), openMs);

        // Each request spends the next code; once all are spent the answers are 409 and count as errors.
        LoadRunner.Result cast = LoadRunner.run("POST ballot (anonymous, one-time code)", concurrency, duration, (worker, n) -> {
            JsonNode code = codes.get((int) (n % codes.size()));
            int score = 1 + (int) (n % 5);
            return post(null, "/api/v1/rounds/" + roundId + "/ballots", "{\"cadreId\":\"" + code.path("cadreId").asText()
                    + "\",\"code\":\"" + code.path("code").asText() + "\",\"rating\":\"" + RATINGS[(int) (n % RATINGS.length)]
                    + "\",\"attitude\":" + score + ",\"effectiveness\":" + score + ",\"integrity\":" + score + ",\"diligence\":" + score + "}");
        });
        System.out.println(cast.line());

        long version = send(get(token, "/api/v1/rounds/" + roundId), 200).path("version").asLong();
        started = System.nanoTime();
        send(post(token, "/api/v1/rounds/" + roundId + "/close", "{\"version\":" + version + "}"), 200);
        System.out.printf("close county round (grade every cadre, emit EvaluationConcluded): %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    private static HttpRequest get(String token, String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String token, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.ofString(body));
        return token == null ? request.build() : request.header("Authorization", "Bearer " + token).build();
    }

    private static JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
