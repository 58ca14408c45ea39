package org.masswork.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.masswork.platform.county.Counties;

/**
 * What the {@link Downstream} answers in the services' place to the reads of the county and province dashboards: the
 * figures endpoints in their one style (docs/architecture.md, "Figures endpoints"), their parameters checked as the
 * services check them (400 problem naming the parameter), with fixed figures, each a different number so that a test
 * can tell which went where; the count of the visits list; and cadre-service's county list.
 * <p>
 * Counties as the services take them (issue 19): a county role's token (its {@code county} claim, read unverified: the
 * gateway has verified it) gets its county's rows, and 403 for {@code PROVINCE} or another county's {@code countyId}; a
 * province role's gets, for {@code COUNTY}, a row for each of {@link #EAST} and {@link #WEST} (the east county's figures
 * are the base figures, the west's twice them; {@link #NORTH} has none), and for {@code PROVINCE} one row, their sums,
 * {@code countyId} null. The county list is served in pages of at most {@link #COUNTIES_PAGE_CAP}, so that reading it
 * takes two. A caller whose subject starts with {@link #RISK_FAILS_FOR} gets a 500 from the risk figures, one whose
 * subject starts with {@link #VERDICTS_FAIL_FOR} a 500 from the verdict figures (evaluation-service's other figures still
 * answer), as from a service that fails.
 */
final class FiguresAnswers {

    private static final List<String> KEYS = List.of("townshipId", "stationId", "cadreId");
    private static final int MAX_DAYS = 366;
    private static final Pattern YEAR_OR_HALF_YEAR = Pattern.compile("\\d{4}(-H[12])?");
    /** The counties of the province: the default one (east), the west county, and the north county without figures. */
    static final UUID EAST = Counties.DEFAULT_ID;
    static final UUID WEST = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    static final UUID NORTH = UUID.fromString("00000000-0000-4000-8000-0000000000a3");
    private static final Map<UUID, JsonObject> COUNTIES = Map.of(
            EAST, new JsonObject().put("id", EAST.toString()).put("code", "default").put("name", "本县").put("zone", "Asia/Shanghai"),
            WEST, new JsonObject().put("id", WEST.toString()).put("code", "west").put("name", "西县").put("zone", "Asia/Shanghai"),
            NORTH, new JsonObject().put("id", NORTH.toString()).put("code", "north").put("name", "北县").put("zone", "Asia/Shanghai"));
    private static final List<UUID> COUNTY_ORDER = List.of(EAST, WEST, NORTH);
    /** Each county's figures, times the base figures. */
    private static final Map<UUID, Integer> FACTORS = Map.of(EAST, 1, WEST, 2);
    static final int COUNTIES_PAGE_CAP = 2;
    static final String RISK_FAILS_FOR = "risk-fails-";
    static final String VERDICTS_FAIL_FOR = "verdicts-fail-";
    /** The id a row carries for a level the request did not narrow to. */
    static final UUID SOME_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");

    /** What an endpoint's answer covers: days ({@code from}, {@code to}), a year or half year ({@code period}), or now. */
    private enum Kind { DAYS, YEAR_OR_HALF_YEAR, STATE }

    private record Endpoint(Kind kind, List<String> levels, JsonObject figures) {
    }

