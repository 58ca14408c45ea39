package org.masswork.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.masswork.infra.KafkaTestClient;
import org.masswork.infra.TestEvents;

/**
 * Sends cadre-service's and case-service's events as they publish them (CloudEvents envelopes), so the
 * tests feed the service through the real broker. Build a batch, then {@link #send()} it. Each batch is of one county
 * ({@code countyid}), or, built without one, as events were published before counties (the default county).
 */
public final class UpstreamEvents {

    public static final String CADRE_TOPIC = "masswork.cadre.events";
    public static final String CASE_TOPIC = "masswork.case.events";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<String[]> records = new ArrayList<>();
    private final UUID county;
    private UUID lastEventId;

    /** Events as published before counties: no {@code countyid}, so of the default county. */
    public UpstreamEvents() {
        this(null);
    }

    /** Events of this county: each envelope's {@code countyid}. */
    public UpstreamEvents(UUID county) {
        this.county = county;
    }

    /** cadre-service registered a county (with its zone). */
    public void county(UUID countyId, String code, String zone) {
        add(CADRE_TOPIC, "CountyRegistered", countyId, data().put("countyId", countyId.toString()).put("code", code)
                .put("name", "County " + code).put("zone", zone));
    }

    /** A station in a new village of a new township; returns {stationId, villageId, townshipId}. */
    public Place station() {
        return station(UUID.randomUUID());
    }

    public Place station(UUID townshipId) {
        Place place = new Place(UUID.randomUUID(), UUID.randomUUID(), townshipId);
        add(CADRE_TOPIC, "StationRegistered", place.stationId(), data()
                .put("stationId", place.stationId().toString()).put("stationName", "Station")
                .put("villageId", place.villageId().toString()).put("villageCode", "V1").put("villageName", "Village")
                .put("villageKind", "VILLAGE").put("villageType", "ORDINARY")
                .put("townshipId", townshipId.toString()).put("townshipName", "Township"));
        return place;
    }

    public UUID household(Place place) {
        UUID householdId = UUID.randomUUID();
        add(CADRE_TOPIC, "HouseholdRegistered", householdId, place.into(data().put("householdId", householdId.toString())));
        return householdId;
    }

    public UUID assigned(UUID cadreId, Place place, LocalDate startsOn) {
        UUID assignmentId = UUID.randomUUID();
        assigned(assignmentId, cadreId, place, startsOn);
        return assignmentId;
    }

    public void assigned(UUID assignmentId, UUID cadreId, Place place, LocalDate startsOn) {
        add(CADRE_TOPIC, "CadreAssigned", assignmentId, place.into(data()
                .put("assignmentId", assignmentId.toString()).put("cadreId", cadreId.toString()).put("role", "MEMBER")
                .put("firstSecretary", false).put("startsOn", startsOn.toString())
                .put("termEndsOn", startsOn.plusYears(2).toString()).put("matchingException", false)));
    }

    public void ended(UUID assignmentId, UUID cadreId, Place place, LocalDate endedOn) {
        add(CADRE_TOPIC, "AssignmentEnded", assignmentId, place.into(data()
                .put("assignmentId", assignmentId.toString()).put("cadreId", cadreId.toString())
                .put("endedOn", endedOn.toString()).put("reason", "ROTATION")));
    }

    public UUID attended(UUID cadreId, Place place, LocalDate day) {
        UUID checkInId = UUID.randomUUID();
        attended(checkInId, cadreId, place, day);
        return checkInId;
    }

    public void attended(UUID checkInId, UUID cadreId, Place place, LocalDate day) {
        add(CADRE_TOPIC, "StationDayAttended", checkInId, place.into(data()
                .put("checkInId", checkInId.toString()).put("cadreId", cadreId.toString()).put("date", day.toString())));
    }

    public void visited(UUID visitId, UUID cadreId, Place place, UUID householdId, LocalDate on, boolean confirmed) {
        visited(visitId, cadreId, place, householdId, on, confirmed, "DISPUTE_MEDIATOR");
    }

    /** A visit made in the given roles (五员), cadre-service's codes. */
    public void visited(UUID visitId, UUID cadreId, Place place, UUID householdId, LocalDate on, boolean confirmed, String... roles) {
        ArrayNode codes = MAPPER.createArrayNode();
        for (String role : roles) {
            codes.add(role);
        }
        add(CADRE_TOPIC, "HouseholdVisited", visitId, place.into(data()
                .put("visitId", visitId.toString()).put("cadreId", cadreId.toString()).put("householdId", householdId.toString())
                .put("visitedOn", on.toString()).put("followUpNeeded", false).put("confirmed", confirmed)
                .put("confirmationMethod", confirmed ? "CODE" : null))
                .set("roles", codes));
    }

    public void confirmed(UUID visitId, UUID cadreId, Place place, UUID householdId, LocalDate on) {
        add(CADRE_TOPIC, "VisitConfirmed", visitId, place.into(data()
                .put("visitId", visitId.toString()).put("cadreId", cadreId.toString()).put("householdId", householdId.toString())
                .put("visitedOn", on.toString()).put("confirmationMethod", "COUNTERSIGNATURE")
                .put("confirmedAt", OffsetDateTime.now(ZoneOffset.UTC).toString())));
    }

    public void caseStep(String type, UUID caseId, Place place, OffsetDateTime at, ObjectNode extra) {
        ObjectNode data = place.into(data().put("caseId", caseId.toString()).put("kind", "PROBLEM").put("category", "WATER")
                .put("occurredAt", at.toString()));
        data.setAll(extra);
        add(CASE_TOPIC, type, caseId, data);
    }

    public static ObjectNode data() {
        return MAPPER.createObjectNode();
    }

    /** Sends every event of the batch, in order, each with a fresh CloudEvents id. */
    public void send() {
        try (KafkaTestClient kafka = new KafkaTestClient(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            records.forEach(r -> kafka.send(r[0], r[1], r[2]));
        }
        records.clear();
    }

    /** Sends a record again exactly as before (same event id): the inbox must drop it. */
    public void resendLast(int count) {
        List<String[]> last = new ArrayList<>(records.subList(records.size() - count, records.size()));
        records.addAll(last);
    }

    /** The CloudEvents id of the last event added, to wait for the inbox to have applied it. */
    public UUID lastEventId() {
        return lastEventId;
    }

    private void add(String topic, String type, UUID subject, ObjectNode data) {
        lastEventId = UUID.randomUUID();
        String source = topic.equals(CADRE_TOPIC) ? "/masswork/cadre-service" : "/masswork/case-service";
        String envelope = TestEvents.envelope(lastEventId, source, type, subject.toString(), OffsetDateTime.now(ZoneOffset.UTC),
                data.toString());
        if (county != null) {
            envelope = "{\"countyid\":\"" + county + "\"," + envelope.substring(1);
        }
        records.add(new String[] {topic, subject.toString(), envelope});
    }

    public record Place(UUID stationId, UUID villageId, UUID townshipId) {
        ObjectNode into(ObjectNode data) {
            return data.put("stationId", stationId.toString()).put("villageId", villageId.toString())
                    .put("townshipId", townshipId.toString());
        }
    }
}
