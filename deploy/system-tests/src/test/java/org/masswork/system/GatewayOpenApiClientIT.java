package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.TestTokens;
import org.masswork.infra.County;

/**
 * A county system's developer generates a Java client from each document the gateway serves (openapi-generator,
 * from Maven Central), compiles it, and calls its service with it: through the gateway, because the documents
 * name the gateway as their server. The callers are in {@code src/test/resources/openapi-client}.
 */
class GatewayOpenApiClientIT {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Duration EVENTS = Duration.ofSeconds(30);

    private static String gateway;
    private static GeneratedClients clients;
    /** What cadre-service's client registered: the station the other services learn of by events. */
    private static Map<String, Object> network;

    @BeforeAll
    static void generateClientsAndRegisterAStation() throws Exception {
        SystemUnderTest system = SystemUnderTest.get();
        gateway = system.url("gateway");
        Path out = Path.of(System.getProperty("masswork.root", "../..")).toAbsolutePath().normalize()
                .resolve("deploy/system-tests/target/openapi-clients");
        clients = GeneratedClients.build(gateway, List.of("cadre", "case", "evaluation", "risk"), out);
        network = clients.caller("CadreCalls").apply(Map.of("token", TestTokens.countyAdmin()));
    }

    @Test
    void shouldRegisterAndReadAStationWithCadreServicesClient() {
        Map<String, Object> registered = json(network.get("registered"));
        Map<String, Object> read = json(network.get("read"));

        assertThat(network.get("baseUri")).as("the document's server").isEqualTo(gateway);
        assertThat(registered.get("name")).isEqualTo("东沟村群众工作站");
        assertThat(read).containsEntry("id", registered.get("id"))
                .containsEntry("villageId", json(network.get("village")).get("id"))
                .containsEntry("townshipId", json(network.get("township")).get("id"))
                .containsEntry("name", "东沟村群众工作站");
    }

    @Test
    void shouldFileAndReadACaseWithCaseServicesClient() {
        UUID stationId = id(network.get("registered"));
        StationNetwork.awaitInCaseService(gateway, List.of(stationId));
        String description = "generated client " + UUID.randomUUID();

        Map<String, Object> calls = clients.caller("CaseCalls").apply(Map.of("token", TestTokens.countyAdmin(),
                "stationId", stationId, "description", description));

        assertThat(calls.get("baseUri")).isEqualTo(gateway);
        Map<String, Object> read = json(calls.get("read"));
        assertThat(read).containsEntry("id", json(calls.get("opened")).get("id"))
                .containsEntry("kind", "PROBLEM")
                .containsEntry("category", "WATER")
                .containsEntry("stationId", stationId.toString())
                .containsEntry("description", description)
                .containsEntry("kindLabel", "Problem");
    }

    @Test
    void shouldReadTheCountysWorkFiguresWithEvaluationServicesClient() {
        LocalDate to = County.today();
        LocalDate from = to.minusDays(30);

        Map<String, Object> calls = clients.caller("EvaluationCalls").apply(Map.of("token", TestTokens.countyAdmin(),
                "from", from, "to", to));

        assertThat(calls.get("baseUri")).isEqualTo(gateway);
        Map<String, Object> report = json(calls.get("figures"));
        assertThat(report).containsEntry("from", from.toString())
                .containsEntry("to", to.toString())
                .containsEntry("groupBy", "COUNTY");
        assertThat(report.get("rows")).asInstanceOf(InstanceOfAssertFactories.LIST).singleElement()
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("townshipId", null)
                .containsEntry("stationId", null)
                .containsEntry("cadreId", null)
                .containsKeys("stationDaysDue", "visitsMade", "householdsVisited");
    }

    @Test
    void shouldProposeAndReadAMatterWithRiskServicesClient() {
        UUID villageId = id(network.get("village"));
        String title = "S226省道改建 " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> input = Map.of("token", TestTokens.token("transport-bureau", Set.of("DECISION_OWNER"), Map.of()),
                "villageId", villageId, "title", title);
        AtomicReference<Map<String, Object>> calls = new AtomicReference<>();
        // The village becomes known to risk-assessment-service by cadre-service's events; until then it refuses (422).
        Await.until("a matter for the village accepted by risk-assessment-service", EVENTS, () -> {
            try {
                calls.set(clients.caller("RiskCalls").apply(input));
                return true;
            } catch (IllegalStateException refused) {
                assertThat(refused.getMessage()).startsWith("422");
                return false;
            }
        });

        assertThat(calls.get().get("baseUri")).isEqualTo(gateway);
        Map<String, Object> read = json(calls.get().get("read"));
        assertThat(read).containsEntry("id", json(calls.get().get("registered")).get("id"))
                .containsEntry("title", title)
                .containsEntry("kind", "CONSTRUCTION_PROJECT");
        assertThat(read.get("villageIds")).isEqualTo(List.of(villageId.toString()));
    }

    /** A generated model as the JSON it stands for. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Object model) {
        return JSON.convertValue(model, Map.class);
    }

    private static UUID id(Object model) {
        return UUID.fromString((String) json(model).get("id"));
    }
}
