package org.masswork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.masswork.infra.County;

/**
 * What a station day asks of the system, for every cadre of the seeded county at once: each cadre
 * checks in at their station and records visits to two households of it; every third cadre also files
 * a villager's case at the station and accepts and starts it. Each cadre uses their own token,
 * through the gateway. The day is the latest of the last 44 on which nobody has checked in yet, so
 * the burst can be run again (a check-in may be sent up to 45 days late).
 */
final class StationDayWorkload {

    static final String CHECK_IN = "POST check-in";
    static final String VISIT = "POST visit";
    static final String FILE_CASE = "POST case";
    static final String TRANSITION = "POST case transition";

    /** @param households the two households this cadre visits: a station's cadres split its households among them */
    record Cadre(UUID id, UUID stationId, UUID townshipId, List<UUID> households, String token) {
    }

    private final List<Cadre> cadres;
    private final LocalDate day;
    private final String marker = "burst" + Long.toString(System.currentTimeMillis(), 36);

    private StationDayWorkload(List<Cadre> cadres, LocalDate day) {
        this.cadres = cadres;
        this.day = day;
    }

    /** Reads the serving cadres, their households and a free day from cadre-service's database. */
    static StationDayWorkload load(Connection cadreDb) throws SQLException {
        Map<UUID, List<UUID>> households = new HashMap<>();
        try (Statement query = cadreDb.createStatement();
             ResultSet rows = query.executeQuery("select station_id, id from (select station_id, id, row_number() over "
                     + "(partition by station_id order by id) as n from household) h where n <= 6")) {
            while (rows.next()) {
                households.computeIfAbsent(rows.getObject(1, UUID.class), station -> new ArrayList<>()).add(rows.getObject(2, UUID.class));
            }
        }
        List<Cadre> cadres = new ArrayList<>();
        Map<UUID, Integer> cadresSoFar = new HashMap<>();
        try (Statement query = cadreDb.createStatement();
             ResultSet rows = query.executeQuery("select cadre_id, station_id, township_id from assignment where ended_on is null order by cadre_id")) {
            while (rows.next()) {
                UUID station = rows.getObject(2, UUID.class);
                int nth = cadresSoFar.merge(station, 1, Integer::sum) - 1;
                List<UUID> ofStation = households.getOrDefault(station, List.of());
                List<UUID> mine = ofStation.subList(Math.min(ofStation.size(), 2 * nth), Math.min(ofStation.size(), 2 * nth + 2));
                UUID cadre = rows.getObject(1, UUID.class);
                UUID township = rows.getObject(3, UUID.class);
                // Minted once per cadre while loading: signing is too slow to do inside a measurement.
                cadres.add(new Cadre(cadre, station, township, mine, BenchTokens.cadre(cadre, station, township)));
            }
        }
        if (cadres.isEmpty()) {
            throw new IllegalStateException("no serving cadres: seed the county first (deploy/seed.sh)");
        }
        return new StationDayWorkload(cadres, freeDay(cadreDb));
    }

    private static LocalDate freeDay(Connection cadreDb) throws SQLException {
        LocalDate today = County.today();
        try (PreparedStatement query = cadreDb.prepareStatement("select 1 from check_in where checked_in_on = ? limit 1")) {
            for (LocalDate day = today.minusDays(1); !day.isBefore(today.minusDays(44)); day = day.minusDays(1)) {
                query.setDate(1, Date.valueOf(day));
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) {
                        return day;
                    }
                }
            }
        }
        throw new IllegalStateException("every day of the last 44 has check-ins already: the burst was run too often");
    }

    int cadreCount() {
        return cadres.size();
    }

    LocalDate day() {
        return day;
    }

    /** Every cadre's script, shuffled the same way on every run. */
    List<List<BurstRunner.Step>> scripts() {
        List<List<BurstRunner.Step>> scripts = new ArrayList<>();
        for (int i = 0; i < cadres.size(); i++) {
            Cadre cadre = cadres.get(i);
            BenchApi gateway = new BenchApi("MASSWORK_GATEWAY_PORT", 8080, cadre.token());
            scripts.add(stationDay(gateway, cadre));
            if (i % 3 == 0) {
                scripts.add(caseAtStation(gateway, cadre, i));
            }
        }
        Collections.shuffle(scripts, new Random(42));
        return scripts;
    }

    /** Each cadre's client of one service port, in the order of {@link #cadre(int)}. */
    List<BenchApi> clients(String portVariable, int defaultPort) {
        return cadres.stream().map(cadre -> new BenchApi(portVariable, defaultPort, cadre.token())).toList();
    }

    Cadre cadre(int index) {
        return cadres.get(index % cadres.size());
    }

    private List<BurstRunner.Step> stationDay(BenchApi gateway, Cadre cadre) {
        String at = day.atTime(9, 0).atZone(County.ZONE).toOffsetDateTime().toString();
        List<BurstRunner.Step> steps = new ArrayList<>();
        steps.add(new BurstRunner.Step(CHECK_IN, previous -> gateway.post("/api/v1/check-ins",
                "{\"cadreId\":\"" + cadre.id() + "\",\"stationId\":\"" + cadre.stationId() + "\",\"recordedAt\":\"" + at + "\"}")));
        cadre.households().forEach(household -> steps.add(new BurstRunner.Step(VISIT,
                previous -> gateway.post("/api/v1/visits", "{\"householdId\":\"" + household + "\",\"visitedOn\":\"" + day
                        + "\",\"roles\":[\"OPINION_RESEARCHER\",\"POLICY_PUBLICIST\"],\"findings\":\"驻站日走访：" + marker
                        + "，了解生产生活情况，宣讲惠民政策。\",\"followUpNeeded\":false,\"recordedAt\":\"" + at + "\"}"))));
        return steps;
    }

    private List<BurstRunner.Step> caseAtStation(BenchApi gateway, Cadre cadre, int n) {
        return List.of(
                new BurstRunner.Step(FILE_CASE, previous -> gateway.post("/api/v1/cases", openCase(cadre, n))),
                new BurstRunner.Step(TRANSITION, previous -> transition(gateway, previous, "ACCEPT")),
                new BurstRunner.Step(TRANSITION, previous -> transition(gateway, previous, "START")));
    }

    String openCase(Cadre cadre, long n) {
        String[] categories = {"WATER", "ROADS", "SOCIAL_SECURITY", "LAND", "FAMILY_NEIGHBOUR_DISPUTE", "MEDICAL"};
        return "{\"kind\":\"PROBLEM\",\"channel\":\"STATION_DAY_WALK_IN\",\"category\":\"" + categories[(int) (n % categories.length)]
                + "\",\"stationId\":\"" + cadre.stationId() + "\",\"villager\":{\"name\":\"驻站日来访" + n
                + "\",\"phone\":\"13800000000\"},\"description\":\"" + marker + " 驻站日群众来访反映的第" + n + "号问题\"}";
    }

    private static HttpRequest transition(BenchApi gateway, JsonNode current, String action) {
        return gateway.post("/api/v1/cases/" + current.path("id").asText() + "/transitions", "{\"action\":\"" + action
                + "\",\"version\":" + current.path("version").asLong() + ",\"method\":\"VISIT_AND_TALK\",\"note\":\"驻站日受理\"}");
    }
}
