package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.masswork.platform.language.Language;

/**
 * Composes the province's figures from the services' figures endpoints, asked with the caller's (province) token:
 * {@code groupBy=COUNTY} for a row per county, {@code groupBy=PROVINCE} for the province's one row, each span of the
 * period as the county dashboard asks them; the counties' codes and names from cadre-service's county list. No table
 * of any service is read. The evaluation results take a half year, not days: evaluation-service's verdict figures
 * ({@code period=2026-H1}) of every half year the period touches, added up, as the county dashboard counts the rounds. A
 * service that is down, slow or refuses leaves its section so marked, in every county and the province alike; a county
 * list that cannot be read leaves the counties without code and name.
 */
@ApplicationScoped
public class ProvinceDashboardService {

    private static final String COUNTY = "COUNTY";
    private static final String PROVINCE = "PROVINCE";

    private final ServiceReads reads;

    ProvinceDashboardService(ServiceReads reads) {
        this.reads = reads;
    }

    public CompletableFuture<ProvinceDashboard> compose(DashboardQuery query, CallerHeaders caller, Language language) {
        CompletableFuture<Figures> cases = periodFigures("case", "/api/v1/case-figures", query, caller);
        CompletableFuture<Figures> risk = periodFigures("risk", "/api/v1/risk-figures", query, caller);
        CompletableFuture<Figures> work = periodFigures("evaluation", "/api/v1/work-figures", query, caller);
        CompletableFuture<Figures> verdicts = verdictFigures(query, caller);
        CompletableFuture<Figures> cards = figures(Stream.of(COUNTY, PROVINCE)
                .map(level -> rows(level, reads.get("cadre", "/api/v1/card-figures?groupBy=" + level, caller))).toList());
        CompletableFuture<List<JsonNode>> listed = reads.all("cadre", "/api/v1/counties", caller)
                .exceptionally(unreadable -> List.of());
        return CompletableFuture.allOf(cases, risk, work, verdicts, cards, listed).thenApply(done -> {
            String available = SectionStatus.AVAILABLE.label(language);
            Function<UUID, ProvinceDashboard.Area> area = countyId -> new ProvinceDashboard.Area(
                    cases.join().section(countyId, rows -> CaseSection.of(rows, available), f -> CaseSection.missing(f, language)),
                    households(cards.join(), work.join(), countyId, available, language),
                    work.join().section(countyId, rows -> StationAttendanceSection.of(rows, available),
                            f -> StationAttendanceSection.missing(f, language)),
                    risk.join().section(countyId, rows -> RiskSection.of(rows, available), f -> RiskSection.missing(f, language)),
                    verdicts.join().section(countyId, rows -> EvaluationResultsSection.of(rows, available),
                            f -> EvaluationResultsSection.missing(f, language)));
            Map<UUID, JsonNode> counties = new LinkedHashMap<>();
            listed.join().forEach(county -> counties.put(UUID.fromString(county.path("id").asText()), county));
            Stream.of(cases, risk, work, verdicts, cards).flatMap(figures -> figures.join().counties())
                    .forEach(countyId -> counties.putIfAbsent(countyId, null));
            List<ProvinceDashboard.County> perCounty = counties.entrySet().stream().map(county -> {
                ProvinceDashboard.Area figures = area.apply(county.getKey());
                return new ProvinceDashboard.County(county.getKey(), text(county.getValue(), "code"), text(county.getValue(), "name"),
                        figures.cases(), figures.householdWork(), figures.stationAttendance(), figures.riskReview(),
                        figures.evaluationResults());
            }).toList();
            return new ProvinceDashboard(query.from(), query.to(), area.apply(null), perCounty);
        });
    }

    /** Cards and households from cadre-service's card figures, visits from evaluation-service's work figures. */
    private static HouseholdSection households(Figures cards, Figures work, UUID countyId, String available, Language language) {
        if (cards.failure() != null || work.failure() != null) {
            return HouseholdSection.missing(cards.failure() != null ? cards.failure() : work.failure(), language);
        }
        return HouseholdSection.of(cards.rows(countyId), work.rows(countyId), available);
    }

    /** A period figures endpoint's rows per county and the province's, for each span of the period the services take. */
    private CompletableFuture<Figures> periodFigures(String service, String path, DashboardQuery query, CallerHeaders caller) {
        return figures(query.servicePeriods().stream().flatMap(period -> Stream.of(COUNTY, PROVINCE).map(level -> rows(level,
                reads.get(service, path + "?groupBy=" + level + "&from=" + period.from() + "&to=" + period.to(), caller))))
                .toList());
    }

    /** evaluation-service's verdict figures per county and the province's, for each half year the period touches. */
    private CompletableFuture<Figures> verdictFigures(DashboardQuery query, CallerHeaders caller) {
        return figures(query.halfYears().stream().flatMap(halfYear -> Stream.of(COUNTY, PROVINCE).map(level -> rows(level,
                reads.get("evaluation", "/api/v1/verdict-figures?groupBy=" + level + "&period=" + halfYear, caller)))).toList());
    }

    /** A report's rows by county; the PROVINCE row under {@code null}, as its {@code countyId} is. */
    private static CompletableFuture<Map<UUID, JsonNode>> rows(String level, CompletableFuture<JsonNode> report) {
        return report.thenApply(answer -> {
            Map<UUID, JsonNode> rows = new HashMap<>();
            for (JsonNode row : answer.path("rows")) {
                String countyId = row.path("countyId").asText(null);
                if (level.equals(PROVINCE)) {
                    rows.put(null, row);
                } else if (countyId != null) {
                    rows.put(UUID.fromString(countyId), row);
                }
            }
            return rows;
        });
    }

    private static CompletableFuture<Figures> figures(List<CompletableFuture<Map<UUID, JsonNode>>> reports) {
        return CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<UUID, List<JsonNode>> rows = new HashMap<>();
            reports.forEach(report -> report.join().forEach((countyId, row) -> rows.computeIfAbsent(countyId, id -> new ArrayList<>()).add(row)));
            return new Figures(rows, null);
        }).exceptionally(error -> new Figures(new HashMap<>(), SectionFailure.of(error)));
    }

    private static String text(JsonNode county, String field) {
        return county == null ? null : county.path(field).asText(null);
    }

    /** One service's rows by county ({@code null}: the province), or why they could not be read. */
    private record Figures(Map<UUID, List<JsonNode>> byCounty, SectionFailure failure) {

        List<JsonNode> rows(UUID countyId) {
            return byCounty.getOrDefault(countyId, List.of());
        }

        Stream<UUID> counties() {
            return byCounty.keySet().stream().filter(countyId -> countyId != null);
        }

        <T> T section(UUID countyId, Function<List<JsonNode>, T> build, Function<SectionFailure, T> missing) {
            return failure != null ? missing.apply(failure) : build.apply(rows(countyId));
        }
    }
}
