package org.masswork.risk.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masswork.risk.RiskTestData.WAIT;
import static org.masswork.risk.RiskTestData.caseEvent;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.risk.RiskTestData;
import org.masswork.risk.RiskTestData.Village;

/** The open cases per village follow case-service's events however often and in whatever order they arrive. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "risk"))
class CaseEvidenceTest {

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
    void shouldKeepACaseSettledWhenItsCloseArrivesBeforeItsOpen() {
        Village village = RiskTestData.villages(kafka, UUID.randomUUID(), 1).get(0);
        UUID caseId = UUID.randomUUID();
        Instant opened = Instant.parse("2026-03-01T08:00:00Z");
        caseEvent(kafka, "CaseClosed", caseId, village, "DISPUTE", "LAND", opened.plusSeconds(86_400));
        UUID late = caseEvent(kafka, "CaseOpened", caseId, village, "DISPUTE", "LAND", opened);

        Await.until("the late open applied", WAIT, () -> RiskTestData.applied(late));
        VillageCase row = RiskTestData.villageCase(caseId);
        assertThat(row.open).isFalse();
        assertThat(row.openedAt.toInstant()).isEqualTo(opened);
        assertThat(row.category).isEqualTo("LAND");
        assertThat(RiskTestData.openCases(List.of(village))).isZero();
    }

    @Test
    void shouldCountACaseOnceWhenItsOpenIsDeliveredTwiceAndReopenItAfterItsClose() {
        Village village = RiskTestData.villages(kafka, UUID.randomUUID(), 1).get(0);
        UUID caseId = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant opened = Instant.now().minusSeconds(7200);
        caseEvent(kafka, "CaseOpened", caseId, village, "PROBLEM", "WATER", opened);
        caseEvent(kafka, "CaseOpened", caseId, village, "PROBLEM", "WATER", opened);
        caseEvent(kafka, "PetitionFiled", other, village, "PETITION", "LAND", opened);
        UUID last = caseEvent(kafka, "CaseOpened", caseId, village, "PROBLEM", "WATER", opened);
        Await.until("the duplicates applied", WAIT, () -> RiskTestData.applied(last) && RiskTestData.villageCase(other) != null);
        assertThat(RiskTestData.openCases(List.of(village))).isEqualTo(2);
        assertThat(RiskTestData.villageCase(other).petition).isTrue();

        caseEvent(kafka, "CaseResolved", caseId, village, "PROBLEM", "WATER", opened.plusSeconds(600));
        UUID reopened = caseEvent(kafka, "CaseReopened", caseId, village, "PROBLEM", "WATER", opened.plusSeconds(1200));
        UUID stale = caseEvent(kafka, "CaseClosed", caseId, village, "PROBLEM", "WATER", opened.plusSeconds(900));
        Await.until("the reopen and the stale close applied", WAIT, () -> RiskTestData.applied(reopened) && RiskTestData.applied(stale));
        assertThat(RiskTestData.villageCase(caseId).open).isTrue();
        assertThat(RiskTestData.openCases(List.of(village))).isEqualTo(2);
    }
}
