package org.masswork.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.infra.Await;
import org.masswork.infra.TestTokens;
import org.masswork.system.AccessTable.Access;
import org.masswork.system.AccessTable.Row;

/**
 * Every operation with an id in its path, of every service's document, called through the gateway by every role
 * with a token of its own scope and of another, and by two forged tokens, at records of township one
 * ({@link TwoTownships}); each answer is held against the expected-access table {@code scope-matrix.txt}. An
 * answer where the table refuses is a leak; a refusal where it answers is a finding too, so the table stays true.
 * Answers are checked for masked personal data, refusals for writing nothing and, where the record's existence is
 * not for the caller to know, for being what an unknown id gets. An operation without a line in the table, or
 * without a call below, fails the test.
 */
class ScopeMatrixIT {

    private static final String TABLE = "/scope-matrix.txt";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** A version no record has: a write the scope lets through is refused by its own rule (409) and writes nothing. */
    private static final long STALE = 999_999;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** How to call each operation at township one's records: its path parameters in order, a query, a body. */
    private static final Map<String, Function<TwoTownships, Call>> CALLS = new HashMap<>();

    static {
        // cadre-service
        CALLS.put("getCounty", t -> Call.at(TestTokens.DEFAULT_COUNTY));
        CALLS.put("getTownship", t -> Call.at(t.one.townshipId()));
        CALLS.put("replayParkedEvent", t -> Call.at(UUID.randomUUID()));
        CALLS.put("getVillage", t -> Call.at(t.one.villageId()));
        CALLS.put("getVillageTypeHistory", t -> Call.at(t.one.villageId()));
        CALLS.put("changeVillageType", t -> Call.at(t.one.villageId())
                .body(Map.of("type", "DIFFICULT", "reason", "产业转型", "version", STALE)));
        CALLS.put("getStation", t -> Call.at(t.one.stationId()));
        CALLS.put("getStationTeam", t -> Call.at(t.one.stationId()));
        CALLS.put("listReplacementCandidates", t -> Call.at(t.one.stationId()));
        CALLS.put("getDepartment", t -> Call.at(t.departmentId));
        CALLS.put("getCadre", t -> Call.at(t.one.memberId()));
        CALLS.put("getPromotionEligibility", t -> Call.at(t.one.memberId()));
        CALLS.put("getAssignment", t -> Call.at(t.one.memberAssignmentId()));
        CALLS.put("endAssignment", t -> Call.at(t.one.memberAssignmentId())
                .body(Map.of("endedOn", t.today.toString(), "reason", "ROTATION", "version", STALE)));
        CALLS.put("handOverStation", t -> Call.at(t.one.memberAssignmentId())
                .body(Map.of("successorCadreId", UUID.randomUUID().toString(), "version", STALE)));
        CALLS.put("getRotationPlan", t -> Call.at(t.one.townshipId()));
        CALLS.put("getHousehold", t -> Call.at(t.household));
        CALLS.put("updateHousehold", t -> Call.at(t.household).body(Map.of("version", STALE, "headName", "李四",
                "address", "西沟村一组1号", "phone", "13700000000", "memberCount", 2, "tags", List.of())));
        CALLS.put("getVillageLedger", t -> Call.at(t.one.villageId()));
        CALLS.put("getContactCard", t -> Call.at(t.card));
        CALLS.put("getVisit", t -> Call.at(t.visit));
        // The visit was confirmed when recorded: a second confirmation is refused by its rule, after the scope check.
        CALLS.put("confirmVisit", t -> Call.at(t.visit).body(Map.of("countersignatureRef", "SIG-0002")));
        // The member's check-in counts already: its leader's confirmation is refused by its rule (409), its township
        // officer's too (422 leader-confirms-team: an officer confirms only the leader's own), after the scope check.
        CALLS.put("confirmLateCheckIn", t -> Call.at(t.checkIn).body(Map.of("reason", "组长确认")));
        CALLS.put("updateDiaryNote", t -> Call.at(t.diaryNote).body(Map.of("version", STALE, "note", "改写")));
        CALLS.put("getDiaryDay", t -> Call.at(t.one.memberId(), t.today));
        CALLS.put("getMonthlyReport", t -> Call.at(t.monthlyReport));
        // case-service
        CALLS.put("getCase", t -> Call.at(t.problemCase));
        CALLS.put("getCaseTimeline", t -> Call.at(t.problemCase));
        CALLS.put("transitionCase", t -> Call.at(t.problemCase).body(Map.of("action", "ACCEPT", "version", STALE)));
        CALLS.put("rateCase", t -> Call.at(t.problemCase).body(Map.of("version", STALE, "rating", "SATISFIED")));
        CALLS.put("recordReturnCall", t -> Call.at(t.problemCase).body(Map.of("version", STALE, "note", "回访")));
        CALLS.put("open311Request", t -> Call.at(t.problemCase));
        CALLS.put("getErrand", t -> Call.at(t.errandCase));
        CALLS.put("recordErrandStep", t -> Call.at(t.errandCase)
                .body(Map.of("version", STALE, "department", "县人社局", "action", "递交材料")));
        CALLS.put("getPetition", t -> Call.at(t.petitionCase));
        CALLS.put("extendPetitionReply", t -> Call.at(t.petitionCase).body(Map.of("version", STALE, "days", 10, "reason", "需要现场核实")));
        CALLS.put("recordPetitionReviewStep", t -> Call.at(t.petitionCase)
                .body(Map.of("version", STALE, "step", "REVIEW_REQUESTED")));
        CALLS.put("recordPetitionOutcome", t -> Call.at(t.petitionCase).body(Map.of("version", STALE, "outcome", "ENDED_SATISFIED")));
        CALLS.put("getKnownStation", t -> Call.at(t.one.stationId()));
        CALLS.put("listStationCadres", t -> Call.at(t.one.stationId()));
        // evaluation-service
        CALLS.put("getRound", t -> Call.at(t.round));
        CALLS.put("closeRound", t -> Call.at(t.round).body(Map.of("version", STALE)));
        // No code was issued like these (a fresh one each call, withFreshBallotCode): the ballot is refused by its rule
        // (the code is the credential, not a token).
        CALLS.put("castBallot", t -> Call.at(t.round).body(Map.of("cadreId", t.one.memberId(), "code", "AAAAAAAAAAAA",
                "rating", "SATISFIED", "attitude", 5, "effectiveness", 5, "integrity", 5, "diligence", 5)));
        CALLS.put("recordSpoiledBallot", t -> Call.at(t.round).body(Map.of("cadreId", t.one.memberId(), "code", "AAAAAAAAAAAA")));
        CALLS.put("getCadreBallotResults", t -> Call.at(t.round, t.one.memberId()));
        CALLS.put("listVerdicts", t -> Call.at(t.round));
        CALLS.put("getRoundReport", t -> Call.at(t.round));
        CALLS.put("getCadreVerdicts", t -> Call.at(t.one.memberId()));
        CALLS.put("getSupervisionReview", t -> Call.at(t.review));
        // risk-assessment-service: the matter is decided, so every step the scope lets through is refused by its state.
        CALLS.put("getMatter", t -> Call.at(t.matter));
        CALLS.put("proposeRiskLevel", t -> Call.at(t.matter));
        CALLS.put("planAssessment", t -> Call.at(t.matter).body(Map.of("assessor", "县社会稳定风险评估中心", "plan", "再评估",
                "dueOn", t.today.plusMonths(1).toString(), "version", STALE)));
        CALLS.put("transitionMatter", t -> Call.at(t.matter).body(Map.of("action", "START_GATHERING", "version", STALE)));
        CALLS.put("recordAnalysis", t -> Call.at(t.matter).body(Map.of("legality", criterion(), "reasonableness", criterion(),
                "feasibility", criterion(), "controllability", criterion(), "riskFactors", List.of(),
                "measures", List.of(Map.of("description", "公示")), "version", STALE)));
        CALLS.put("setRiskLevel", t -> Call.at(t.matter).body(Map.of("version", STALE)));
        CALLS.put("assignMeasure", t -> Call.at(t.matter, t.measure).body(Map.of("owner", "县自然资源局", "version", STALE)));
        CALLS.put("writeReport", t -> Call.at(t.matter).body(Map.of("summary", "改写报告", "version", STALE)));
        CALLS.put("recordDecision", t -> Call.at(t.matter).body(Map.of("decision", "VETO", "minutes", "改判", "version", STALE)));
        CALLS.put("recordMeeting", t -> Call.at(t.matter).body(Map.of("kind", "CONSULTATION",
                "heldOn", t.today.minusDays(1).toString(), "townshipId", t.one.townshipId(), "place", "乡政府",
                "participants", List.of(Map.of("name", "李四", "phone", "13987654321")),
                "opinions", List.of(Map.of("topic", "OTHER", "stance", "SUPPORT", "count", 1)))));
        CALLS.put("listMeetings", t -> Call.at(t.matter));
        CALLS.put("recordSurvey", t -> Call.at(t.matter).body(Map.of("villageId", t.one.villageId(), "method", "QUESTIONNAIRE",
                "householdsReached", 10, "support", 5, "oppose", 2, "supportWithConditions", 1)));
        CALLS.put("listSurveys", t -> Call.at(t.matter));
    }

