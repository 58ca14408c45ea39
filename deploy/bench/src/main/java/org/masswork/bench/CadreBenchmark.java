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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * cadre-service's main reads and writes at county size (run deploy/seed.sh first), each measured
 * alone with the same concurrency. Usage: deploy/bench/run.sh CadreBenchmark [concurrency] [seconds]
 */
public final class CadreBenchmark {

    private static final String BASE = "http://localhost:" + System.getenv().getOrDefault("MASSWORK_CADRE_PORT", "8081");
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> stationByCadre;

    private CadreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
        String token = BenchTokens.countyAdmin();
        List<String> stations = ids(token, "/api/v1/stations");
        List<String> cadres = ids(token, "/api/v1/cadres");
        List<String> townships = ids(token, "/api/v1/townships");
        System.out.printf("county: %d townships, %d stations, %d cadres; concurrency %d, %d s each%n",
                townships.size(), stations.size(), cadres.size(), concurrency, duration.toSeconds());
        String month = YearMonth.now(COUNTY).minusMonths(1).toString();
        LocalDate today = LocalDate.now(COUNTY);

        List<LoadRunner.Result> results = new ArrayList<>();
        results.add(LoadRunner.run("GET station by id", concurrency, duration,
                (worker, n) -> get(token, "/api/v1/stations/" + pick(stations, n))));
        results.add(LoadRunner.run("GET cadre by id", concurrency, duration,
                (worker, n) -> get(token, "/api/v1/cadres/" + pick(cadres, n))));
        results.add(LoadRunner.run("GET station team", concurrency, duration,
                (worker, n) -> get(token, "/api/v1/stations/" + pick(stations, n) + "/team")));
        results.add(LoadRunner.run("GET villages of a township (page 20)", concurrency, duration,
                (worker, n) -> get(token, "/api/v1/villages?size=20&townshipId=" + pick(townships, n))));
        results.add(LoadRunner.run("GET cadres (page 20)", concurrency, duration,
                (worker, n) -> get(token, "/api/v1/cadres?size=20&page=" + (n % 60))));
        results.add(LoadRunner.run("GET station attendance of a township", concurrency, duration,
                (worker, n) -> get(token, "/api/v1/attendance/stations?size=50&month=" + month + "&townshipId=" + pick(townships, n))));
        results.add(LoadRunner.run("POST check-in (extra visit)", concurrency, duration,
                (worker, n) -> post(token, "/api/v1/check-ins", checkIn(cadres, stationsOf(token, cadres), n, today))));
        results.add(LoadRunner.run("POST township", concurrency, duration,
                (worker, n) -> post(token, "/api/v1/townships",
                        "{\"code\":\"B" + Long.toString(System.nanoTime(), 36) + n + "\",\"name\":\"基准镇\"}")));
        results.forEach(result -> System.out.println(result.line()));
    }

    /** The station of each cadre, in the order of {@code cadres}, read once before the writes. */
    private static synchronized List<String> stationsOf(String token, List<String> cadres) {
        if (stationByCadre == null) {
            List<String> stations = new ArrayList<>();
            for (String cadre : cadres) {
                stations.add(getJson(token, "/api/v1/cadres/" + cadre).path("currentStationId").asText());
            }
            stationByCadre = stations;
        }
        return stationByCadre;
    }

    /** Each request is a different cadre or day, never a station day (those are seeded), within the 45 days allowed. */
    private static String checkIn(List<String> cadres, List<String> stations, long n, LocalDate today) {
        int cadre = (int) (n % cadres.size());
        LocalDate day = today.minusDays(1 + n / cadres.size());
        while (day.getDayOfMonth() >= 25 && day.getDayOfMonth() <= 27) {
            day = day.minusDays(3);
        }
        return "{\"cadreId\":\"" + cadres.get(cadre) + "\",\"stationId\":\"" + stations.get(cadre)
                + "\",\"recordedAt\":\"" + day.atTime(10, 0).atZone(COUNTY).toOffsetDateTime() + "\"}";
    }

    private static String pick(List<String> ids, long n) {
        return ids.get((int) ((n * 7919) % ids.size()));
    }

    private static HttpRequest get(String token, String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token).GET().build();
    }

    private static HttpRequest post(String token, String path, String body) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static List<String> ids(String token, String path) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = getJson(token, path + "?size=100&page=" + page);
            body.path("items").forEach(item -> ids.add(item.path("id").asText()));
            if (page + 1 >= body.path("totalPages").asInt()) {
                return ids;
            }
        }
    }

    private static JsonNode getJson(String token, String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(get(token, path), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
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
