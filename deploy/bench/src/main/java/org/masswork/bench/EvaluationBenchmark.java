package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * evaluation-service at county size (run deploy/seed.sh first, so the stationed cadres and the households
 * have reached it through cadre-service's events): opens a county round (drawing 10 representatives per
 * cadre), casts ballots with the printed codes through the API, and closes the round, grading every cadre.
 * Each run needs a half year without a county round yet.
 * Usage: deploy/bench/run.sh EvaluationBenchmark [period, e.g. 2031-H1] [concurrency] [seconds]
 */
public final class EvaluationBenchmark {

    private static final String[] RATINGS = {"SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) {
        String period = args.length > 0 ? args[0] : "2031-H1";
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Duration duration = Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 20);
        BenchApi api = new BenchApi("MASSWORK_EVALUATION_PORT", 8083, BenchTokens.countyAdmin());
        BenchApi voter = new BenchApi("MASSWORK_EVALUATION_PORT", 8083, null);

        long started = System.nanoTime();
        JsonNode opened = api.send(api.post("/api/v1/rounds", "{\"period\":\"" + period + "\"}"), 201);
        long openMs = (System.nanoTime() - started) / 1_000_000;
        String roundId = opened.path("round").path("id").asText();
        JsonNode codes = opened.path("codes");
        System.out.printf("open county round %s: %d cadres, %d codes in %d ms%n",
                period, opened.path("round").path("cadres").asInt(), codes.size(), openMs);

        // Each request spends the next code; once all are spent the answers are 409 and count as errors.
        LoadRunner.Result cast = LoadRunner.run("POST ballot (anonymous, one-time code)", concurrency, duration, (worker, n) -> {
            JsonNode code = codes.get((int) (n % codes.size()));
            int score = 1 + (int) (n % 5);
            return voter.post("/api/v1/rounds/" + roundId + "/ballots", "{\"cadreId\":\"" + code.path("cadreId").asText()
                    + "\",\"code\":\"" + code.path("code").asText() + "\",\"rating\":\"" + RATINGS[(int) (n % RATINGS.length)]
                    + "\",\"attitude\":" + score + ",\"effectiveness\":" + score + ",\"integrity\":" + score + ",\"diligence\":" + score + "}");
        });
        System.out.println(cast.line());

        long version = api.send(api.get("/api/v1/rounds/" + roundId), 200).path("version").asLong();
        started = System.nanoTime();
        api.send(api.post("/api/v1/rounds/" + roundId + "/close", "{\"version\":" + version + "}"), 200);
        System.out.printf("close county round (grade every cadre, emit EvaluationConcluded): %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }
}
