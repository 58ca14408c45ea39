package org.masswork.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masswork.infra.County;

/**
 * cadre-service's main reads and writes at county size (run deploy/seed.sh first), each measured
 * alone with the same concurrency. Usage: deploy/bench/run.sh CadreBenchmark [concurrency] [seconds]
 */
public final class CadreBenchmark {

    private static List<String> stationByCadre;

    private CadreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
        BenchApi api = new BenchApi("MASSWORK_CADRE_PORT", 8081, BenchTokens.countyAdmin());
        List<String> stations = api.ids("/api/v1/stations");
        List<String> cadres = api.ids("/api/v1/cadres");
        List<String> townships = api.ids("/api/v1/townships");
        System.out.printf("county: %d townships, %d stations, %d cadres; concurrency %d, %d s each%n",
                townships.size(), stations.size(), cadres.size(), concurrency, duration.toSeconds());
        String month = County.thisMonth().minusMonths(1).toString();
        LocalDate today = County.today();

        List<LoadRunner.Result> results = new ArrayList<>();
        results.add(LoadRunner.run("GET station by id", concurrency, duration,
                (worker, n) -> api.get("/api/v1/stations/" + BenchApi.pick(stations, n))));
        results.add(LoadRunner.run("GET cadre by id", concurrency, duration,
                (worker, n) -> api.get("/api/v1/cadres/" + BenchApi.pick(cadres, n))));
        results.add(LoadRunner.run("GET station team", concurrency, duration,
                (worker, n) -> api.get("/api/v1/stations/" + BenchApi.pick(stations, n) + "/team")));
        results.add(LoadRunner.run("GET villages of a township (page 20)", concurrency, duration,
                (worker, n) -> api.get("/api/v1/villages?size=20&townshipId=" + BenchApi.pick(townships, n))));
        results.add(LoadRunner.run("GET cadres (page 20)", concurrency, duration,
                (worker, n) -> api.get("/api/v1/cadres?size=20&page=" + (n % 60))));
        results.add(LoadRunner.run("GET station attendance of a township", concurrency, duration,
                (worker, n) -> api.get("/api/v1/attendance/stations?size=50&month=" + month + "&townshipId=" + BenchApi.pick(townships, n))));
        results.add(LoadRunner.run("POST check-in (extra visit)", concurrency, duration,
                (worker, n) -> api.post("/api/v1/check-ins", checkIn(cadres, stationsOf(api, cadres), n, today))));
        results.add(LoadRunner.run("POST township", concurrency, duration,
                (worker, n) -> api.post("/api/v1/townships",
                        "{\"code\":\"B" + Long.toString(System.nanoTime(), 36) + n + "\",\"name\":\"基准镇\"}")));
        results.forEach(result -> System.out.println(result.line()));
    }

    /** The station of each cadre, in the order of {@code cadres}, read once before the writes. */
    private static synchronized List<String> stationsOf(BenchApi api, List<String> cadres) {
        if (stationByCadre == null) {
            List<String> stations = new ArrayList<>();
            for (String cadre : cadres) {
                stations.add(api.json("/api/v1/cadres/" + cadre).path("currentStationId").asText());
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
                + "\",\"recordedAt\":\"" + day.atTime(10, 0).atZone(County.ZONE).toOffsetDateTime() + "\"}";
    }
}
