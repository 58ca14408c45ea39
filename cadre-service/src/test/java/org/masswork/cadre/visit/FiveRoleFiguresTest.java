package org.masswork.cadre.visit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.masswork.cadre.household.HouseholdWorkData.assign;
import static org.masswork.cadre.household.HouseholdWorkData.household;
import static org.masswork.cadre.household.HouseholdWorkData.householdBody;
import static org.masswork.cadre.household.HouseholdWorkData.team;
import static org.masswork.cadre.household.HouseholdWorkData.visitBody;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masswork.cadre.CadreTestData;
import org.masswork.cadre.household.HouseholdWorkData.Team;
import org.masswork.infra.County;
import org.masswork.infra.MassWorkTestResource;
import org.masswork.infra.TestTokens;

/** The five roles (五员) counted from the visits' tags per cadre, station, township and month, in the caller's scope. */
@QuarkusTest
@WithTestResource(value = MassWorkTestResource.class, initArgs = @ResourceArg(name = MassWorkTestResource.DATABASE_ARG, value = "cadre"))
class FiveRoleFiguresTest {

    private static final YearMonth LAST_MONTH = County.thisMonth().minusMonths(1);

    @Inject
    EntityManager entityManager;

    /** A visit the test records: who, where and in which roles. */
    private record Planned(UUID cadreId, UUID stationId, UUID townshipId, LocalDate day, List<FiveRole> roles) {
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void shouldCountExactlyTheVisitsRolesPerCadreStationTownshipAndMonthInTheCallersScope() {
        Team east = team();
        UUID westVillage = CadreTestData.village(east.townshipId(), "POOR");
        UUID westStation = CadreTestData.station(westVillage);
        UUID westCadre = CadreTestData.generalCadre("ECONOMIC");
        assign(westCadre, westStation, "MEMBER", County.today().minusMonths(3));
        String westToken = TestTokens.cadre(westCadre, westStation, east.townshipId());
        UUID east1 = household(east);
        UUID east2 = household(east);
        UUID west1 = UUID.fromString(given().auth().oauth2(westToken).contentType(ContentType.JSON)
                .body(householdBody(westVillage)).when().post("/api/v1/households")
                .then().statusCode(201).extract().path("id"));

        List<Planned> visits = List.of(
                visit(east.memberToken(), east1, new Planned(east.memberId(), east.stationId(), east.townshipId(), LAST_MONTH.atDay(3),
                        List.of(FiveRole.POLICY_PUBLICIST, FiveRole.DISPUTE_MEDIATOR))),
                visit(east.memberToken(), east2, new Planned(east.memberId(), east.stationId(), east.townshipId(), LAST_MONTH.atDay(4),
                        List.of(FiveRole.DISPUTE_MEDIATOR))),
                visit(east.memberToken(), east1, new Planned(east.memberId(), east.stationId(), east.townshipId(), LAST_MONTH.atDay(5),
                        List.of(FiveRole.SERVICE_PROVIDER, FiveRole.OPINION_RESEARCHER, FiveRole.DISPUTE_MEDIATOR))),
                visit(east.leaderToken(), east2, new Planned(east.leaderId(), east.stationId(), east.townshipId(), LAST_MONTH.atDay(3),
                        List.of(FiveRole.PARTY_BUILDING_INSTRUCTOR))),
                visit(westToken, west1, new Planned(westCadre, westStation, east.townshipId(), LAST_MONTH.atDay(6),
                        List.of(FiveRole.POLICY_PUBLICIST))),
                visit(east.memberToken(), east2, new Planned(east.memberId(), east.stationId(), east.townshipId(),
                        County.thisMonth().atDay(1), List.of(FiveRole.POLICY_PUBLICIST, FiveRole.SERVICE_PROVIDER))));

        String admin = TestTokens.countyAdmin();
        assertThat(figures(admin, LAST_MONTH, "CADRE", Map.of("townshipId", east.townshipId())))
                .isEqualTo(expected(visits, LAST_MONTH, p -> p.cadreId() + "@" + p.stationId()))
                .hasSize(3);
        assertThat(figures(admin, LAST_MONTH, "STATION", Map.of("townshipId", east.townshipId())))
                .isEqualTo(expected(visits, LAST_MONTH, p -> p.stationId().toString()))
                .containsEntry(east.stationId().toString(), List.of(1L, 1L, 1L, 3L, 1L));
        Map<String, List<Long>> township = figures(admin, LAST_MONTH, "TOWNSHIP", Map.of("townshipId", east.townshipId()));
        assertThat(township).isEqualTo(expected(visits, LAST_MONTH, p -> p.townshipId().toString()))
                .isEqualTo(Map.of(east.townshipId().toString(), fromVisitRoles(east.townshipId(), LAST_MONTH)));
        assertThat(figures(admin, County.thisMonth(), "CADRE", Map.of("townshipId", east.townshipId())))
                .isEqualTo(Map.of(east.memberId() + "@" + east.stationId(), List.of(1L, 0L, 0L, 0L, 1L)));

        assertThat(figures(east.memberToken(), LAST_MONTH, "CADRE", Map.of()))
                .as("a station's team sees its station's cadres only")
                .isEqualTo(expected(visits.stream().filter(p -> p.stationId().equals(east.stationId())).toList(), LAST_MONTH,
                        p -> p.cadreId() + "@" + p.stationId()));
        assertThat(figures(east.officerToken(), LAST_MONTH, "STATION", Map.of()))
                .isEqualTo(expected(visits, LAST_MONTH, p -> p.stationId().toString()));
        refused(east.memberToken(), Map.of("stationId", westStation), 403);
        refused(team().officerToken(), Map.of("townshipId", east.townshipId()), 403);
    }