    private static final Map<String, Endpoint> ENDPOINTS = Map.of(
            "/api/v1/case-figures", new Endpoint(Kind.DAYS, List.of("COUNTY", "TOWNSHIP", "STATION"), new JsonObject()
                    .put("casesReceived", 40).put("opinionsCollected", 11).put("problemsSolved", 12).put("disputesSolved", 13)
                    .put("errandsByProxy", 14).put("proxyPetitions", 15).put("petitionsEnded", 16).put("casesClosed", 32)
                    .put("closedAtStation", 24).put("closedAtStationShare", 0.75).put("onTimeRate", 0.5)
                    .put("satisfactionRate", 0.9).put("averageDaysToClose", 6.5)),
            "/api/v1/risk-figures", new Endpoint(Kind.DAYS, List.of("COUNTY", "TOWNSHIP"), new JsonObject()
                    .put("hearingsHeld", 3).put("consultationsHeld", 4).put("mattersAssessed", 9).put("mattersVetoed", 1)
                    .put("mattersPostponed", 2).put("mattersApproved", 6)),
            "/api/v1/card-figures", new Endpoint(Kind.STATE, List.of("COUNTY", "TOWNSHIP", "STATION"), new JsonObject()
                    .put("stations", 7).put("households", 900).put("householdsCovered", 850).put("cardsIssued", 870)),
            "/api/v1/pairing-figures", new Endpoint(Kind.STATE, List.of("COUNTY", "TOWNSHIP"), new JsonObject()
                    .put("sisterPairs", 5).put("brotherPairs", 8)),
            "/api/v1/work-figures", new Endpoint(Kind.DAYS, List.of("COUNTY", "TOWNSHIP", "STATION", "CADRE"), new JsonObject()
                    .put("stationDaysDue", 60).put("stationDaysAttended", 45).put("visitsMade", 27).put("visitsConfirmed", 21)
                    .put("householdsVisited", 19).put("casesReceived", 7).put("casesClosed", 5).put("satisfactionRate", 0.8)),
            // The grade counts under grades, as evaluation-service's VerdictFigures has them.
            "/api/v1/verdict-figures", new Endpoint(Kind.YEAR_OR_HALF_YEAR, List.of("COUNTY", "TOWNSHIP"), new JsonObject()
                    .put("rounds", 2).put("grades", new JsonObject().put("townshipId", null).put("cadres", 57).put("excellent", 18)
                            .put("competent", 25).put("basicallyCompetent", 6).put("incompetent", 3).put("notGraded", 5)
                            .put("recommendedForPromotion", 7).put("admonishmentTalks", 4).put("appointmentsCancelledOrPostponed", 1))));

    /** Visits in the visits list, all and confirmed by the household. */
    static final int VISITS = 25;
    static final int CONFIRMED_VISITS = 20;

    private FiguresAnswers() {
    }

    static boolean answers(HttpServerRequest request) {
        return request.method().name().equals("GET")
                && (ENDPOINTS.containsKey(request.path()) || request.path().equals("/api/v1/visits")
                || request.path().equals("/api/v1/counties"));
    }

