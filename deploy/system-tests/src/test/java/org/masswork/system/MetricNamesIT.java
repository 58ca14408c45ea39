package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.StackService;
import org.masswork.infra.TestEvents;
import org.masswork.infra.TestTokens;

/**
 * Every metric the alert rules and the Grafana dashboard of the county overlay query (deploy/kubernetes:
 * base/alerts.yaml, base/dashboards/) is exposed on {@code /q/metrics} by at least one running process of the
 * system, with every label the queries match or group by. A rule naming a metric nobody exposes would never fire.
 * <p>
 * Some series exist only once something happened: a request to a route, an event applied, parked or retried. So
 * first a case is filed through the gateway, requests are refused, and an instance of case-service of its own is
 * fed two bad records on a topic of its own (one not readable, one its handler fails on), which it retries and
 * parks without touching the shared topics and databases.
 */
class MetricNamesIT {

    private static final Path ROOT = Path.of(System.getProperty("masswork.root", "../..")).toAbsolutePath().normalize();
    /** Series Prometheus makes itself for each target: no process exposes them. */
    private static final Set<String> MADE_BY_PROMETHEUS = Set.of("up");
    /** Labels Prometheus gives every series it scrapes through the ServiceMonitor masswork (alerts.yaml). */
    private static final Set<String> TARGET_LABELS = Set.of("namespace", "job", "pod", "instance", "endpoint", "container");
    /** Kafka's client metrics reach the registry on its next refresh, once a minute. */
    private static final Duration EXPOSED_WITHIN = Duration.ofMinutes(4);
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+\\S+");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"(?:[^\"\\\\]|\\\\.)*\"");

    @Test
    void shouldExposeEveryMetricAndLabelTheAlertsAndTheDashboardQuery() throws Exception {
        List<QueriedMetrics.Query> queries = QueriedMetrics.of(ROOT, "deploy/kubernetes/overlays/county");
        assertThat(queries).as("queries of the alert rules and of the dashboard")
                .anySatisfy(query -> assertThat(query.source()).startsWith("PrometheusRule "))
                .anySatisfy(query -> assertThat(query.source()).startsWith("ConfigMap "));

        SystemUnderTest system = SystemUnderTest.get();
        String gateway = system.url("gateway");
        CaseFiling filing = CaseFiling.atNewStation(gateway);
        assertThat(filing.file(filing.writerToken()).response().status()).as("a case filed through the gateway").isEqualTo(201);
        assertThat(Http.get(gateway + "/api/v1/cases", null).status()).as("no token").isEqualTo(401);
        assertThat(Http.get(gateway + "/api/v1/no-such-route", TestTokens.countyAdmin()).status()).as("no route").isEqualTo(404);

        StackService parking = startCaseServiceFedBadRecords(system);
        try {
            Map<String, String> processes = new LinkedHashMap<>(system.managementUrls());
            processes.put(parking.name(), parking.managementUrl());

            Map<String, Map<String, Set<String>>> exposed = scrape(processes);
            List<String> problems = problems(queries, exposed);
            Instant deadline = Instant.now().plus(EXPOSED_WITHIN);
            while (!problems.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(1000);
                exposed = scrape(processes);
                problems = problems(queries, exposed);
            }
            report(queries, exposed);

            assertThat(problems).as("metrics and labels the alerts and the dashboard query that no process exposes"
                    + " within " + EXPOSED_WITHIN).isEmpty();
            // The check itself: a name or a label nobody exposes is named.
            assertThat(problems(List.of(new QueriedMetrics.Query("PrometheusRule test", "rule X",
                    "masswork_outbox_pendingg", List.of("job")), new QueriedMetrics.Query("PrometheusRule test", "rule Y",
                    "masswork_event_loop_up", List.of("looop"))), exposed))
                    .containsExactlyInAnyOrder("masswork_outbox_pendingg: exposed by no process (PrometheusRule test rule X)",
                            "masswork_event_loop_up: no process exposes it with label looop (PrometheusRule test rule Y)");
        } finally {
            system.stack.stop(parking.name());
        }
    }

    /**
     * An instance of case-service on a database and topic of its own, fed a record that is not an event (parked at
     * once) and a StationRegistered without a station (its handler fails: retried, then parked).
     */
    private static StackService startCaseServiceFedBadRecords(SystemUnderTest system) {
        String topic = "masswork-test.metric-names." + UUID.randomUUID();
        try (KafkaTestClient kafka = new KafkaTestClient(system.infrastructure.kafkaBootstrapServers())) {
            kafka.createTopic(topic, 1);
            kafka.send(topic, "not-an-event", "not an event");
            UUID station = UUID.randomUUID();
            kafka.send(topic, station.toString(), TestEvents.envelope(UUID.randomUUID(), "/cadre-service", "StationRegistered",
                    station.toString(), OffsetDateTime.now(), "{}"));
        }
        return system.startInstance("case-service", "metric-names", Map.of(
                "MASSWORK_EVENTS_CONSUMER_GROUP", "metric-names",
                "MASSWORK_EVENTS_CONSUMER_TOPICS", topic,
                // whatever it might publish stays off the live topics
                "MASSWORK_EVENTS_TOPIC", topic + ".out"));
    }

    /** For each process: the name of every sample it exposes, with the label names it carries. */
    private static Map<String, Map<String, Set<String>>> scrape(Map<String, String> processes) {
        Map<String, Map<String, Set<String>>> exposed = new TreeMap<>();
        processes.forEach((process, url) -> {
            Http.Response response = Http.get(url + "/q/metrics", null);
            assertThat(response.status()).as(process + " /q/metrics").isEqualTo(200);
            for (String line : response.body().split("\n")) {
                Matcher sample = SAMPLE.matcher(line);
                if (line.startsWith("#") || !sample.find()) {
                    continue;
                }
                Set<String> labels = exposed.computeIfAbsent(sample.group(1), name -> new TreeMap<>())
                        .computeIfAbsent(process, name -> new TreeSet<>());
                Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
                while (label.find()) {
                    labels.add(label.group(1));
                }
            }
        });
        return exposed;
    }

    /** What the queries need that no process exposes: a metric, or a label of a metric. */
    private static List<String> problems(List<QueriedMetrics.Query> queries, Map<String, Map<String, Set<String>>> exposed) {
        Set<String> problems = new TreeSet<>();
        for (QueriedMetrics.Query query : queries) {
            String where = " (" + query.source() + " " + query.where() + ")";
            Set<String> labels = new TreeSet<>(TARGET_LABELS);
            if (!MADE_BY_PROMETHEUS.contains(query.metric())) {
                Map<String, Set<String>> byProcess = exposed.get(query.metric());
                if (byProcess == null) {
                    problems.add(query.metric() + ": exposed by no process" + where);
                    continue;
                }
                byProcess.values().forEach(labels::addAll);
            }
            for (String label : query.labels()) {
                if (!labels.contains(label)) {
                    problems.add(query.metric() + ": no process exposes it with label " + label + where);
                }
            }
        }
        return new ArrayList<>(problems);
    }

    private static void report(List<QueriedMetrics.Query> queries, Map<String, Map<String, Set<String>>> exposed) {
        Map<String, Set<String>> sources = new TreeMap<>();
        queries.forEach(query -> sources.computeIfAbsent(query.metric(), metric -> new TreeSet<>())
                .add(query.source().startsWith("PrometheusRule") ? "alerts" : "dashboard"));
        System.out.println("Metrics the alerts and the dashboard query, and the processes that expose them:");
        sources.forEach((metric, usedBy) -> System.out.printf("  %-48s %-18s %s%n", metric, String.join("+", usedBy),
                MADE_BY_PROMETHEUS.contains(metric) ? "(made by Prometheus)"
                        : exposed.getOrDefault(metric, Map.of()).keySet().toString()));
    }
}