    @Test
    void shouldLabelTheFiveRolesInTheReadersLanguageInTheFiguresAndTheMonthlyReport() {
        Team team = team();
        visit(team.memberToken(), household(team), new Planned(team.memberId(), team.stationId(), team.townshipId(),
                LAST_MONTH.atDay(3), List.of(FiveRole.DISPUTE_MEDIATOR)));
        List<String> english = List.of("Policy publicist", "Opinion researcher", "Party building instructor",
                "Dispute mediator", "Service provider");
        List<String> chinese = List.of("政策法规宣讲员", "社情民意调研员", "基层党建指导员", "矛盾纠纷调解员", "为民便民服务员");

        for (var language : Map.of("en", english, "zh-CN", chinese).entrySet()) {
            given().auth().oauth2(team.leaderToken()).header("Accept-Language", language.getKey())
                    .queryParam("month", LAST_MONTH.toString()).queryParam("groupBy", "STATION")
                    .when().get("/api/v1/visits/five-roles")
                    .then().statusCode(200).header("Content-Language", language.getKey())
                    .body("items[0].roles.roleLabel", contains(language.getValue().toArray()))
                    .body("items[0].roles.visits", contains(0, 0, 0, 1, 0));
            given().auth().oauth2(team.leaderToken()).header("Accept-Language", language.getKey())
                    .queryParam("stationId", team.stationId()).queryParam("month", LAST_MONTH.toString())
                    .when().get("/api/v1/monthly-reports/draft")
                    .then().statusCode(200).header("Content-Language", language.getKey())
                    .body("fiveRoles.roleLabel", contains(language.getValue().toArray()))
                    .body("fiveRolesPerCadre[0].roles.roleLabel", contains(language.getValue().toArray()))
                    .body("fiveRolesPerCadre[0].roles.visits", contains(0, 0, 0, 1, 0));
        }
    }

    /** Each group's visits per role, in FiveRole's order, as the figures answer them (all pages). */
    private static Map<String, List<Long>> figures(String token, YearMonth month, String groupBy, Map<String, Object> filters) {
        Map<String, List<Long>> found = new TreeMap<>();
        List<Map<String, Object>> items = given().auth().oauth2(token).queryParams(filters)
                .queryParam("month", month.toString()).queryParam("groupBy", groupBy).queryParam("size", 100)
                .when().get("/api/v1/visits/five-roles")
                .then().statusCode(200).extract().path("items");
        for (Map<String, Object> item : items) {
            assertThat(item.get("month")).isEqualTo(month.toString());
            String key = switch (groupBy) {
                case "CADRE" -> item.get("cadreId") + "@" + item.get("stationId");
                case "STATION" -> (String) item.get("stationId");
                default -> (String) item.get("townshipId");
            };
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> roles = (List<Map<String, Object>>) item.get("roles");
            assertThat(roles).extracting(r -> r.get("role"))
                    .containsExactlyElementsOf(Arrays.stream(FiveRole.values()).map(Enum::name).toList());
            assertThat(roles).extracting(r -> r.get("roleLabel"))
                    .containsExactlyElementsOf(Arrays.stream(FiveRole.values()).map(FiveRole::label).toList());
            found.put(key, roles.stream().map(r -> ((Number) r.get("visits")).longValue()).toList());
        }
        return found;
    }

    /** The planned visits' roles of the month, counted per group. */
    private static Map<String, List<Long>> expected(List<Planned> visits, YearMonth month, Function<Planned, String> group) {
        Map<String, long[]> counts = new HashMap<>();
        visits.stream().filter(p -> YearMonth.from(p.day()).equals(month)).forEach(p -> {
            long[] roles = counts.computeIfAbsent(group.apply(p), k -> new long[FiveRole.values().length]);
            p.roles().forEach(r -> roles[r.ordinal()]++);
        });
        Map<String, List<Long>> expected = new TreeMap<>();
        counts.forEach((key, roles) -> expected.put(key, Arrays.stream(roles).boxed().toList()));
        return expected;
    }

    /** The township's month counted from the visits' own role rows, not the rollup. */
    private List<Long> fromVisitRoles(UUID townshipId, YearMonth month) {
        return QuarkusTransaction.requiringNew().call(() -> Arrays.stream(FiveRole.values()).map(role ->
                ((Number) entityManager.createNativeQuery("""
                                select count(*) from visit_role r join visit v on v.id = r.visit_id
                                 where v.township_id = :township and r.role = :role and v.visited_on between :from and :to""")
                        .setParameter("township", townshipId).setParameter("role", role.name())
                        .setParameter("from", month.atDay(1)).setParameter("to", month.atEndOfMonth())
                        .getSingleResult()).longValue()).toList());
    }

    private static void refused(String token, Map<String, Object> filters, int status) {
        given().auth().oauth2(token).queryParams(filters).queryParam("month", LAST_MONTH.toString())
                .when().get("/api/v1/visits/five-roles")
                .then().statusCode(status).contentType("application/problem+json");
    }

    private static Planned visit(String token, UUID householdId, Planned planned) {
        Map<String, Object> body = visitBody(householdId, planned.day(), false);
        body.put("roles", planned.roles());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/visits").then().statusCode(201);
        return planned;
    }
}
