package org.masswork.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.InfraOptions;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.PrivacyKeys;
import org.masswork.infra.TestTokens;

/**
 * The five images, as deploy/images/build.sh builds them from the packaged services, each run the way the county
 * overlay's Deployment runs it: its user, a read-only root filesystem with /tmp on tmpfs, every capability dropped,
 * no privilege escalation, its memory and CPU limits, its environment (JVM options included) and its mounted key
 * secrets. Only what a cluster supplies is played by this machine: host names and ports (PostgreSQL, Kafka and the
 * containers share its network), the database credentials, and the identity provider (the tests' key pair and issuer). A case is then filed, moved and closed
 * through the gateway's container, and its events are followed into cadre-service's village ledger (through the
 * gateway), evaluation-service's case facts and risk-assessment-service's evidence; a write load follows, after which
 * each container's memory is printed (the figures deploy/kubernetes's requests and limits come from).
 *
 * <p>Needs root, podman and skopeo, so it is not part of {@code ./mvnw verify} (the failsafe configuration excludes it;
 * {@code deploy/images/run-check.sh} runs it); run where they are missing, it fails naming them. Builds the images itself (build.sh
 * --skip-package --no-pin: the base is reused when cached, the five service images take seconds), so it always runs
 * the jars now packaged, and tells whether the overlays pin exactly these digests.
 *
 * <p>Settings (system properties): {@code masswork.images.load-seconds} (default 30),
 * {@code masswork.images.java-options} (replaces the Deployments' JDK_JAVA_OPTIONS, to measure other heap sizes).
 */
class ImagesIT {

