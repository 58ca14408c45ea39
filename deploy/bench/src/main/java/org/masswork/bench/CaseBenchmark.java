package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * case-service at county size (run deploy/seed.sh first: 100,000 cases): filing a case, a state
 * transition, filtered searches and the report figures, each measured alone with the same concurrency.
 * The cases filed in the first run are the ones moved in the second.
 * Usage: deploy/bench/run.sh CaseBenchmark [concurrency] [seconds]
 */
public final class CaseBenchmark {

    private static final String[] CATEGORIES = {"LAND", "HOUSING_DEMOLITION", "WATER", "ROADS", "SOCIAL_SECURITY",
            "MEDICAL", "EDUCATION", "EMPLOYMENT", "ENVIRONMENT", "PUBLIC_ORDER", "FAMILY_NEIGHBOUR_DISPUTE", "OTHER"};

    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    private CaseBenchmark() {
    }

    public static void main(String[] args) {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 20);
        BenchApi api = new BenchApi("MASSWORK_CASE_PORT", 8082, BenchTokens.countyAdmin());
        List<JsonNode> stations = api.items("/api/v1/station-directory", Integer.MAX_VALUE);
        List<String> stationIds = stations.stream().map(s -> s.path("stationId").asText()).toList();
        List<String> townships = List.copyOf(new LinkedHashSet<>(stations.stream().map(s -> s.path("townshipId").asText()).toList()));
        long cases = api.json("/api/v1/cases?size=1").path("totalItems").asLong();
        System.out.printf("county: %d townships, %d stations, %d cases; concurrency %d, %d s each%n",
                townships.size(), stationIds.size(), cases, concurrency, duration.toSeconds());
        String marker = "bench" + Long.toString(System.currentTimeMillis(), 36);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String lastYear = "from=" + encode(now.minusYears(1).toString()) + "&to=" + encode(now.toString());
        // The figures take days of the county's calendar, both included.
        LocalDate today = LocalDate.now(COUNTY_ZONE);
        String lastYearDays = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;

        List<LoadRunner.Result> results = new ArrayList<>();
        results.add(LoadRunner.run("POST case (file at a station)", concurrency, duration,
                (worker, n) -> api.post("/api/v1/cases", openCase(BenchApi.pick(stationIds, n), n, marker))));
        // The filed cases in turn: all accepted, then all started, then escalated and handed down again and
        // again. Every step moves a case's version by two (the row lock's increment and the change's).
        List<JsonNode> filed = api.items("/api/v1/cases?status=RECEIVED&text=" + marker, Integer.MAX_VALUE);
        results.add(LoadRunner.run("POST transition", concurrency, duration, (worker, n) -> {
            JsonNode target = filed.get((int) (n % filed.size()));
            long pass = n / filed.size();
            String action = pass == 0 ? "ACCEPT" : pass == 1 ? "START" : pass % 2 == 0 ? "ESCALATE" : "DE_ESCALATE";
            return api.post("/api/v1/cases/" + target.path("id").asText() + "/transitions",
                    "{\"action\":\"" + action + "\",\"version\":" + (target.path("version").asLong() + 2 * pass)
                            + ",\"method\":\"VISIT_AND_TALK\",\"note\":\"基准测试\"}");
        }));
        results.add(LoadRunner.run("GET case by id", concurrency, duration,
                (worker, n) -> api.get("/api/v1/cases/" + filed.get((int) (n % filed.size())).path("id").asText())));
        results.add(LoadRunner.run("GET search: station + status", concurrency, duration,
                (worker, n) -> api.get("/api/v1/cases?status=CLOSED&stationId=" + BenchApi.pick(stationIds, n))));
        results.add(LoadRunner.run("GET search: township + category + period", concurrency, duration,
                (worker, n) -> api.get("/api/v1/cases?townshipId=" + BenchApi.pick(townships, n) + "&category="
                        + CATEGORIES[(int) (n % CATEGORIES.length)] + "&" + lastYear)));
        results.add(LoadRunner.run("GET search: township + text", concurrency, duration,
                (worker, n) -> api.get("/api/v1/cases?townshipId=" + BenchApi.pick(townships, n) + "&text=" + encode("诉求"))));
        results.add(LoadRunner.run("GET figures: county, last year", concurrency, duration,
                (worker, n) -> api.get("/api/v1/case-figures?" + lastYearDays)));
        results.add(LoadRunner.run("GET figures: by station of a township", concurrency, duration,
                (worker, n) -> api.get("/api/v1/case-figures?groupBy=STATION&townshipId=" + BenchApi.pick(townships, n) + "&" + lastYearDays)));
        results.forEach(result -> System.out.println(result.line()));
    }

    private static String openCase(String stationId, long n, String marker) {
        return "{\"kind\":\"PROBLEM\",\"channel\":\"PHONE\",\"category\":\"" + CATEGORIES[(int) (n % CATEGORIES.length)]
                + "\",\"stationId\":\"" + stationId + "\",\"villager\":{\"name\":\"基准" + n + "\",\"phone\":\"13800000000\"},"
                + "\"description\":\"" + marker + " 第" + n + "号基准诉求\"}";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
