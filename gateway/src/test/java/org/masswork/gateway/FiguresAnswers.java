package org.masswork.gateway;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the {@link Downstream} answers in the services' place to the reads of the county dashboard: the figures
 * endpoints in their one style (docs/architecture.md, "Figures endpoints"), their parameters checked as the services
 * check them (400 problem naming the parameter), with fixed figures, each a different number so that a test can tell
 * which went where; and the count of the visits list.
 */
final class FiguresAnswers {

    private static final List<String> KEYS = List.of("townshipId", "stationId", "cadreId");
    private static final int MAX_DAYS = 366;
    /** The id a row carries for a level the request did not narrow to. */
    static final UUID SOME_ID = UUID.fromString("00000000-0000-4000-8000-000000000001");

    private record Endpoint(boolean period, List<String> levels, JsonObject figures) {
    }

    private static final Map<String, Endpoint> ENDPOINTS = Map.of(
            "/api/v1/case-figures", new Endpoint(true, List.of("COUNTY", "TOWNSHIP", "STATION"), new JsonObject()
                    .put("casesReceived", 40).put("opinionsCollected", 11).put("problemsSolved", 12).put("disputesSolved", 13)
                    .put("errandsByProxy", 14).put("proxyPetitions", 15).put("petitionsEnded", 16).put("casesClosed", 32)
                    .put("closedAtStation", 24).put("closedAtStationShare", 0.75).put("onTimeRate", 0.5)
                    .put("satisfactionRate", 0.9).put("averageDaysToClose", 6.5)),
            "/api/v1/risk-figures", new Endpoint(true, List.of("COUNTY", "TOWNSHIP"), new JsonObject()
                    .put("hearingsHeld", 3).put("consultationsHeld", 4).put("mattersAssessed", 9).put("mattersVetoed", 1)
                    .put("mattersPostponed", 2).put("mattersApproved", 6)),
            "/api/v1/card-figures", new Endpoint(false, List.of("COUNTY", "TOWNSHIP", "STATION"), new JsonObject()
                    .put("stations", 7).put("households", 900).put("householdsCovered", 850).put("cardsIssued", 870)),
            "/api/v1/pairing-figures", new Endpoint(false, List.of("COUNTY", "TOWNSHIP"), new JsonObject()
                    .put("sisterPairs", 5).put("brotherPairs", 8)));

    /** Visits in the visits list, all and confirmed by the household. */
    static final int VISITS = 25;
    static final int CONFIRMED_VISITS = 20;

    private FiguresAnswers() {
    }

    static boolean answers(HttpServerRequest request) {
        return request.method().name().equals("GET")
                && (ENDPOINTS.containsKey(request.path()) || request.path().equals("/api/v1/visits"));
    }

    static void answer(HttpServerRequest request) {
        if (request.path().equals("/api/v1/visits")) {
            int visits = "true".equals(request.getParam("confirmed")) ? CONFIRMED_VISITS : VISITS;
            json(request, 200, new JsonObject().put("items", new JsonArray()).put("totalItems", visits).put("totalPages", visits));
            return;
        }
        Endpoint endpoint = ENDPOINTS.get(request.path());
        String grouping = request.params().contains("groupBy") ? request.getParam("groupBy") : "COUNTY";
        if (!endpoint.levels().contains(grouping)) {
            invalid(request, "groupBy", "must be one of " + String.join(", ", endpoint.levels()));
            return;
        }
        JsonObject report = new JsonObject();
        if (endpoint.period()) {
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
        json(request, 200, report.put("groupBy", grouping).put("rows", new JsonArray().add(row.mergeIn(endpoint.figures()))));
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