    private static final Path ROOT = Path.of(System.getProperty("masswork.root", "../..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("deploy/system-tests/target/images-it");
    // Five JVMs starting at once on a shared 2-core machine: 240 s has been seen under a load average of 40.
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(420);
    private static final Pattern ADDRESS = Pattern.compile("//([a-z0-9-]+):(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Podman podman = new Podman();
    private final String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
    /** The containers started, by Deployment. */
    private final Map<String, String> containers = new LinkedHashMap<>();

    @Test
    void shouldRunEveryImageAsItsDeploymentDoesAndCloseACaseThroughTheGatewayImage() throws Exception {
        Optional<String> unavailable = Podman.unavailable();
        assertThat(unavailable).as("what ImagesIT needs on this machine").isEmpty();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();

        JsonNode built = buildImages();
        Map<String, PodSpec> pods = PodSpec.ofOverlay(ROOT.resolve("deploy/kubernetes/overlays/county"));
        assertThat(pods).containsOnlyKeys("cadre-service", "case-service", "evaluation-service",
                "risk-assessment-service", "gateway");
        String tag = built.path("tag").asText();
        Path layout = Path.of(built.path("layout").asText());
        Map<String, String> images = new LinkedHashMap<>();
        for (String name : pods.keySet()) {
            String digest = built.at("/images/" + name + "/digest").asText();
            String pinned = pods.get(name).imageDigest();
            System.out.printf("[images] %-24s built %s, %.1f MB compressed; the overlays pin %s%n", name, digest,
                    built.at("/images/" + name + "/compressedBytes").asLong() / 1e6,
                    digest.equals(pinned) ? "this digest" : pinned == null ? "no digest"
                            : pinned + " (another build: deploy/images/build.sh pins this one)");
            podman.load(layout, "masswork/" + name + ":" + tag, "localhost/masswork/" + name + ":" + tag);
            images.put(name, "localhost/masswork/" + name + "@" + digest);
        }

        try (Infrastructure infrastructure = Infrastructure.start(InfraOptions.ephemeral())) {
            Cluster cluster = new Cluster(infrastructure, pods, WORK.resolve("secrets-" + run));
            long started = System.nanoTime();
            for (String name : pods.keySet()) {
                PodSpec pod = pods.get(name);
                Podman.Container container = cluster.container(pod, "masswork-it-" + run + "-" + name, images.get(name));
                containers.put(name, container.name());
                podman.start(container);
                System.out.printf("[images] %s started: user %d:%d, read-only root %s, capabilities dropped %s, memory limit %s MiB, "
                                + "%s CPUs, JDK_JAVA_OPTIONS=%s%n", name, container.user(), container.group(), container.readOnlyRoot(),
                        container.dropCapabilities(), ContainerMemory.mib(container.memoryBytes()), container.cpus(),
                        container.env().get("JDK_JAVA_OPTIONS"));
            }
            for (String name : pods.keySet()) {
                int port = cluster.localPort(name, pods.get(name).readinessPort());
                awaitReady(name, "http://127.0.0.1:" + port + pods.get(name).readinessPath());
                System.out.printf("[images] %s ready (%.1f s after the first container started)%n", name,
                        (System.nanoTime() - started) / 1e9);
            }
            // The Ingress's backend: the gateway's Service, port http.
            String gateway = "http://127.0.0.1:" + cluster.localPort("gateway", pods.get("gateway").namedPort("http"));
            containers.forEach((name, container) -> assertThat(podman.imageDigest(container))
                    .as(name + " runs the image built").isEqualTo(built.at("/images/" + name + "/digest").asText()));
            printMemory("idle, after start", pods, cluster);

            closeACaseThroughTheGateway(gateway, infrastructure);
            writeLoad(gateway, infrastructure);
            printMemory("after the load", pods, cluster);
            assertHeapsSizedFromTheLimits(pods, cluster);
        } finally {
            for (String container : containers.values()) {
                saveLog(container);
                podman.remove(container);
            }
        }
    }

    /** Builds the images from the packaged jars (deploy/images/build.sh, without touching the overlays). */
    private static JsonNode buildImages() throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path log = WORK.resolve("build.log");
        long started = System.nanoTime();
        Process build = new ProcessBuilder(ROOT.resolve("deploy/images/build.sh").toString(), "--skip-package", "--no-pin")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean done = build.waitFor(20, TimeUnit.MINUTES);
        String output = Files.readString(log);
        assertThat(done && build.exitValue() == 0).as("deploy/images/build.sh --skip-package --no-pin:\n" + output).isTrue();
        System.out.printf("[images] built in %.0f s (log: %s)%n", (System.nanoTime() - started) / 1e9, log);
        return JSON.readTree(ROOT.resolve(".local/images/images.json").toFile());
    }

    private void awaitReady(String name, String url) {
        String container = containers.get(name);
        Await.until(name + " ready at " + url, READY_TIMEOUT, () -> {
            if (!podman.running(container)) {
                throw new AssertionError(name + "'s container stopped:\n" + tail(podman.logs(container), 40));
            }
            Http.Response response = Http.get(url, null);
            return response.status() == 200;
        });
    }

    /** CaseLifecycleIT's case, through the gateway's container only; its effects read in the other services. */
    private static void closeACaseThroughTheGateway(String gateway, Infrastructure infrastructure) throws SQLException {
        StationNetwork network = new StationNetwork(gateway);
        UUID townshipId = network.township();
        UUID villageId = network.village(townshipId);
        UUID stationId = network.station(villageId);
        UUID cadreId = network.servingCadre(stationId);
        String cadre = TestTokens.cadre(cadreId, stationId, townshipId);
        Await.until("the cadre serving the station, in case-service (by cadre-service's events)", Duration.ofSeconds(60), () ->
                given().baseUri(gateway).auth().oauth2(cadre).when().get("/api/v1/station-directory/{id}/cadres", stationId)
                        .then().extract().body().asString().contains(cadreId.toString()));

        String caseId = given().baseUri(gateway).auth().oauth2(cadre).contentType(ContentType.JSON)
                .body(Map.of("kind", "DISPUTE", "channel", "STATION_DAY_WALK_IN", "category", "FAMILY_NEIGHBOUR_DISPUTE",
                        "stationId", stationId, "villager", Map.of("name", "赵六", "phone", "13700001111"),
                        "description", "两户因排水沟改道发生争执"))
                .when().post("/api/v1/cases")
                .then().statusCode(201).body("villageId", equalTo(villageId.toString())).extract().path("id");
        System.out.printf("[images] case %s filed through the gateway at station %s (village %s)%n", caseId, stationId, villageId);
        for (Map<String, Object> step : List.<Map<String, Object>>of(
                Map.of("action", "ACCEPT"), Map.of("action", "START"),
                Map.of("action", "RESOLVE", "method", "COUNSELLING", "note", "调解达成协议"), Map.of("action", "CLOSE"))) {
            int version = given().baseUri(gateway).auth().oauth2(cadre).when().get("/api/v1/cases/{id}", caseId)
                    .then().statusCode(200).extract().path("version");
            Map<String, Object> body = new HashMap<>(step);
            body.put("version", version);
            String status = given().baseUri(gateway).auth().oauth2(cadre).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/cases/{id}/transitions", caseId)
                    .then().statusCode(200).extract().path("status");
            System.out.printf("[images]   %s -> %s%n", step.get("action"), status);
        }
        given().baseUri(gateway).auth().oauth2(cadre).when().get("/api/v1/cases/{id}", caseId)
                .then().statusCode(200).body("status", equalTo("CLOSED"));

        UUID id = UUID.fromString(caseId);
        Await.until("cadre-service's village ledger counts the case closed (read through the gateway)", Duration.ofSeconds(60), () -> {
            JsonNode cases = ledgerCases(gateway, villageId);
            return cases.path("closed").asLong() == 1 && cases.path("open").asLong() == 0;
        });
        System.out.printf("[images] cadre-service, village ledger through the gateway: cases %s%n", ledgerCases(gateway, villageId));
        Await.until("evaluation-service's case fact has the case closed on time at the station", Duration.ofSeconds(60), () ->
                "STATION true".equals(row(infrastructure, "evaluation",
                        "select closed_at_level || ' ' || closed_on_time from case_fact where case_id = ? and closed_at is not null", id)));
        System.out.printf("[images] evaluation-service, case_fact: %s%n", row(infrastructure, "evaluation",
                "select 'opened ' || opened_at || ', closed ' || closed_at || ' at ' || closed_at_level || ', on time ' || closed_on_time"
                        + " from case_fact where case_id = ?", id));
        Await.until("risk-assessment-service's evidence has the case no longer open", Duration.ofSeconds(60), () ->
                "false".equals(row(infrastructure, "risk", "select open::text from village_case where case_id = ?", id)));
        System.out.printf("[images] risk-assessment-service, village_case: %s%n", row(infrastructure, "risk",
                "select kind || ' ' || category || ', open ' || open from village_case where case_id = ?", id));
    }

    private static JsonNode ledgerCases(String gateway, UUID villageId) {
        String body = given().baseUri(gateway).auth().oauth2(TestTokens.countyAdmin())
                .when().get("/api/v1/village-ledgers/{id}", villageId)
                .then().statusCode(200).extract().body().asString();
        try {
            return JSON.readTree(body).path("cases");
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    /**
     * Writers file cases through the gateway while readers page through them and read the village ledger, then every
     * acknowledged case must reach the three consumers: some work for each service before its memory is read.
     */
    private static void writeLoad(String gateway, Infrastructure infrastructure) {
        int seconds = Integer.getInteger("masswork.images.load-seconds", 30);
        CaseFiling station = CaseFiling.atNewStation(gateway);
        WriteLoad writes = WriteLoad.start(4, writer -> station.file(station.writerToken()));
        AtomicBoolean reading = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        Map<Integer, Integer> readStatuses = new ConcurrentHashMap<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread reader = new Thread(() -> {
                String admin = TestTokens.countyAdmin();
                while (reading.get()) {
                    for (String path : List.of("/api/v1/cases?stationId=" + station.stationId + "&size=50",
                            "/api/v1/village-ledgers/" + station.villageId)) {
                        readStatuses.merge(Http.get(gateway + path, admin).status(), 1, Integer::sum);
                        reads.incrementAndGet();
                    }
                }
            }, "images-reader-" + i);
            reader.setDaemon(true);
            reader.start();
            readers.add(reader);
        }
        WriteLoad.sleep(TimeUnit.SECONDS.toMillis(seconds));
        writes.stop();
        reading.set(false);
        readers.forEach(reader -> {
            try {
                reader.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Set<UUID> cases = writes.acknowledged().stream().map(UUID::fromString).collect(Collectors.toSet());
        System.out.printf("[images] load for %d s through the gateway: %d cases filed %s, %d reads %s%n", seconds,
                writes.sent(), writes.statuses(), reads.get(), new TreeMap<>(readStatuses));
        assertThat(cases).as("cases acknowledged").isNotEmpty();
        assertThat(writes.errorsNotProblems()).as("writes that failed without a problem: " + writes.samples()).isZero();
        Map<String, String> consumers = Map.of("cadre", "ledger_case", "evaluation", "case_fact", "risk", "village_case");
        Await.until("every consumer applied every acknowledged case", Duration.ofSeconds(120), () ->
                consumers.entrySet().stream().allMatch(c -> count(infrastructure, c.getKey(),
                        "select count(*) from " + c.getValue() + " where case_id = any(?)", cases) == cases.size()));
        System.out.printf("[images] every one of the %d cases applied by cadre-service, evaluation-service and risk-assessment-service%n",
                cases.size());
    }

    private void printMemory(String when, Map<String, PodSpec> pods, Cluster cluster) {
        System.out.printf("[images] memory %s (MiB): limit, request | heap max, committed, used | non-heap committed "
                + "| JVM resident | cgroup working set, charged%n", when);
        for (String name : pods.keySet()) {
            ContainerMemory memory = ContainerMemory.of(podman.pid(containers.get(name)));
            String metrics = metrics(cluster, pods.get(name));
            System.out.printf("[images]   %-24s %4s %4s | %4s %4s %4s | %4s | %4s | %4s %4s%n", name,
                    ContainerMemory.mib(pods.get(name).memoryLimitBytes()), ContainerMemory.mib(pods.get(name).memoryRequestBytes()),
                    ContainerMemory.mib(jvm(metrics, "jvm_memory_max_bytes", "heap")),
                    ContainerMemory.mib(jvm(metrics, "jvm_memory_committed_bytes", "heap")),
                    ContainerMemory.mib(jvm(metrics, "jvm_memory_used_bytes", "heap")),
                    ContainerMemory.mib(jvm(metrics, "jvm_memory_committed_bytes", "nonheap")),
                    ContainerMemory.mib(memory.residentBytes()), ContainerMemory.mib(memory.workingSetBytes()),
                    ContainerMemory.mib(memory.chargedBytes()));
        }
    }

    /** The JVM took its heap from the container's limit: MaxRAMPercentage of it, as JDK_JAVA_OPTIONS says. */
    private void assertHeapsSizedFromTheLimits(Map<String, PodSpec> pods, Cluster cluster) {
        Pattern percentage = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
        for (String name : pods.keySet()) {
            String options = effectiveJavaOptions(pods.get(name));
            Matcher matcher = percentage.matcher(options == null ? "" : options);
            assertThat(matcher.find()).as(name + ": JDK_JAVA_OPTIONS names -XX:MaxRAMPercentage: " + options).isTrue();
            double expected = pods.get(name).memoryLimitBytes() * Double.parseDouble(matcher.group(1)) / 100;
            double heapMax = jvm(metrics(cluster, pods.get(name)), "jvm_memory_max_bytes", "heap");
            // The pools' maxima add up to the heap less one survivor space, rounded to the heap's alignment.
            assertThat(heapMax).as(name + ": heap max against " + matcher.group(1) + " % of the limit")
                    .isBetween(expected * 0.85, expected * 1.01);
        }
    }

    private static String effectiveJavaOptions(PodSpec pod) {
        return System.getProperty("masswork.images.java-options", pod.environment().get("JDK_JAVA_OPTIONS"));
    }

    /** What Prometheus would scrape from the pod. */
    private static String metrics(Cluster cluster, PodSpec pod) {
        String url = "http://127.0.0.1:" + cluster.localPort(pod.name(), pod.metricsPort()) + pod.metricsPath();
        Http.Response response = Http.get(url, null);
        assertThat(response.status()).as(pod.name() + " " + url).isEqualTo(200);
        return response.body();
    }

    /** The sum of a JVM memory metric's samples over the pools of one area ({@code heap} or {@code nonheap}). */
    private static double jvm(String metrics, String name, String area) {
        Pattern sample = Pattern.compile("^" + name + "\\{[^}]*area=\"" + area + "\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);
        double sum = 0;
        for (Matcher matcher = sample.matcher(metrics); matcher.find(); ) {
            sum += Double.parseDouble(matcher.group(1));
        }
        return sum;
    }

    private void saveLog(String container) {
        try {
            Path log = ROOT.resolve("deploy/system-tests/target/service-logs/" + container + ".log");
            Files.createDirectories(log.getParent());
            Files.writeString(log, podman.logs(container));
        } catch (IOException | RuntimeException e) {
            System.out.printf("[images] no log of %s: %s%n", container, e.getMessage());
        }
    }

    private static String row(Infrastructure infrastructure, String database, String sql, Object parameter) {
        try (Connection db = DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.username(),
                infrastructure.password()); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    private static long count(Infrastructure infrastructure, String database, String sql, Set<UUID> ids) {
        try (Connection db = DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.username(),
                infrastructure.password()); PreparedStatement query = db.prepareStatement(sql)) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** What the cluster supplies to a pod, played by this machine. */
    private static final class Cluster {

        private final Infrastructure infrastructure;
        private final Map<String, PodSpec> pods;
        private final Path secretsDir;
        /** Per Deployment, its container ports (as its *_PORT variables set them) and the free port each becomes here. */
        private final Map<String, Map<Integer, Integer>> ports = new HashMap<>();

        Cluster(Infrastructure infrastructure, Map<String, PodSpec> pods, Path secretsDir) {
            this.infrastructure = infrastructure;
            this.pods = pods;
            this.secretsDir = secretsDir;
            pods.forEach((name, pod) -> {
                Map<Integer, Integer> own = new HashMap<>();
                pod.environment().forEach((key, value) -> {
                    if (key.endsWith("_PORT") && value.matches("\\d+")) {
                        own.put(Integer.parseInt(value), freePort());
                    }
                });
                ports.put(name, own);
            });
        }

        int localPort(String deployment, int containerPort) {
            Integer port = ports.get(deployment).get(containerPort);
            if (port == null) {
                throw new IllegalStateException(deployment + ": no *_PORT variable sets port " + containerPort);
            }
            return port;
        }

        Podman.Container container(PodSpec pod, String name, String image) throws IOException {
            Map<String, String> env = new LinkedHashMap<>();
            pod.environment().forEach((key, value) -> env.put(key, local(pod.name(), key, value)));
            for (String secret : pod.secretsTakenWhole()) {
                assertThat(secret).as(pod.name() + ": the only secret a pod takes whole is its personal data keys'").endsWith("-privacy");
                env.putAll(PrivacyKeys.environment(PrivacyKeys.generate("k1")));
            }
            String javaOptions = System.getProperty("masswork.images.java-options");
            if (javaOptions != null) {
                env.put("JDK_JAVA_OPTIONS", javaOptions);
            }
            List<String> tmpfs = pod.emptyDirMounts();
            return new Podman.Container(name, image, env, pod.runAsUser(), pod.runAsGroup(), pod.readOnlyRootFilesystem(),
                    !pod.allowPrivilegeEscalation(), pod.droppedCapabilities(), pod.memoryLimitBytes(), pod.cpuLimit(),
                    mountSecrets(pod), tmpfs);
        }

        /** Host names and ports of the cluster become this machine's; the database secrets its credentials. */
        private String local(String deployment, String key, String value) {
            if (key.endsWith("_PORT") && value.matches("\\d+")) {
                return String.valueOf(localPort(deployment, Integer.parseInt(value)));
            }
            if (key.equals("KAFKA_BOOTSTRAP_SERVERS")) {
                return infrastructure.kafkaBootstrapServers();
            }
            if (key.equals("MP_JWT_VERIFY_ISSUER")) {
                // The identity provider is the tests' own: its keys (mounted below) and its issuer.
                return TestTokens.ISSUER;
            }
            if (value.equals("secret:evaluation-ballot-codes/key")) {
                return "ballot-codes-key-of-this-run-" + java.util.UUID.randomUUID();
            }
            if (value.startsWith("secret:")) {
                assertThat(value).as(deployment + " " + key + ": a CloudNativePG application secret").contains("-db-app/");
                return switch (value.substring(value.lastIndexOf('/') + 1)) {
                    case "username" -> infrastructure.username();
                    case "password" -> infrastructure.password();
                    default -> throw new AssertionError(deployment + " " + key + ": unknown secret key in " + value);
                };
            }
            if (key.equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                String database = value.substring(value.lastIndexOf('/') + 1);
                String local = infrastructure.jdbcUrl(database);
                return ADDRESS.matcher(value).replaceFirst(local.substring(local.indexOf("//"), local.lastIndexOf('/')));
            }
            Matcher address = ADDRESS.matcher(value);
            if (key.startsWith("MASSWORK_GATEWAY_ROUTES_") && address.find()) {
                // The Service is named as its Deployment and forwards its port to the same container port.
                String target = address.group(1);
                assertThat(pods).as(key + " names a Deployment of the overlay: " + value).containsKey(target);
                return address.replaceFirst("//127.0.0.1:" + localPort(target, Integer.parseInt(address.group(2))));
            }
            return value;
        }

        /** The key secrets the pod mounts, written as files (the tests' key pair), by host folder and mount path. */
        private Map<Path, String> mountSecrets(PodSpec pod) throws IOException {
            Map<String, Path> keys = Map.of("jwt-public.pem", TestTokens.publicKeyPem(), "jwt-private.pem", TestTokens.privateKeyPem());
            Map<Path, String> mounts = new LinkedHashMap<>();
            for (Map.Entry<String, PodSpec.SecretMount> mount : pod.secretMounts().entrySet()) {
                Path dir = Files.createDirectories(secretsDir.resolve(pod.name()).resolve(mount.getValue().secretName()));
                for (Map.Entry<String, String> item : mount.getValue().items().entrySet()) {
                    Path key = keys.get(item.getKey());
                    assertThat(key).as("a key file for secret item " + item.getKey()).isNotNull();
                    Path file = dir.resolve(item.getValue());
                    Files.copy(key, file, StandardCopyOption.REPLACE_EXISTING);
                    // As a Secret volume's default mode (0644): readable by the container's user.
                    file.toFile().setReadable(true, false);
                }
                mounts.put(dir, mount.getKey());
            }
            return mounts;
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
