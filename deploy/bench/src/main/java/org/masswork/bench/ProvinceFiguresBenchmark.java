package org.masswork.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures at province size (issue 19; seed several counties first: {@code deploy/seed.sh 3}): every service's
 * figures endpoint read directly, as a county's admin (its one {@code COUNTY} row) and as the province's inspector
 * (a row per county, and the {@code PROVINCE} row), over the last year, each measured alone with the same concurrency.
 * Usage: deploy/bench/run.sh ProvinceFiguresBenchmark [concurrency] [seconds]
 */
public final class ProvinceFiguresBenchmark {

    private static final ZoneId COUNTY_ZONE = ZoneId.of("Asia/Shanghai");

    /** A figures endpoint: its service's port variable and default port, its path and its period query. */
    private record Figures(String name, String portVariable, int defaultPort, String path, String period) {
    }

    private ProvinceFiguresBenchmark() {
    }

    public static void main(String[] args) {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Duration duration = Duration.ofSeconds(args.length > 1 ? Integer.parseInt(args[1]) : 15);
        LocalDate today = LocalDate.now(COUNTY_ZONE);
        String lastYear = "from=" + today.minusYears(1).plusDays(1) + "&to=" + today;
        String halfYear = "period=" + today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        List<Figures> endpoints = List.of(
                new Figures("case-figures", "MASSWORK_CASE_PORT", 8082, "/api/v1/case-figures", lastYear),
                new Figures("work-figures", "MASSWORK_EVALUATION_PORT", 8083, "/api/v1/work-figures", lastYear),
                new Figures("verdict-figures", "MASSWORK_EVALUATION_PORT", 8083, "/api/v1/verdict-figures", halfYear),
                new Figures("risk-figures", "MASSWORK_RISK_PORT", 8084, "/api/v1/risk-figures", lastYear),
                new Figures("card-figures", "MASSWORK_CADRE_PORT", 8081, "/api/v1/card-figures", ""),
                new Figures("pairing-figures", "MASSWORK_CADRE_PORT", 8081, "/api/v1/pairing-figures", ""));
        String countyAdmin = BenchTokens.countyAdmin();
        String province = BenchTokens.token("PROVINCE_INSPECTOR", Map.of());
        int counties = new BenchApi("MASSWORK_CADRE_PORT", 8081, province).items("/api/v1/counties", 10_000).size();
        System.out.printf("province: %d counties; concurrency %d, %d s each%n", counties, concurrency, duration.toSeconds());

        List<LoadRunner.Result> results = new ArrayList<>();
        for (Figures figures : endpoints) {
            String query = figures.path() + "?" + (figures.period().isEmpty() ? "" : figures.period() + "&");
            BenchApi asCounty = new BenchApi(figures.portVariable(), figures.defaultPort(), countyAdmin);
            BenchApi asProvince = new BenchApi(figures.portVariable(), figures.defaultPort(), province);
            asProvince.send(asProvince.get(query + "groupBy=COUNTY"), 200);
            results.add(LoadRunner.run("GET " + figures.name() + ": one county (county admin)", concurrency, duration,
                    (worker, n) -> asCounty.get(query + "groupBy=COUNTY")));
            results.add(LoadRunner.run("GET " + figures.name() + ": a row per county (province)", concurrency, duration,
                    (worker, n) -> asProvince.get(query + "groupBy=COUNTY")));
            results.add(LoadRunner.run("GET " + figures.name() + ": the province (province)", concurrency, duration,
                    (worker, n) -> asProvince.get(query + "groupBy=PROVINCE")));
        }
        results.forEach(result -> System.out.println(result.line()));
    }
}
