package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.masswork.infra.County;

/**
 * evaluation-service at county size, through the gateway (run deploy/seed.sh first, so the stationed cadres
 * and the households have reached it through cadre-service's events): opens a county round (every stationed
 * cadre, 10 representatives drawn for each), casts ballots with the printed codes at a fixed concurrency, and
 * closes the round, grading every cadre. Each run takes the latest half year that has no round yet.
 * Usage: deploy/bench/run.sh EvaluationBenchmark [concurrency, 16] [seconds of casting, 10] [period, e.g. 2026-H1]
 */
public final class EvaluationBenchmark {

    private static final String[] RATINGS = {"SATISFIED", "SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"};
    /**
     * The gateway wants a token on every /api path and limits each token's subject to 50 requests a second,
     * so ballots come from many clients (polling kiosks, counting clerks): this many tokens, taken in turn.
     */
    private static final int VOTERS = 200;
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    private EvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 10);
        BenchApi admin = new BenchApi("MASSWORK_GATEWAY_PORT", 8080, BenchTokens.countyAdmin());
        String period = args.length > 2 ? args[2] : freePeriod(admin);
        System.out.printf("evaluation-service through the gateway: county round %s, concurrency %d, %d s of ballots%n",
                period, concurrency, duration.toSeconds());

        long started = System.nanoTime();
        JsonNode opened = admin.send(admin.post("/api/v1/rounds", "{\"period\":\"" + period + "\"}"), 201);
        long openMs = (System.nanoTime() - started) / 1_000_000;
        String roundId = opened.path("round").path("id").asText();
        List<JsonNode> codes = new ArrayList<>();
        opened.path("codes").forEach(codes::add);
        Collections.shuffle(codes, new Random(7));
        System.out.printf("open county round: %d cadres, %d ballot codes drawn, in %d ms%n",
                opened.path("round").path("cadres").asInt(), codes.size(), openMs);

        List<BenchApi> voters = voters();
        // Each request spends the next code, one ballot per code. A first unmeasured pass warms the JVMs up
        // (a fresh stack is several times slower); with it, the 13,870 codes last up to about 650 ballots a second.
        AtomicInteger next = new AtomicInteger();
        LoadRunner.RequestFactory ballot = (worker, n) -> {
            int i = next.getAndIncrement();
            JsonNode code = codes.get(i % codes.size());
            int score = 1 + i % 5;
            return voters.get(i % voters.size()).post("/api/v1/rounds/" + roundId + "/ballots",
                    "{\"cadreId\":\"" + code.path("cadreId").asText() + "\",\"code\":\"" + code.path("code").asText()
                            + "\",\"rating\":\"" + RATINGS[i % RATINGS.length] + "\",\"attitude\":" + score
                            + ",\"effectiveness\":" + score + ",\"integrity\":" + score + ",\"diligence\":" + score + "}");
        };
        System.out.println(LoadRunner.run("warm-up, not counted", concurrency, WARM_UP, ballot).line());
        LoadRunner.Result cast = LoadRunner.run("POST ballot (one-time code)", concurrency, duration, ballot);
        System.out.println(cast.line());

        JsonNode round = admin.json("/api/v1/rounds/" + roundId);
        long returned = round.path("ballotsReturned").asLong();
        System.out.printf("ballots counted by the round: %d of %d issued%s%n", returned, round.path("ballotsIssued").asLong(),
                returned >= codes.size() ? " (every code spent: the errors are reused codes; measure for fewer seconds)" : "");
        started = System.nanoTime();
        admin.send(admin.post("/api/v1/rounds/" + roundId + "/close", "{\"version\":" + round.path("version").asLong() + "}"), 200);
        long closeMs = (System.nanoTime() - started) / 1_000_000;
        JsonNode total = admin.json("/api/v1/rounds/" + roundId + "/verdicts/report").path("total");
        System.out.printf("close county round (grade every cadre, emit EvaluationConcluded): %d verdicts in %d ms"
                        + " (%d recommended for promotion, %d admonishment talks, %d appointments cancelled or postponed)%n",
                total.path("cadres").asLong(), closeMs, total.path("recommendedForPromotion").asLong(),
                total.path("admonishmentTalks").asLong(), total.path("appointmentsCancelledOrPostponed").asLong());
    }

    /** The latest half year, from the current one back, that has no round yet (a county round may overlap none). */
    private static String freePeriod(BenchApi admin) {
        Set<String> taken = new HashSet<>();
        admin.items("/api/v1/rounds", Integer.MAX_VALUE).forEach(round -> taken.add(round.path("period").asText()));
        LocalDate today = County.today();
        for (int year = today.getYear(), half = today.getMonthValue() <= 6 ? 1 : 2; year > 1990; ) {
            String period = year + "-H" + half;
            if (!taken.contains(period)) {
                return period;
            }
            year -= half == 1 ? 1 : 0;
            half = half == 1 ? 2 : 1;
        }
        throw new IllegalStateException("every half year since 1990 has a county round");
    }

    /** The clients' tokens (each its own subject, so each has its own rate limit at the gateway), signed with the local stack's key. */
    private static List<BenchApi> voters() {
        List<BenchApi> voters = new ArrayList<>();
        for (int i = 0; i < VOTERS; i++) {
            String villager = UUID.randomUUID().toString();
            voters.add(new BenchApi("MASSWORK_GATEWAY_PORT", 8080, BenchTokens.token(villager, "VILLAGER", Map.of("villager", villager))));
        }
        return voters;
    }
}
