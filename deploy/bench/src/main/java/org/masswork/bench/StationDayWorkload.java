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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.masswork.infra.County;

/**
 * What a station day asks of the system, for every cadre of every seeded county at once: each cadre
 * checks in at their station and records visits to two households of it; every third cadre also files
 * a villager's case at the station and accepts and starts it. Each cadre uses their own token,
 * through the gateway. The day is the latest of the last 44 on which nobody has checked in yet, and each cadre's
 * households ones they have not visited that day, so the burst can be run again (a check-in may be sent up to 45 days
 * late).
 *
 * <p>The other phases send single requests of one kind ({@link #request}): each check-in takes a cadre and a day
 * of the last 44 (not the burst's) on which that cadre has not checked in, each visit a cadre, one of their
 * households and a past day without that visit, each case step (ACCEPT) a case this run filed and nobody moved
 * yet, so no request is refused as a duplicate and a run can be repeated.
 */
final class StationDayWorkload {

    static final String CHECK_IN = "POST check-in";
    static final String VISIT = "POST visit";
    static final String FILE_CASE = "POST case";
    static final String TRANSITION = "POST case transition";

    /** @param households the two households this cadre visits: a station's cadres split its households among them */
    record Cadre(UUID id, UUID countyId, UUID stationId, UUID townshipId, List<UUID> households, String token, LocalDate startsOn) {
    }

    /** Where a request goes: the gateway, or the service that owns the operation directly. */
    enum Target {
        GATEWAY, DIRECT
    }

    /** How many days back a check-in may still be sent (the service allows 45). */
    private static final int CHECK_IN_DAYS = 44;

    private final List<Cadre> cadres;
    private final LocalDate day;
    private final String marker = "burst" + Long.toString(System.currentTimeMillis(), 36);
    private final Connection cadreDb;
    private final Map<UUID, Cadre> cadreOfStation = new HashMap<>();
    /** cadre id + day of every check-in already recorded in the window, and of those handed out. */
    private final Set<String> checkedIn;
    private LocalDate checkInDay;
    private int checkInCadre;
    private final Queue<String[]> visitSlots = new ArrayDeque<>();
    private LocalDate visitDay;
    private final Queue<String[]> openCases = new ArrayDeque<>();

    private StationDayWorkload(List<Cadre> cadres, LocalDate day, Connection cadreDb, Set<String> checkedIn) {
        this.cadres = cadres;
        this.day = day;
        this.cadreDb = cadreDb;
        this.checkedIn = checkedIn;
        this.checkInDay = County.today().minusDays(1);
        this.visitDay = County.today().minusDays(1);
        cadres.forEach(cadre -> cadreOfStation.putIfAbsent(cadre.stationId(), cadre));
        // The burst's day is its own: the phases that run before it must not take its check-ins.
        cadres.forEach(cadre -> checkedIn.add(cadre.id() + " " + day));
    }

