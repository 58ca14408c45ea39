package org.masswork.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.masswork.platform.language.Language;

/**
 * Composes the county's report from the services' own figures endpoints, all asked at once with the caller's
 * token. A section whose service is down, slow or refuses the caller is marked so; the others still come.
 */
@ApplicationScoped
public class DashboardService {

    private final ServiceReads reads;

    DashboardService(ServiceReads reads) {
        this.reads = reads;
    }

    /** The dashboard, its labels and reasons in {@code language}. */
    public CompletableFuture<CountyDashboard> compose(DashboardQuery query, CallerHeaders caller, Language language) {
        String available = SectionStatus.AVAILABLE.label(language);
        CompletableFuture<CaseSection> cases = section(cases(query, caller, available), f -> CaseSection.missing(f, language));
        CompletableFuture<HouseholdSection> households = section(households(query, caller, available),
                f -> HouseholdSection.missing(f, language));
        CompletableFuture<RiskSection> risk = section(risk(query, caller, available), f -> RiskSection.missing(f, language));
        CompletableFuture<EvaluationSection> evaluation = section(evaluation(query, caller, available),
                f -> EvaluationSection.missing(f, language));
        return CompletableFuture.allOf(cases, households, risk, evaluation).thenApply(all -> new CountyDashboard(
                query.from(), query.to(), query.townshipId(), cases.join(), households.join(), risk.join(), evaluation.join()));
    }

    private CompletableFuture<CaseSection> cases(DashboardQuery query, CallerHeaders caller, String available) {
        return countyRows("case", "/api/v1/case-figures", query, caller).thenApply(rows -> CaseSection.of(rows, available));
    }

    /** Cards and households as of now (the card figures have no period), visits in the period. */
    private CompletableFuture<HouseholdSection> households(DashboardQuery query, CallerHeaders caller, String available) {
        CompletableFuture<JsonNode> cards = reads.get("cadre", "/api/v1/card-figures?groupBy=COUNTY" + township(query), caller);
        String visits = "/api/v1/visits?size=1&from=" + query.from() + "&to=" + query.to() + township(query);
        CompletableFuture<JsonNode> all = reads.get("cadre", visits, caller);
        CompletableFuture<JsonNode> confirmed = reads.get("cadre", visits + "&confirmed=true", caller);
        return CompletableFuture.allOf(cards, all, confirmed).thenApply(done -> {
            JsonNode county = cards.join().path("rows").path(0);
            return new HouseholdSection(SectionStatus.AVAILABLE, available, null,
                    county.path("cardsIssued").asLong(), county.path("householdsCovered").asLong(), county.path("households").asLong(),
                    all.join().path("totalItems").asLong(), confirmed.join().path("totalItems").asLong());
        });
    }

    private CompletableFuture<RiskSection> risk(DashboardQuery query, CallerHeaders caller, String available) {
        return countyRows("risk", "/api/v1/risk-figures", query, caller).thenApply(rows -> RiskSection.of(rows, available));
    }

    /**
     * A period figures endpoint's COUNTY row (the county's, or the township's) for each span of the period the
     * services take, its dates passed as they are: the service counts them, both included, as days of the county.
     */
    private CompletableFuture<List<JsonNode>> countyRows(String service, String path, DashboardQuery query, CallerHeaders caller) {
        List<CompletableFuture<JsonNode>> spans = query.servicePeriods().stream()
                .map(period -> reads.get(service, path + "?groupBy=COUNTY&from=" + period.from() + "&to=" + period.to()
                        + township(query), caller))
                .toList();
        return CompletableFuture.allOf(spans.toArray(CompletableFuture[]::new))
                .thenApply(done -> spans.stream().map(span -> span.join().path("rows").path(0)).toList());
    }

    /**
     * The closed rounds of every half year the period touches, county-wide and per township alike; for a
     * township, its row of each round's report.
     */
    private CompletableFuture<EvaluationSection> evaluation(DashboardQuery query, CallerHeaders caller, String available) {
        List<CompletableFuture<List<JsonNode>>> rounds = query.halfYears().stream()
                .map(period -> reads.all("evaluation", "/api/v1/rounds?period=" + period, caller)).toList();
        return CompletableFuture.allOf(rounds.toArray(CompletableFuture[]::new)).thenCompose(listed -> {
            List<CompletableFuture<JsonNode>> reports = rounds.stream().flatMap(page -> page.join().stream())
                    .filter(round -> "CLOSED".equals(round.path("status").asText()))
                    .map(round -> reads.get("evaluation", "/api/v1/rounds/" + round.path("id").asText() + "/verdicts/report", caller)
                            .thenApply(report -> counts(report, query.townshipId())))
                    .toList();
            return CompletableFuture.allOf(reports.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<JsonNode> counts = reports.stream().map(CompletableFuture::join).filter(c -> !c.isMissingNode()).toList();
                return new EvaluationSection(SectionStatus.AVAILABLE, available, null,
                        (long) counts.size(), sum(counts, "cadres"), sum(counts, "recommendedForPromotion"),
                        sum(counts, "admonishmentTalks"), sum(counts, "appointmentsCancelledOrPostponed"));
            });
        });
    }

    /** The whole round's counts, or the township's row (missing when none of its cadres were in the round). */
    private static JsonNode counts(JsonNode report, UUID townshipId) {
        if (townshipId == null) {
            return report.path("total");
        }
        for (JsonNode township : report.path("townships")) {
            if (townshipId.toString().equals(township.path("townshipId").asText())) {
                return township;
            }
        }
        return report.path("none");
    }

    private static <T> CompletableFuture<T> section(CompletableFuture<T> figures, Function<SectionFailure, T> missing) {
        return figures.exceptionally(error -> missing.apply(SectionFailure.of(error)));
    }

    static long sum(List<JsonNode> rows, String field) {
        return rows.stream().mapToLong(row -> row.path(field).asLong()).sum();
    }

    private static String township(DashboardQuery query) {
        return query.townshipId() == null ? "" : "&townshipId=" + query.townshipId();
    }
}
