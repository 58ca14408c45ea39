package org.masswork.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A path's template for the metrics: its route's prefix and at most an id, whatever else the path holds. */
class RouteTableTest {

    private static final RouteTable ROUTES = RouteTable.of(Map.of(
            "cadre", List.of("/api/v1/stations", "/api/v1/contact-cards", "/api/v1/card-figures", "/api/v1/cadres", "/api/v1/villages"),
            "case", List.of("/api/v1/cases"),
            "evaluation", List.of("/api/v1/cadres/*/verdicts", "/api/v1/work-figures"),
            "risk", List.of("/api/v1/risk*")));

    @ParameterizedTest
    @CsvSource({
            "/api/v1/stations, /api/v1/stations",
            "/api/v1/stations/{uuid}, /api/v1/stations/{id}",
            "/api/v1/villages/42, /api/v1/villages/{id}",
            "/api/v1/cases/{uuid}/close, /api/v1/cases/{id}/**",
            "/api/v1/cases/{uuid}/timeline/{uuid}, /api/v1/cases/{id}/**",
            "/api/v1/contact-cards/needed, /api/v1/contact-cards/**",
            "/api/v1/card-figures, /api/v1/card-figures",
            "/api/v1/work-figures, /api/v1/work-figures",
            "/api/v1/stations/, /api/v1/stations/**",
            "/api/v1/cadres/{uuid}, /api/v1/cadres/{id}",
            "/api/v1/cadres/{uuid}/verdicts, /api/v1/cadres/{id}/verdicts",
            "/api/v1/cadres/{uuid}/verdicts/{uuid}, /api/v1/cadres/{id}/verdicts/{id}",
            "/api/v1/risk-figures, /api/v1/risk*",
            "/api/v1/risk-alerts/{uuid}, /api/v1/risk*/{id}"})
    void shouldTemplateAPathByItsRouteAndItsId(String path, String template) {
        String withIds = path.replace("{uuid}", UUID.randomUUID().toString());

        assertThat(ROUTES.match(withIds)).hasValueSatisfying(match -> assertThat(match.template()).isEqualTo(template));
    }
}
