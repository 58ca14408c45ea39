package org.masswork.evaluation.round;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.evaluation.UpstreamEvents;
import org.masswork.evaluation.UpstreamEvents.Place;
import org.masswork.infra.Await;
import org.masswork.infra.County;
import org.masswork.infra.TestTokens;

/** A township of stationed cadres fed through the broker, and the requests of a round, for the round tests. */
public final class RoundFixtures {

    public static final LocalDate TODAY = County.today();
    /** The half year before today's: complete, so its 18 station days are all due whatever the date. */
    public static final String PERIOD = TODAY.getMonthValue() <= 6 ? (TODAY.getYear() - 1) + "-H2" : TODAY.getYear() + "-H1";

    private RoundFixtures() {
    }

    /**
     * One township with cadres A (12 households), B (3 households, attends every station day), C (5 households) and one
     * rotated out (its end arrives before its assignment); a cadre of another township outside it.
     */
    public record Township(UUID id, Place placeA, UUID a, UUID b, UUID c, Place elsewhere, UUID outsider) {
    }

    public static Township township(EntityManager entityManager) {
        UpstreamEvents events = new UpstreamEvents();
        UUID townshipId = UUID.randomUUID();
        Place placeA = events.station(townshipId);
        Place placeB = events.station(townshipId);
        Place placeC = events.station(townshipId);
        Place elsewhere = events.station();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            events.household(placeA);
        }
        for (int i = 0; i < 3; i++) {
            events.household(placeB);
        }
        for (int i = 0; i < 5; i++) {
            events.household(placeC);
            events.household(elsewhere);
        }
        events.assigned(a, placeA, TODAY.minusYears(1));
        events.assigned(b, placeB, TODAY.minusYears(1));
        events.assigned(c, placeC, TODAY.minusYears(1));
        events.assigned(outsider, elsewhere, TODAY.minusYears(1));
        UUID rotatedOut = UUID.randomUUID();
        UUID rotation = UUID.randomUUID();
        events.ended(rotation, rotatedOut, placeA, TODAY.minusDays(10));
        events.send();
        events.assigned(rotation, rotatedOut, placeA, TODAY.minusYears(2));
        LocalDate halfStart = HalfYear.parse(PERIOD).from();
        for (LocalDate day = halfStart; !day.isAfter(TODAY); day = day.plusDays(1)) {
            if (day.getDayOfMonth() >= 25 && day.getDayOfMonth() <= 27) {
                events.attended(b, placeB, day);
            }
        }
        events.send();
        Await.until("the township's facts are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from stationing where township_id = :t", townshipId) == 4
                        && count(entityManager, "select count(*) from known_household where township_id = :t", townshipId) == 20);
        return new Township(townshipId, placeA, a, b, c, elsewhere, outsider);
    }

    /** A station of its own township, with the cadres stationed there. */
    public record Station(Place place, List<UUID> cadres) {
    }

    /** A station whose village has {@code households} households, with {@code cadres} cadres stationed a year ago. */
    public static Station station(EntityManager entityManager, int households, int cadres) {
        UpstreamEvents events = new UpstreamEvents();
        Place place = events.station();
        for (int i = 0; i < households; i++) {
            events.household(place);
        }
        List<UUID> cadreIds = new ArrayList<>();
        for (int i = 0; i < cadres; i++) {
            UUID cadreId = UUID.randomUUID();
            cadreIds.add(cadreId);
            events.assigned(cadreId, place, TODAY.minusYears(1));
        }
        events.send();
        Await.until("the station's facts are kept", Duration.ofSeconds(30), () ->
                count(entityManager, "select count(*) from known_household where village_id = :t", place.villageId()) == households
                        && count(entityManager, "select count(*) from stationing where station_id = :t", place.stationId()) == cadres);
        return new Station(place, cadreIds);
    }

    /** A township round of {@link #PERIOD}, opened by the township's officer. */
    public static ValidatableResponse open(UUID townshipId) {
        return open(townshipId, PERIOD);
    }

    public static ValidatableResponse open(UUID townshipId, String period) {
        return given().auth().oauth2(TestTokens.townshipOfficer(townshipId)).contentType(ContentType.JSON)
                .body(Map.of("period", period, "townshipId", townshipId.toString()))
                .when().post("/api/v1/rounds").then();
    }

    public static ValidatableResponse close(UUID roundId, long version) {
        return given().auth().oauth2(TestTokens.countyAdmin()).contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/v1/rounds/{id}/close", roundId).then();
    }

    public static ValidatableResponse cast(UUID roundId, Map<String, Object> ballot) {
        return given().contentType(ContentType.JSON).body(ballot).when().post("/api/v1/rounds/{id}/ballots", roundId).then();
    }

    public static Map<String, Object> ballot(UUID cadreId, String code, String rating, int score) {
        Map<String, Object> ballot = new HashMap<>(Map.of("cadreId", cadreId.toString(), "code", code, "rating", rating,
                "attitude", score, "effectiveness", score, "integrity", score, "diligence", score));
        ballot.put("comment", "工作认真");
        return ballot;
    }

    public static String code(Map<UUID, List<Map<String, String>>> codes, UUID cadreId, int index) {
        return codes.get(cadreId).get(index).get("code");
    }

    public static Map<UUID, List<Map<String, String>>> codesByCadre(JsonPath opened) {
        List<Map<String, String>> codes = opened.getList("codes");
        return codes.stream().collect(Collectors.groupingBy(c -> UUID.fromString(c.get("cadreId")), Collectors.toList()));
    }

    /** Ballots (open or counted) and codes left of a round, and every outbox row: what a refused ballot must not change. */
    public record Written(long ballots, long codesLeft, long outboxRows) {
    }

    public static Written written(EntityManager entityManager, UUID roundId) {
        return new Written(count(entityManager, "select count(*) from " + BallotBox.ballotsOf(":t") + " b", roundId),
                count(entityManager, "select count(*) from ballot_code where round_id = :t", roundId),
                count(entityManager, "select count(*) from outbox_event"));
    }

    public static long count(EntityManager entityManager, String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** A count over the round's (or township's) rows, {@code :t} being the id, in a transaction of its own. */
    public static long count(EntityManager entityManager, String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).setParameter("t", id).getSingleResult()).longValue());
    }
}