    /** Reads the serving cadres, a free day and the households each visits from cadre-service's database. */
    static StationDayWorkload load(Connection cadreDb) throws SQLException {
        LocalDate day = freeDay(cadreDb);
        Set<String> visitedThatDay = new HashSet<>();
        try (PreparedStatement query = cadreDb.prepareStatement("select cadre_id, household_id from visit where visited_on = ?")) {
            query.setDate(1, Date.valueOf(day));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    visitedThatDay.add(rows.getObject(1, UUID.class) + " " + rows.getObject(2, UUID.class));
                }
            }
        }
        Map<UUID, List<UUID>> households = new HashMap<>();
        try (Statement query = cadreDb.createStatement();
             ResultSet rows = query.executeQuery("select station_id, id from (select station_id, id, row_number() over "
                     + "(partition by station_id order by id) as n from household) h where n <= 16")) {
            while (rows.next()) {
                households.computeIfAbsent(rows.getObject(1, UUID.class), station -> new ArrayList<>()).add(rows.getObject(2, UUID.class));
            }
        }
        List<Cadre> cadres = new ArrayList<>();
        Map<UUID, Set<UUID>> takenAtStation = new HashMap<>();
        try (Statement query = cadreDb.createStatement();
             ResultSet rows = query.executeQuery("select cadre_id, station_id, township_id, starts_on, county_id "
                     + "from assignment where ended_on is null order by cadre_id")) {
            while (rows.next()) {
                UUID cadre = rows.getObject(1, UUID.class);
                UUID station = rows.getObject(2, UUID.class);
                UUID township = rows.getObject(3, UUID.class);
                UUID county = rows.getObject(5, UUID.class);
                // Two households of the station no other cadre of it visits in the burst, and this cadre not yet that day.
                Set<UUID> taken = takenAtStation.computeIfAbsent(station, s -> new HashSet<>());
                List<UUID> mine = households.getOrDefault(station, List.of()).stream()
                        .filter(household -> !taken.contains(household) && !visitedThatDay.contains(cadre + " " + household))
                        .limit(2).toList();
                taken.addAll(mine);
                // Minted once per cadre while loading: signing is too slow to do inside a measurement.
                cadres.add(new Cadre(cadre, county, station, township, mine, BenchTokens.cadre(county, cadre, station, township),
                        rows.getDate(4).toLocalDate()));
            }
        }
        if (cadres.isEmpty()) {
            throw new IllegalStateException("no serving cadres: seed the county first (deploy/seed.sh)");
        }
        Set<String> checkedIn = new HashSet<>();
        try (PreparedStatement query = cadreDb.prepareStatement("select cadre_id, checked_in_on from check_in where checked_in_on >= ?")) {
            query.setDate(1, Date.valueOf(County.today().minusDays(CHECK_IN_DAYS + 1)));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    checkedIn.add(rows.getObject(1, UUID.class) + " " + rows.getDate(2).toLocalDate());
                }
            }
        }
        return new StationDayWorkload(cadres, day, cadreDb, checkedIn);
    }

    /**
     * The latest of the last 44 days on which no cadre has checked in, so the burst can be run again; its visits go
     * to households their cadre has not visited that day (the seed and earlier runs record visits on most days).
     */
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

    long countyCount() {
        return cadres.stream().map(Cadre::countyId).distinct().count();
    }

    LocalDate day() {
        return day;
    }

    /**
     * Every script of a cadre serving on the burst's day, shuffled the same way on every run. A cadre whose assignment
     * starts later has no station day yet: their check-in would rightly be 422 before-assignment.
     */
    List<List<BurstRunner.Step>> scripts() {
        List<List<BurstRunner.Step>> scripts = new ArrayList<>();
        for (int i = 0; i < cadres.size(); i++) {
            Cadre cadre = cadres.get(i);
            if (cadre.startsOn().isAfter(day)) {
                continue;
            }
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

    /**
     * Request {@code n} of one operation ({@link #FILE_CASE}, {@link #TRANSITION} (ACCEPT), {@link #CHECK_IN},
     * {@link #VISIT}), by a cadre of the county with their own token, to the gateway or the owning service.
     * Safe to call from several threads.
     */
    HttpRequest request(String operation, Target target, long n) {
        return switch (operation) {
            case FILE_CASE -> {
                Cadre cadre = cadre((int) (n % cadres.size()));
                yield api(target, false, cadre).post("/api/v1/cases", openCase(cadre, n));
            }
            case TRANSITION -> accept(target);
            case CHECK_IN -> checkIn(target);
            case VISIT -> visit(target);
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private static BenchApi api(Target target, boolean cadreService, Cadre cadre) {
        if (target == Target.GATEWAY) {
            return new BenchApi("MASSWORK_GATEWAY_PORT", 8080, cadre.token());
        }
        return cadreService ? new BenchApi("MASSWORK_CADRE_PORT", 8081, cadre.token()) : new BenchApi("MASSWORK_CASE_PORT", 8082, cadre.token());
    }

    private synchronized HttpRequest checkIn(Target target) {
        for (int tries = 0; tries < cadres.size() * (CHECK_IN_DAYS + 1); tries++) {
            if (checkInCadre == cadres.size()) {
                checkInCadre = 0;
                checkInDay = checkInDay.minusDays(1);
            }
            if (checkInDay.isBefore(County.today().minusDays(CHECK_IN_DAYS))) {
                throw new IllegalStateException("no check-in left in the last " + CHECK_IN_DAYS + " days: every cadre has checked in on each");
            }
            Cadre cadre = cadres.get(checkInCadre++);
            if (!cadre.startsOn().isAfter(checkInDay) && checkedIn.add(cadre.id() + " " + checkInDay)) {
                String at = checkInDay.atTime(9, 0).atZone(County.ZONE).toOffsetDateTime().toString();
                return api(target, true, cadre).post("/api/v1/check-ins", "{\"cadreId\":\"" + cadre.id() + "\",\"stationId\":\""
                        + cadre.stationId() + "\",\"recordedAt\":\"" + at + "\"}");
            }
        }
        throw new IllegalStateException("no check-in left");
    }

    /** A visit by a cadre to one of their households on a past day on which they have not visited it. */
    private synchronized HttpRequest visit(Target target) {
        while (visitSlots.isEmpty()) {
            loadVisitSlots();
        }
        String[] slot = visitSlots.poll();
        Cadre cadre = cadres.get(Integer.parseInt(slot[0]));
        String at = LocalDate.parse(slot[2]).atTime(10, 0).atZone(County.ZONE).toOffsetDateTime().toString();
        return api(target, true, cadre).post("/api/v1/visits", "{\"householdId\":\"" + slot[1] + "\",\"visitedOn\":\"" + slot[2]
                + "\",\"roles\":[\"OPINION_RESEARCHER\",\"POLICY_PUBLICIST\"],\"findings\":\"入户走访：" + marker
                + "，了解生产生活情况，宣讲惠民政策。\",\"followUpNeeded\":false,\"recordedAt\":\"" + at + "\"}");
    }

    /** Reads ahead enough free visits for {@code count} requests, so that no request waits on the database. */
    synchronized void prepareVisits(int count) {
        while (visitSlots.size() < count) {
            loadVisitSlots();
        }
    }

    private void loadVisitSlots() {
        if (visitDay.equals(day)) {
            visitDay = visitDay.minusDays(1);
        }
        Set<String> visited = new HashSet<>();
        try (PreparedStatement query = cadreDb.prepareStatement("select cadre_id, household_id from visit where visited_on = ?")) {
            query.setDate(1, Date.valueOf(visitDay));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    visited.add(rows.getObject(1, UUID.class) + " " + rows.getObject(2, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < cadres.size(); i++) {
            Cadre cadre = cadres.get(i);
            for (UUID household : cadre.households()) {
                if (!cadre.startsOn().isAfter(visitDay) && !visited.contains(cadre.id() + " " + household)) {
                    visitSlots.add(new String[] {String.valueOf(i), household.toString(), visitDay.toString()});
                }
            }
        }
        visitDay = visitDay.minusDays(1);
    }

    /** ACCEPT of a case this run filed and nobody has moved yet ({@link #loadOpenCases} first). */
    private synchronized HttpRequest accept(Target target) {
        String[] open = openCases.poll();
        if (open == null) {
            throw new IllegalStateException("no case left to accept: file more first (loadOpenCases)");
        }
        Cadre cadre = cadreOfStation.get(UUID.fromString(open[2]));
        return api(target, false, cadre).post("/api/v1/cases/" + open[0] + "/transitions", "{\"action\":\"ACCEPT\",\"version\":"
                + open[1] + ",\"method\":\"VISIT_AND_TALK\",\"note\":\"驻站日受理\"}");
    }

    /** Reads the cases this run filed that are still RECEIVED from case-service's database; returns how many there are. */
    synchronized int loadOpenCases(Connection caseDb) throws SQLException {
        openCases.clear();
        try (PreparedStatement query = caseDb.prepareStatement("select id, version, station_id from case_file "
                + "where status = 'RECEIVED' and description like ? order by received_at")) {
            query.setString(1, marker + " %");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (cadreOfStation.containsKey(rows.getObject(3, UUID.class))) {
                        openCases.add(new String[] {rows.getString(1), String.valueOf(rows.getLong(2)), rows.getString(3)});
                    }
                }
            }
        }
        return openCases.size();
    }

    /** Check-ins still free in the window (cadre and day), for the report: each run takes some. */
    synchronized long checkInsLeft() {
        long left = 0;
        for (LocalDate d = checkInDay; !d.isBefore(County.today().minusDays(CHECK_IN_DAYS)); d = d.minusDays(1)) {
            for (Cadre cadre : cadres) {
                if (!cadre.startsOn().isAfter(d) && !checkedIn.contains(cadre.id() + " " + d)) {
                    left++;
                }
            }
        }
        return left;
    }

    private static HttpRequest transition(BenchApi gateway, JsonNode current, String action) {
        return gateway.post("/api/v1/cases/" + current.path("id").asText() + "/transitions", "{\"action\":\"" + action
                + "\",\"version\":" + current.path("version").asLong() + ",\"method\":\"VISIT_AND_TALK\",\"note\":\"驻站日受理\"}");
    }
}
