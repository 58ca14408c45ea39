package org.masswork.cadre.rotation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masswork.cadre.assignment.Assignment;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.assignment.Joining;
import org.masswork.cadre.assignment.TeamRole;
import org.masswork.cadre.assignment.TeamRules;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.department.Department;
import org.masswork.cadre.department.DepartmentRepository;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;

/**
 * Proposes where each cadre due for rotation goes next, within their township (驻站两年一轮). A move is proposed
 * only where {@link TeamRules} would accept it as an assignment with no recorded reason: the department kind
 * matches the village type, the cadre never served that station, the team keeps at most three cadres and one leader
 * of rank. Due cadres are taken in the order their terms end (then by assignment id), each to the first station that
 * fits in this order: one left without a leader when the cadre may lead, then the smallest team as the plan leaves it,
 * then by name and id. So the same records always give the same plan. Nothing is written: the moves are made by
 * handovers and assignments.
 */
@ApplicationScoped
public class RotationPlanService {

    /** A township has some 25 stations and 55 cadres; a plan lists each due cadre once. */
    static final int MAX_DUE = 2000;

    private final AssignmentRepository assignments;
    private final CadreRepository cadres;
    private final DepartmentRepository departments;
    private final StationRepository stations;
    private final VillageRepository villages;
    private final TownshipRepository townships;
    private final TeamRules rules;
    private final WorkScope scope;
    private final CountyClock clock;
    private final RotationConfig config;

    RotationPlanService(AssignmentRepository assignments, CadreRepository cadres, DepartmentRepository departments,
                        StationRepository stations, VillageRepository villages, TownshipRepository townships,
                        TeamRules rules, WorkScope scope, CountyClock clock, RotationConfig config) {
        this.assignments = assignments;
        this.cadres = cadres;
        this.departments = departments;
        this.stations = stations;
        this.villages = villages;
        this.townships = townships;
        this.rules = rules;
        this.scope = scope;
        this.clock = clock;
        this.config = config;
    }

    /** County roles any township's, a township officer their own. */
    @Transactional
    public RotationPlanView plan(UUID townshipId) {
        scope.requireOwnCounty(TownshipRepository.TOWNSHIP, townshipId, townships.get(townshipId).countyId);
        WorkScope.Area area = scope.area(null, townshipId);
        LocalDate today = clock.today(area.countyId());
        LocalDate dueBy = today.plusDays(config.dueWithinDays());
        List<Assignment> due = assignments.endingBy(dueBy, area).range(0, MAX_DUE - 1).list();
        List<Station> township = stations.search(area.countyId(), townshipId).list();
        Map<UUID, Village> villageOf = villages.list("townshipId", townshipId).stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        Map<UUID, Cadre> cadreOf = due.isEmpty() ? Map.of() : cadres.list("id in ?1", due.stream().map(a -> a.cadreId).toList())
                .stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<UUID, Department> departmentOf = cadreOf.isEmpty() ? Map.of()
                : departments.list("id in ?1", cadreOf.values().stream().map(c -> c.departmentId).distinct().toList())
                        .stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        Map<UUID, Set<UUID>> served = rules.stationsServed(cadreOf.keySet());

        // Each station's team as the plan leaves it: without the due cadres, with the cadres it proposes there.
        Set<UUID> leaving = due.stream().map(a -> a.id).collect(Collectors.toSet());
        Map<UUID, List<Assignment>> teamAfter = new LinkedHashMap<>();
        township.forEach(s -> teamAfter.put(s.id, new ArrayList<>()));
        assignments.list("townshipId = ?1 and endedOn is null", Sort.by("role").and("startsOn").and("id"), townshipId).stream()
                .filter(a -> !leaving.contains(a.id) && teamAfter.containsKey(a.stationId))
                .forEach(a -> teamAfter.get(a.stationId).add(a));
        Set<UUID> changed = due.stream().map(a -> a.stationId).collect(Collectors.toSet());

        List<RotationPlanView.DueCadre> dueCadres = new ArrayList<>();
        for (Assignment current : due) {
            Cadre cadre = cadreOf.get(current.cadreId);
            Department department = departmentOf.get(cadre.departmentId);
            Optional<RotationPlanView.ProposedMove> move = township.stream()
                    .sorted(preference(cadre, teamAfter))
                    .map(station -> {
                        TeamRole role = lacksLeader(teamAfter.get(station.id)) && cadre.mayLeadAStation() ? TeamRole.LEADER : TeamRole.MEMBER;
                        Joining joining = new Joining(role, false, current.termEndsOn, null, null, null, Joining.ROLE);
                        boolean fits = rules.breach(cadre, department.kind, villageOf.get(station.villageId), joining,
                                teamAfter.get(station.id), served.get(cadre.id).contains(station.id)).isEmpty();
                        return fits ? new RotationPlanView.ProposedMove(station.id, station.name, role, role.displayLabel()) : null;
                    })
                    .filter(Objects::nonNull)
                    .findFirst();
            move.ifPresent(m -> {
                teamAfter.get(m.stationId()).add(placeholder(cadre, m.role()));
                changed.add(m.stationId());
            });
            dueCadres.add(new RotationPlanView.DueCadre(current.id, cadre.id, cadre.name, department.kind.name(),
                    current.stationId, current.role, current.termEndsOn, current.termEndsOn.isBefore(today), move.orElse(null)));
        }
        List<RotationPlanView.TeamAfter> teams = township.stream().filter(s -> changed.contains(s.id))
                .map(s -> new RotationPlanView.TeamAfter(s.id, s.name,
                        teamAfter.get(s.id).stream().map(a -> a.cadreId).toList(), rules.staffingIssues(teamAfter.get(s.id))))
                .toList();
        return new RotationPlanView(townshipId, today, dueBy, dueCadres, teams);
    }

    /** A station left without a leader first when the cadre may lead, then the smallest team, then name and id. */
    private static Comparator<Station> preference(Cadre cadre, Map<UUID, List<Assignment>> teamAfter) {
        return Comparator.comparing((Station s) -> !(cadre.mayLeadAStation() && lacksLeader(teamAfter.get(s.id))))
                .thenComparing(s -> teamAfter.get(s.id).size())
                .thenComparing(s -> s.name)
                .thenComparing(s -> s.id);
    }

    private static boolean lacksLeader(List<Assignment> team) {
        return team.stream().noneMatch(a -> a.role == TeamRole.LEADER);
    }

    /** The cadre in a team as the plan leaves it; never stored. */
    private static Assignment placeholder(Cadre cadre, TeamRole role) {
        Assignment proposed = new Assignment();
        proposed.cadreId = cadre.id;
        proposed.role = role;
        return proposed;
    }
}
