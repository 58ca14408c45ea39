package org.masswork.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.cases.station.StationEvents;
import org.masswork.infra.Await;
import org.masswork.infra.Infrastructure;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.PrometheusText;
import org.masswork.infra.TestManagement;
import org.masswork.platform.inbox.InboxEvent;
import org.masswork.platform.inbox.ParkedEvent;

/**
 * A fault of the infrastructure is not the event's fault: the consumer retries for as long as it lasts, parks
 * nothing, and applies the event once when it passes.
 */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cases"))
class EventConsumerFaultsTest {

    /** More than the consumer's max-attempts (3): the old consumer parked the event after three. */
    private static final int FAILURES = 6;

    @Inject
    KnownStationRepository stations;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaTestClient kafka;

    @BeforeEach
    void connect() {
        kafka = new KafkaTestClient(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    @Test
    void shouldRetryAnEventThroughRepeatedSerializationFailuresAndNeverParkIt() throws SQLException {
        UUID stationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        double retriesBefore = retries("infrastructure");
        // The database itself is up and answers, but refuses the handler's write FAILURES times as a serialization
        // failure would (SQLSTATE 40001); a sequence counts across the rolled-back attempts.
        sql("create sequence if not exists test_fault_count",
                "select setval('test_fault_count', 1, false)",
                """
                create or replace function test_fault() returns trigger language plpgsql as $$
                begin
                    if nextval('test_fault_count') <= %d then
                        raise exception 'injected by the test' using errcode = 'serialization_failure';
                    end if;
                    return new;
                end $$""".formatted(FAILURES),
                "create trigger test_fault before insert or update on known_station for each row execute function test_fault()");
        try {
            kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(),
                    StationEvents.stationRegistered(eventId, stationId, UUID.randomUUID(), "重试工作站"));

            StationEvents.awaitInDirectory(stations, stationId, Duration.ofSeconds(120));
            assertThat(faultsInjected()).as("failures the handler met").isGreaterThan(FAILURES);
        } finally {
            sql("drop trigger if exists test_fault on known_station", "drop function if exists test_fault()");
        }

        assertThat(parkedFor(eventId)).as("parked").isZero();
        assertThat(inboxRowsFor(eventId)).as("applied once").isEqualTo(1);
        assertThat(retries("infrastructure")).as("retried as a fault of the infrastructure").isGreaterThan(retriesBefore);
    }

    @Test
    void shouldKeepAnEventWhileTheDatabaseIsDownAndApplyItOnceWhenItIsBack() {
        Infrastructure infrastructure = MassWorkTestResource.infrastructure();
        UUID stationId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        double retriesBefore = retries("infrastructure");

        infrastructure.stopPostgres();
        try {
            kafka.send(StationEvents.CADRE_TOPIC, stationId.toString(),
                    StationEvents.stationRegistered(eventId, stationId, UUID.randomUUID(), "停库工作站"));
            Await.until("the consumer met the outage more than max-attempts times", Duration.ofSeconds(120),
                    () -> retries("infrastructure") - retriesBefore > 3);
            given().baseUri(TestManagement.base()).port(TestManagement.port()).when().get("/q/health/live").then().statusCode(200);
        } finally {
            infrastructure.startPostgres();
        }

        StationEvents.awaitInDirectory(stations, stationId, Duration.ofSeconds(120));
        assertThat(parkedFor(eventId)).as("parked").isZero();
        assertThat(inboxRowsFor(eventId)).as("applied once").isEqualTo(1);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private long faultsInjected() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select last_value from test_fault_count")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static double retries(String cause) {
        String metrics = given().baseUri(TestManagement.base()).port(TestManagement.port()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        return PrometheusText.sum(metrics, "masswork_events_retries_total", Map.of("cause", cause));
    }

    private static long parkedFor(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ParkedEvent.count("eventId", eventId)
                + ParkedEvent.count("payload like ?1", "%" + eventId + "%"));
    }

    private static long inboxRowsFor(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> InboxEvent.count("eventId", eventId));
    }
}