    private static SystemUnderTest system;
    private static String gateway;
    private static TwoTownships towns;
    private static RowCounts rowCounts;

    @BeforeAll
    static void buildTwoTownships() {
        system = SystemUnderTest.get();
        gateway = system.url("gateway");
        rowCounts = new RowCounts(new Sql(system));
        towns = TwoTownships.build(gateway);
    }

    @Test
    void shouldAnswerEveryOperationWithAnIdOnlyAsTheAccessTableSays() {
        Map<String, Row> table = AccessTable.read(TABLE);
        List<Endpoint> endpoints = endpoints();
        List<String> findings = new ArrayList<>();
        Set<String> documented = new TreeSet<>();
        Set<String> documentedIds = new TreeSet<>();
        endpoints.forEach(endpoint -> {
            documented.add(AccessTable.key(endpoint.service(), endpoint.operationId()));
            documentedIds.add(endpoint.operationId());
        });
        for (Endpoint endpoint : endpoints) {
            if (!table.containsKey(AccessTable.key(endpoint.service(), endpoint.operationId()))) {
                findings.add(endpoint + ": no line in " + TABLE);
            }
            if (!CALLS.containsKey(endpoint.operationId())) {
                findings.add(endpoint + ": no call in ScopeMatrixIT.CALLS");
            }
        }
        table.keySet().stream().filter(id -> !documented.contains(id))
                .forEach(id -> findings.add(id + ": in " + TABLE + " but no operation with an id in its path has it"));
        CALLS.keySet().stream().filter(id -> !documentedIds.contains(id))
                .forEach(id -> findings.add(id + ": in ScopeMatrixIT.CALLS but no operation with an id in its path has it"));
        assertThat(findings).as("the table and the calls cover exactly the documented operations").isEmpty();

        List<Caller> callers = callers();
        rowCounts.awaitQuiet();
        int cells = 0;
        int leaks = 0;
        int unknownIds = 0;
        int refusedWrites = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Endpoint endpoint : endpoints) {
            Row row = table.get(AccessTable.key(endpoint.service(), endpoint.operationId()));
            Call call = CALLS.get(endpoint.operationId()).apply(towns);
            // Refused callers first, with the row counts around them: they must write nothing.
            List<Caller> ordered = new ArrayList<>(callers);
            ordered.sort((a, b) -> Boolean.compare(expected(row, a) != Access.REFUSED, expected(row, b) != Access.REFUSED));
            boolean write = WRITES.contains(endpoint.method());
            String database = ServiceDocuments.DATABASES.get(endpoint.service());
            Map<String, Long> before = write ? rowCounts.of(database) : null;
            boolean countsTaken = !write;
            for (Caller caller : ordered) {
                Access expected = expected(row, caller);
                if (!countsTaken && expected != Access.REFUSED) {
                    Map<String, Long> after = rowCounts.of(database);
                    if (!after.equals(before)) {
                        findings.add(endpoint + ": refused requests changed row counts " + RowCounts.changed(before, after));
                    }
                    countsTaken = true;
                }
                cells++;
                if (write && expected == Access.REFUSED) {
                    refusedWrites++;
                }
                Http.Response response = send(endpoint, call, caller.token(), false);
                Outcome outcome = Outcome.of(response);
                outcomes.merge(outcome.name(), 1, Integer::sum);
                String where = endpoint + " as " + caller.name() + " (" + expected.code + "): " + response.status() + " "
                        + abbreviate(response.body());
                if (outcome == Outcome.UNCLEAR) {
                    findings.add(where + ": neither an answer, a refusal nor a rule of the operation");
                } else if (expected == Access.REFUSED && outcome != Outcome.REFUSED) {
                    leaks++;
                    findings.add("LEAK " + where);
                } else if (expected != Access.REFUSED && outcome == Outcome.REFUSED) {
                    findings.add(where + ": refused, though the table lets the role through");
                } else if (outcome == Outcome.ANSWERED) {
                    String data = personalData(row, expected, response.body());
                    if (data != null) {
                        if (expected == Access.FULL) {
                            findings.add(where + ": " + data);
                        } else {
                            leaks++;
                            findings.add("LEAK " + where + ": " + data);
                        }
                    }
                }
                Row hiddenBy = row.hiddenBy() == null ? null : table.get(AccessTable.key(row.service(), row.hiddenBy()));
                if (hiddenBy != null && expected(hiddenBy, caller) == Access.REFUSED) {
                    Http.Response unknown = send(endpoint, call, caller.token(), true);
                    unknownIds++;
                    if (unknown.status() != response.status()) {
                        leaks++;
                        findings.add("LEAK " + where + ": an unknown id gets " + unknown.status()
                                + ", so the answer tells the record exists");
                    }
                }
            }
            if (!countsTaken) {
                Map<String, Long> after = rowCounts.of(database);
                if (!after.equals(before)) {
                    findings.add(endpoint + ": refused requests changed row counts " + RowCounts.changed(before, after));
                }
            }
        }
        System.out.printf("[scope matrix] %d operations × %d callers (%d roles × own and other scope, %d forged tokens) = %d cells;"
                        + " outcomes %s; %d refusals compared with an unknown id; %d refused writes checked for written rows;"
                        + " leaks %d; findings %d%n", endpoints.size(), callers.size(), AccessTable.ROLES.size(),
                callers.size() - 2 * AccessTable.ROLES.size(), cells, outcomes, unknownIds, refusedWrites, leaks, findings.size());
        findings.forEach(finding -> System.out.println("[scope matrix] " + finding));
        assertThat(findings).as("leaks (answers where the table refuses), refusals where it answers, unmasked personal data,"
                + " writes by refused requests").isEmpty();
    }

    /**
     * Issue 19: a county's roles see only their county. Every operation with an id, at township one's records (the
     * default county), called by every role of another county, each with township one's own claims (its township,
     * station, cadre: the strongest a forged claim gets), and by the province's roles: every answer is a refusal and
     * a refused write changes nothing (a read may instead answer what tells nothing of the record: an empty list, or
     * what an unknown id gets). The province's roles read one thing with an id, a county. The county-wide lists
     * of the other county's admin, which holds no records yet, are empty.
     */
    @Test
    void shouldRefuseEveryOperationWithAnIdToTheRolesOfAnotherCountyAndOfTheProvince() {
        Map<String, Row> table = AccessTable.read(TABLE);
        UUID otherCounty = towns.otherCounty(gateway);
        List<Caller> callers = new ArrayList<>();
        for (String role : AccessTable.ROLES) {
            callers.add(new Caller(role + " of another county with township one's claims", role, false,
                    token(role, true, Map.of("county", otherCounty.toString()))));
        }
        for (String role : List.of("PROVINCE_ADMIN", "PROVINCE_INSPECTOR")) {
            callers.add(new Caller(role, role, false, TestTokens.province("matrix-" + role.toLowerCase(), role)));
        }
        rowCounts.awaitQuiet();
        List<String> findings = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : endpoints()) {
            Row row = table.get(AccessTable.key(endpoint.service(), endpoint.operationId()));
            Call call = CALLS.get(endpoint.operationId()).apply(towns);
            String database = ServiceDocuments.DATABASES.get(endpoint.service());
            Map<String, Long> before = rowCounts.of(database);
            for (Caller caller : callers) {
                cells++;
                boolean province = caller.role().startsWith("PROVINCE_");
                Access expected = expectedAcrossCounties(row, province);
                Http.Response response = send(endpoint, call, caller.token(), false);
                Outcome outcome = Outcome.of(response);
                String where = endpoint + " as " + caller.name() + " (" + expected.code + "): " + response.status() + " "
                        + abbreviate(response.body());
                if (expected == Access.REFUSED && outcome != Outcome.REFUSED && !tellsNothing(endpoint, call, caller, response)) {
                    findings.add("LEAK " + where);
                } else if (expected != Access.REFUSED && outcome == Outcome.REFUSED) {
                    findings.add(where + ": refused, though the role may read it");
                }
            }
            Map<String, Long> after = rowCounts.of(database);
            if (!after.equals(before)) {
                findings.add(endpoint + ": calls of another county changed row counts " + RowCounts.changed(before, after));
            }
        }
        String otherAdmin = token("COUNTY_ADMIN", true, Map.of("county", otherCounty.toString()));
        for (Map.Entry<String, UUID> listed : towns.countyWideLists().entrySet()) {
            Http.Response list = Http.send("GET", gateway + listed.getKey(), otherAdmin, null, null, TIMEOUT);
            if (list.status() != 200 || !emptyItems(list.body())) {
                findings.add("LEAK GET " + listed.getKey() + " as another county's admin: " + list.status() + " "
                        + abbreviate(list.body()) + " (the county holds nothing yet: must answer an empty page, without "
                        + listed.getValue() + ")");
            }
        }
        System.out.printf("[county matrix] %d cells across counties; findings %d%n", cells, findings.size());
        findings.forEach(finding -> System.out.println("[county matrix] " + finding));
        assertThat(findings).as("answers to another county's roles or the province's, and writes by them").isEmpty();
    }

    /**
     * An answer that tells nothing of the record: an empty list (the caller's county holds nothing of it, as the
     * table's E), or the very answer an unknown id gets.
     */
    private static boolean tellsNothing(Endpoint endpoint, Call call, Caller caller, Http.Response response) {
        if (!"GET".equals(endpoint.method()) || response.status() != 200) {
            return false;
        }
        if (response.body().strip().equals("[]") || emptyItems(response.body())) {
            return true;
        }
        Http.Response unknown = send(endpoint, call, caller.token(), true);
        return unknown.status() == response.status() && unknown.body().equals(response.body());
    }

    private static boolean emptyItems(String body) {
        try {
            JsonNode items = JSON.readTree(body).path("items");
            return items.isArray() && items.isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Across counties everything is refused (or answered as an unknown id is), but for the two things no county owns
     * alone: a ballot, whose code is its credential whatever token comes with it (so every ballot reaches its rule),
     * and a county's own record, which the province's roles read.
     */
    private static Access expectedAcrossCounties(Row row, boolean province) {
        if (row.operationId().equals("castBallot")) {
            return Access.FULL;
        }
        if (row.operationId().equals("getCounty")) {
            return province ? Access.FULL : Access.REFUSED;
        }
        return Access.REFUSED;
    }

    /** What the table expects for the caller: a forged token gets what the role gets in another scope. */
    private static Access expected(Row row, Caller caller) {
        return row.expected(caller.role(), caller.ownScope());
    }

    /** Null when the answer's personal data is as the cell says, else what is wrong. */
    private static String personalData(Row row, Access expected, String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            return "the answer is not JSON";
        }
        if (expected == Access.EMPTY) {
            JsonNode items = answer.isArray() ? answer : answer.path("items");
            return items.isArray() && items.isEmpty() ? null : "expected nothing of the record's scope, got " + abbreviate(body);
        }
        for (String path : row.personalData()) {
            List<JsonNode> values = values(answer, path);
            if (expected == Access.FULL && values.isEmpty()) {
                return path + " is missing";
            }
            for (JsonNode value : values) {
                boolean masked = value.isNull() || value.asText().contains("*");
                if (expected == Access.MASKED && !masked) {
                    return path + " is not masked: " + value.asText();
                }
                if (expected == Access.FULL && masked) {
                    return path + " is masked (" + value.asText() + ") for a role that works with the person";
                }
            }
        }
        return null;
    }

    /** The values at a dotted path, {@code [*]} standing for every element of an array. */
    private static List<JsonNode> values(JsonNode node, String path) {
        List<JsonNode> found = new ArrayList<>(List.of(node));
        for (String step : path.split("\\.")) {
            boolean every = step.endsWith("[*]");
            String name = every ? step.substring(0, step.length() - 3) : step;
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode current : found) {
                JsonNode child = current.path(name);
                if (every) {
                    child.forEach(next::add);
                } else if (!child.isMissingNode()) {
                    next.add(child);
                }
            }
            found = next;
        }
        return found;
    }

    private static Http.Response send(Endpoint endpoint, Call call, String token, boolean unknownIds) {
        Matcher parameters = PATH_PARAMETER.matcher(endpoint.path());
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (parameters.find()) {
            Object value = call.path().get(i++);
            parameters.appendReplacement(path, String.valueOf(unknownIds && value instanceof UUID ? UUID.randomUUID() : value));
        }
        parameters.appendTail(path);
        String url = gateway + path + (call.query() == null ? "" : "?" + call.query());
        String body = call.body() == null ? null : CaseFiling.body(withFreshBallotCode(call.body()));
        Http.Response[] response = new Http.Response[1];
        // The gateway's rate limit answers 429 with when to come back; the matrix keeps far below it, but a slow
        // machine may bunch requests up.
        Await.until(endpoint + " answered", Duration.ofSeconds(60), () -> {
            response[0] = Http.send(endpoint.method(), url, token, body == null ? null : "application/json", body, TIMEOUT);
            return response[0].status() != 429;
        });
        return response[0];
    }

    /**
     * A ballot's code is limited per code at the gateway (a few sends a minute): each call names a code of its own, never
     * issued, so every caller reaches the service's rule instead of the code's quota.
     */
    /** The letters and digits printed on ballots (evaluation-service BallotCodes: no I, O, 0 or 1). */
    private static final String BALLOT_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static Map<String, Object> withFreshBallotCode(Map<String, Object> body) {
        if (!body.containsKey("code")) {
            return body;
        }
        Map<String, Object> fresh = new java.util.LinkedHashMap<>(body);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            code.append(BALLOT_CODE_LETTERS.charAt(java.util.concurrent.ThreadLocalRandom.current().nextInt(BALLOT_CODE_LETTERS.length())));
        }
        fresh.put("code", code.toString());
        return fresh;
    }

    /** Every operation of the four documents whose path has a parameter. */
    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String service : new TreeSet<>(ServiceDocuments.DATABASES.keySet())) {
            OpenAPI document = ServiceDocuments.read(gateway, service);
            for (Map.Entry<String, PathItem> path : new TreeMap<>(document.getPaths()).entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                    List<Parameter> parameters = new ArrayList<>();
                    if (path.getValue().getParameters() != null) {
                        parameters.addAll(path.getValue().getParameters());
                    }
                    if (entry.getValue().getParameters() != null) {
                        parameters.addAll(entry.getValue().getParameters());
                    }
                    if (parameters.stream().anyMatch(p -> "path".equals(p.getIn())) || path.getKey().contains("{")) {
                        endpoints.add(new Endpoint(service, entry.getKey().name(), path.getKey(), entry.getValue().getOperationId()));
                    }
                }
            }
        }
        return endpoints;
    }

    /** Every role with a token of its own scope and of another, and the two forged tokens. */
    private static List<Caller> callers() {
        TwoTownships.Side one = towns.one;
        TwoTownships.Side two = towns.two;
        List<Caller> callers = new ArrayList<>();
        for (String role : AccessTable.ROLES) {
            for (boolean own : new boolean[] {true, false}) {
                callers.add(new Caller(role + " " + (own ? "own" : "other"), role, own, token(role, own, Map.of())));
            }
        }
        callers.add(new Caller("VILLAGER forged with station one's claims", "VILLAGER", false,
                TestTokens.token(towns.otherVillager.toString(), Set.of("VILLAGER"), one.claims(one.memberId()))));
        callers.add(new Caller("CADRE of station two forged with station one's claims", "CADRE", false,
                TestTokens.token(two.memberId().toString(), Set.of("CADRE"), Map.of("cadre", two.memberId().toString(),
                        "station", one.stationId().toString(), "township", one.townshipId().toString()))));
        return callers;
    }

    /** A role's token in township one's scope (its own) or township two's, with any further claims (a county). */
    private static String token(String role, boolean own, Map<String, Object> further) {
        TwoTownships.Side side = own ? towns.one : towns.two;
        String scope = own ? "own" : "other";
        Map<String, Object> claims = new HashMap<>(switch (role) {
            case "TOWNSHIP_OFFICER" -> Map.of("township", side.townshipId().toString());
            case "STATION_LEADER" -> side.claims(side.leaderId());
            case "CADRE" -> side.claims(side.memberId());
            case "DECISION_OWNER" -> Map.of("department", own ? TwoTownships.OWN_DEPARTMENT : TwoTownships.OTHER_DEPARTMENT,
                    "township", side.townshipId().toString());
            case "VILLAGER" -> Map.<String, Object>of();
            default -> Map.of("township", side.townshipId().toString(), "station", side.stationId().toString());
        });
        claims.putAll(further);
        String subject = switch (role) {
            case "STATION_LEADER" -> side.leaderId().toString();
            case "CADRE" -> side.memberId().toString();
            case "DECISION_OWNER" -> "official-of-" + (own ? TwoTownships.OWN_DEPARTMENT : TwoTownships.OTHER_DEPARTMENT);
            case "VILLAGER" -> (own ? towns.villager : towns.otherVillager).toString();
            case "TOWNSHIP_OFFICER" -> "matrix-officer-" + scope;
            default -> "matrix-" + role.toLowerCase() + "-" + scope;
        };
        return TestTokens.token(subject, Set.of(role), claims);
    }

    private static Map<String, Object> criterion() {
        return Map.of("score", 5, "findings", "程序完备");
    }

    private static String abbreviate(String text) {
        String flat = String.valueOf(text).replace('\n', ' ');
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    /** What became of a request. */
    private enum Outcome {
        /** 2xx. */
        ANSWERED,
        /** 409 or 422 by a rule of the operation: the scope let it through. */
        PASSED,
        /** 401, 403, 404, or 422 cadre-not-serving, as problem+json. */
        REFUSED,
        /** Anything else: a 400 means the call itself is wrong, a 5xx a fault. */
        UNCLEAR;

        static Outcome of(Http.Response response) {
            int status = response.status();
            if (status / 100 == 2) {
                return ANSWERED;
            }
            if (!response.isProblem()) {
                return UNCLEAR;
            }
            if (status == 401 || status == 403 || status == 404
                    || status == 422 && response.body().contains("urn:masswork:problem:cadre-not-serving")) {
                return REFUSED;
            }
            return status == 409 || status == 422 ? PASSED : UNCLEAR;
        }
    }

    private record Endpoint(String service, String method, String path, String operationId) {

        @Override
        public String toString() {
            return service + " " + method + " " + path + " (" + operationId + ")";
        }
    }

    private record Caller(String name, String role, boolean ownScope, String token) {
    }

    /** Path parameters in the order of the path, an optional query and an optional JSON body. */
    private record Call(List<Object> path, String query, Map<String, Object> body) {

        static Call at(Object... path) {
            return new Call(List.of(path), null, null);
        }

        Call query(String query) {
            return new Call(path, query, body);
        }

        Call body(Map<String, Object> body) {
            return new Call(path, query, body);
        }
    }
}
