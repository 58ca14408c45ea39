package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.ToDoubleFunction;
import org.masswork.infra.TestTokens;

/**
 * What the gateway costs: the same read (a cadre's phone reading its station, GET /api/v1/stations/{id}) sent
 * directly to cadre-service and through the gateway, at the same concurrency, in alternating phases after a
 * warm-up of each, so both see the same machine. The clients are many cadres, each with their own token, as
 * in the county: one client alone would meet the gateway's rate limit (50 requests/s per client) long before
 * its capacity. The first three rounds of each side are not counted (warm-up). Target: the gateway keeps at least 80% of the direct throughput and adds under 2 ms at p50.
 * Usage: deploy/bench/run.sh GatewayBenchmark [concurrency] [seconds per phase] [rounds]
 */
public final class GatewayBenchmark {

    private static final int MAX_CLIENTS = 500;
    private static final int WARM_UP_ROUNDS = 3;

    private GatewayBenchmark() {
    }

    public static void main(String[] args) {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Duration phase = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 10);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        List<JsonNode> stations = new BenchApi("MASSWORK_CADRE_PORT", 8081, BenchTokens.countyAdmin())
                .items("/api/v1/stations", MAX_CLIENTS);
        if (stations.isEmpty()) {
            throw new IllegalStateException("no stations: seed the stack first (deploy/seed.sh)");
        }
        List<Client> clients = stations.stream().map(Client::of).toList();
        System.out.printf("GET /api/v1/stations/{id} by %d cadres (one token each); concurrency %d, %d rounds of %d s per side%n",
                clients.size(), concurrency, rounds, phase.toSeconds());

        // Rounds that are not counted: both JVMs compile their hot paths, pools fill, every token is seen once. On
        // a stack just started one round was not enough (the next direct round ran at half its later rate).
        for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
            for (boolean isDirect : new boolean[] {true, false}) {
                System.out.println(LoadRunner.run((isDirect ? "direct  " : "gateway ") + "warm-up " + round + " (not counted)",
                        concurrency, phase, (worker, n) -> clients.get((int) (n % clients.size())).read(isDirect)).line());
            }
        }
        List<LoadRunner.Result> direct = new ArrayList<>();
        List<LoadRunner.Result> gateway = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // Alternate which side goes first, so neither always runs on a machine warmed by the other.
            boolean directFirst = round % 2 == 1;
            for (boolean isDirect : directFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                LoadRunner.Result result = LoadRunner.run((isDirect ? "direct  " : "gateway ") + "round " + round, concurrency, phase,
                        (worker, n) -> clients.get((int) (n % clients.size())).read(isDirect));
                (isDirect ? direct : gateway).add(result);
                System.out.println(result.line());
            }
        }

        Summary d = Summary.of(direct);
        Summary g = Summary.of(gateway);
        System.out.println();
        System.out.println("median of the rounds          req/s      p50      p95      p99   errors");
        System.out.println(d.line("direct (cadre-service)"));
        System.out.println(g.line("through the gateway"));
        double ratio = g.throughput / d.throughput;
        double added = g.p50 - d.p50;
        System.out.printf("gateway/direct throughput: %.1f%% (target >= 80%%)  %s%n", 100 * ratio, ratio >= 0.8 ? "MET" : "MISSED");
        System.out.printf("gateway adds at p50: %.2f ms (target < 2 ms)  %s%n", added, added < 2 ? "MET" : "MISSED");
        if (d.errors + g.errors > 0) {
            System.out.println("errors: non-2xx answers were counted; check the services' and the gateway's logs");
        }
    }

    /** A cadre of one station, reading it, with a token of their own. */
    private record Client(String stationId, BenchApi direct, BenchApi gateway) {

        static Client of(JsonNode station) {
            String stationId = station.path("id").asText();
            // The local token's subject is its cadre claim: one client per cadre, for the rate limit too.
            String token = BenchTokens.cadre(TestTokens.DEFAULT_COUNTY, UUID.randomUUID(),
                    UUID.fromString(stationId),
                    UUID.fromString(station.path("townshipId").asText()));
            return new Client(stationId, new BenchApi("MASSWORK_CADRE_PORT", 8081, token),
                    new BenchApi("MASSWORK_GATEWAY_PORT", 8080, token));
        }

        HttpRequest read(boolean isDirect) {
            return (isDirect ? direct : gateway).get("/api/v1/stations/" + stationId);
        }
    }

    /** The median of each figure over the rounds: one disturbed phase on a shared machine does not decide. */
    private record Summary(double throughput, double p50, double p95, double p99, long errors) {

        static Summary of(List<LoadRunner.Result> results) {
            return new Summary(median(results, LoadRunner.Result::throughput), median(results, LoadRunner.Result::p50),
                    median(results, LoadRunner.Result::p95), median(results, LoadRunner.Result::p99),
                    results.stream().mapToLong(LoadRunner.Result::errors).sum());
        }

        private static double median(List<LoadRunner.Result> results, ToDoubleFunction<LoadRunner.Result> figure) {
            List<Double> sorted = results.stream().map(figure::applyAsDouble).sorted(Comparator.naturalOrder()).toList();
            int middle = sorted.size() / 2;
            return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        }

        String line(String name) {
            return String.format("%-26s %9.1f %6.2f ms %6.2f ms %6.2f ms %6d", name, throughput, p50, p95, p99, errors);
        }
    }
}