    static void answer(HttpServerRequest request) {
        if (request.path().equals("/api/v1/visits")) {
            int visits = "true".equals(request.getParam("confirmed")) ? CONFIRMED_VISITS : VISITS;
            json(request, 200, new JsonObject().put("items", new JsonArray()).put("totalItems", visits).put("totalPages", visits));
            return;
        }
        JsonObject token = token(request);
        UUID callersCounty = token.getString("county") == null ? null : UUID.fromString(token.getString("county"));
        boolean province = token.getJsonArray("groups", new JsonArray()).stream()
                .anyMatch(role -> role.equals("PROVINCE_ADMIN") || role.equals("PROVINCE_INSPECTOR"));
        if (request.path().equals("/api/v1/counties")) {
            counties(request, province ? COUNTY_ORDER : List.of(callersCounty));
            return;
        }
        if (request.path().equals("/api/v1/risk-figures") && token.getString("sub", "").startsWith(RISK_FAILS_FOR)
                || request.path().equals("/api/v1/verdict-figures") && token.getString("sub", "").startsWith(VERDICTS_FAIL_FOR)) {
            request.response().setStatusCode(500).putHeader("Content-Type", "application/problem+json").end(new JsonObject()
                    .put("type", "urn:masswork:problem:internal-error").put("title", "Internal error").put("status", 500).encode());
            return;
        }
        Endpoint endpoint = ENDPOINTS.get(request.path());
        String grouping = request.params().contains("groupBy") ? request.getParam("groupBy") : "COUNTY";
        String narrowedCounty = request.getParam("countyId");
        if (!province && (grouping.equals("PROVINCE") || narrowedCounty != null && !narrowedCounty.equals(String.valueOf(callersCounty)))) {
            forbidden(request);
            return;
        }
        if (!endpoint.levels().contains(grouping) && !grouping.equals("PROVINCE")) {
            invalid(request, "groupBy", "must be one of " + String.join(", ", endpoint.levels()));
            return;
        }
        JsonObject report = new JsonObject();
        if (endpoint.kind() == Kind.YEAR_OR_HALF_YEAR) {
            String period = request.getParam("period");
            if (period == null || !YEAR_OR_HALF_YEAR.matcher(period).matches()) {
                invalid(request, "period", "is required, a year (2026) or half year (2026-H1)");
                return;
            }
            report.put("period", period);
        } else if (endpoint.kind() == Kind.DAYS) {
            LocalDate from = date(request, "from");
            LocalDate to = date(request, "to");
            if (from == null || to == null) {
                return;
            }
            if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                invalid(request, "to", "must not be before from, at most " + MAX_DAYS + " days after it");
                return;
            }
            report.put("from", from.toString()).put("to", to.toString());
        } else {
            report.put("asOf", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString());
        }
        JsonArray rows = new JsonArray();
        if (grouping.equals("PROVINCE")) {
            json(request, 200, report.put("groupBy", grouping).put("rows", rows.add(times(endpoint.figures(), 3)
                    .put("countyId", null).put("townshipId", null))));
            return;
        }
        JsonObject row = new JsonObject();
        int depth = endpoint.levels().indexOf(grouping);
        for (int level = 1; level < endpoint.levels().size(); level++) {
            String key = KEYS.get(level - 1);
            String narrowed = request.getParam(key);
            if (narrowed != null && !isUuid(narrowed)) {
                invalid(request, key, "must be a UUID");
                return;
            }
            row.put(key, level > depth ? null : narrowed == null ? SOME_ID.toString() : narrowed);
        }
        List<UUID> counties = province ? List.of(EAST, WEST) : List.of(callersCounty);
        for (UUID county : counties) {
            if (narrowedCounty == null || narrowedCounty.equals(county.toString())) {
                rows.add(row.copy().put("countyId", county.toString()).mergeIn(times(endpoint.figures(), FACTORS.getOrDefault(county, 1))));
            }
        }
        json(request, 200, report.put("groupBy", grouping).put("rows", rows));
    }

    /** The county list, a page of at most {@link #COUNTIES_PAGE_CAP} whatever the size asked. */
    private static void counties(HttpServerRequest request, List<UUID> visible) {
        int size = Math.min(Integer.parseInt(request.params().contains("size") ? request.getParam("size") : "20"), COUNTIES_PAGE_CAP);
        int page = Integer.parseInt(request.params().contains("page") ? request.getParam("page") : "0");
        JsonArray items = new JsonArray();
        visible.stream().skip((long) page * size).limit(size).forEach(county -> items.add(COUNTIES.get(county)));
        json(request, 200, new JsonObject().put("items", items).put("page", page).put("size", size)
                .put("totalItems", visible.size()).put("totalPages", (visible.size() + size - 1) / size));
    }

    /** The figures times {@code factor}, those nested in an object too; shares and rates stay as they are. */
    private static JsonObject times(JsonObject figures, int factor) {
        JsonObject scaled = new JsonObject();
        figures.forEach(figure -> scaled.put(figure.getKey(), figure.getValue() instanceof Integer count ? count * factor
                : figure.getValue() instanceof JsonObject nested ? times(nested, factor) : figure.getValue()));
        return scaled;
    }

    /** The claims of the request's bearer token, read without checking it (the gateway did). */
    private static JsonObject token(HttpServerRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return new JsonObject();
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        return new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static void forbidden(HttpServerRequest request) {
        request.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json").end(new JsonObject()
                .put("type", "urn:masswork:problem:forbidden").put("title", "Forbidden").put("status", 403).encode());
    }

    private static LocalDate date(HttpServerRequest request, String name) {
        String value = request.getParam(name);
        try {
            if (value != null) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // refused below, as a missing date is
        }
        invalid(request, name, "is required, a date YYYY-MM-DD");
        return null;
    }

    private static boolean isUuid(String value) {
        try {
            UUID.fromString(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void invalid(HttpServerRequest request, String field, String reason) {
        request.response().setStatusCode(400).putHeader("Content-Type", "application/problem+json").end(new JsonObject()
                .put("type", "urn:masswork:problem:validation-failed").put("title", "Validation failed").put("status", 400)
                .put("detail", "1 field is invalid: " + field)
                .put("errors", new JsonArray().add(new JsonObject().put("field", field).put("reason", reason))).encode());
    }

    private static void json(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }
}
