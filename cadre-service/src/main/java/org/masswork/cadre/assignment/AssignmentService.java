package org.masswork.cadre.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.department.Department;
import org.masswork.cadre.department.DepartmentKind;
import org.masswork.cadre.department.DepartmentRepository;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

/** Teams and rotation: who is stationed where, under the rules of domain.md, "Organisation". */
@ApplicationScoped
public class AssignmentService {

    /** How far ahead a term may be planned. */
    private static final int MAX_DAYS_AHEAD = 60;

    private final AssignmentRepository assignments;
    private final CadreRepository cadres;
    private final DepartmentRepository departments;
    private final StationRepository stations;
    private final VillageRepository villages;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final CountyClock clock;
    private final WorkScope scope;
    private final TeamRules rules;

    AssignmentService(AssignmentRepository assignments, CadreRepository cadres, DepartmentRepository departments,
                      StationRepository stations, VillageRepository villages, IdempotentCreates idempotency,
                      Outbox outbox, CountyClock clock, WorkScope scope, TeamRules rules) {
        this.assignments = assignments;
        this.cadres = cadres;
        this.departments = departments;
        this.stations = stations;
        this.villages = villages;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.clock = clock;
        this.scope = scope;
        this.rules = rules;
    }

    /**
     * Stations a cadre. The station row is locked first, so two assignments to one station are decided
     * one after the other; a cadre assigned twice at once is stopped by the one-active-per-cadre index.
     */
    @Transactional
    public AssignmentView assign(AssignCadreRequest request, String idempotencyKey) {
        return idempotency.once("assign-cadre", idempotencyKey, request, AssignmentView::id, this::get, () -> {
            UUID county = scope.county();
            Station station = stations.findByIdOptional(request.stationId(), LockModeType.PESSIMISTIC_WRITE)
                    .filter(s -> s.countyId.equals(county)).orElseThrow(() ->
                    new RuleViolationProblem("unknown-station", Text.of("没有工作站 " + request.stationId(), "No station " + request.stationId()), "stationId"));
            Cadre cadre = cadres.findByIdOptional(request.cadreId()).filter(c -> c.countyId.equals(county)).orElseThrow(() ->
                    new RuleViolationProblem("unknown-cadre", Text.of("没有干部 " + request.cadreId(), "No cadre " + request.cadreId()), "cadreId"));
            return AssignmentView.of(start(station, cadre, new Joining(request.role(), request.firstSecretary(),
                    request.startsOn(), request.exceptionReason(), request.returnReason(), request.recordedAt(), Joining.ROLE)));
        });
    }

    /**
     * Starts the cadre's term at the (locked) station under {@link TeamRules}, and announces it. The station's
     * team is its active one: a cadre leaving it (a handover) has been ended and flushed before.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment start(Station station, Cadre cadre, Joining joining) {
        Village village = villages.get(station.villageId);
        Department department = departments.get(cadre.departmentId);
        checkStartDate(station.countyId, joining.startsOn());
        if (assignments.activeForCadre(cadre.id).isPresent()) {
            throw new ConflictProblem("cadre-already-assigned", Text.of("该干部已有有效派驻，请先结束该派驻", "The cadre already holds an active assignment; end it first"));
        }
        boolean servedBefore = assignments.servedAt(cadre.id, station.id);
        rules.breach(cadre, department.kind, village, joining, assignments.activeForStation(station.id), servedBefore)
                .ifPresent(problem -> {
                    throw problem;
                });
        boolean mismatch = !department.kind.matches(village.type);

        Assignment assignment = new Assignment();
        assignment.id = UUID.randomUUID();
        assignment.cadreId = cadre.id;
        assignment.stationId = station.id;
        assignment.countyId = station.countyId;
        assignment.townshipId = station.townshipId;
        assignment.role = joining.role();
        assignment.firstSecretary = joining.firstSecretary();
        assignment.startsOn = joining.startsOn();
        assignment.termEndsOn = joining.startsOn().plusYears(Assignment.TERM_YEARS);
        assignment.matchingException = mismatch;
        assignment.exceptionReason = mismatch ? joining.exceptionReason().strip() : null;
        assignment.returnReason = servedBefore ? joining.returnReason().strip() : null;
        assignment.markReceived(joining.recordedAt());
        assignments.persist(assignment);
        assignments.flush();
        outbox.append(new CadreAssigned(assignment.id, assignment.countyId, cadre.id, station.id, station.villageId, station.townshipId,
                assignment.role.name(), assignment.firstSecretary, assignment.startsOn, assignment.termEndsOn, mismatch,
                assignment.returnReason));
        return assignment;
    }

    @Transactional
    public AssignmentView end(UUID assignmentId, EndAssignmentRequest request) {
        Assignment assignment = assignments.get(assignmentId);
        scope.requireOwnCounty(AssignmentRepository.ASSIGNMENT, assignmentId, assignment.countyId);
        if (assignment.version != request.version()) {
            throw new ConflictProblem("stale-version", Text.of("派驻自版本 " + request.version() + " 以来已被修改，当前版本为 " + assignment.version, "The assignment changed since version " + request.version()
                    + "; it is now at " + assignment.version));
        }
        return AssignmentView.of(close(assignment, request.endedOn(), request.reason(), request.note(), "endedOn"));
    }

    /** Ends an active term on {@code endedOn} (not before its start, not in the future) and announces it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Assignment close(Assignment assignment, LocalDate endedOn, EndReason reason, String note, String dateField) {
        if (!assignment.isActive()) {
            throw new ConflictProblem("assignment-ended", Text.of("该派驻已于 " + assignment.endedOn + " 结束", "The assignment already ended on " + assignment.endedOn));
        }
        if (endedOn.isBefore(assignment.startsOn)) {
            throw new InvalidInputProblem(dateField, Text.of("不得早于开始日期 " + assignment.startsOn, "must not be before the start " + assignment.startsOn));
        }
        if (endedOn.isAfter(clock.today(assignment.countyId))) {
            throw new InvalidInputProblem(dateField, Text.of("不得晚于今天", "must not be in the future"));
        }
        assignment.endedOn = endedOn;
        assignment.endReason = reason;
        assignment.endNote = note;
        assignments.flush();
        Station station = stations.get(assignment.stationId);
        outbox.append(new AssignmentEnded(assignment.id, assignment.countyId, assignment.cadreId, station.id, station.villageId,
                station.townshipId, assignment.endedOn, assignment.endReason.name()));
        return assignment;
    }

    /** The cadre themself, the station's team, its township's officers and county roles; to others it does not exist. */
    @Transactional
    public AssignmentView get(UUID id) {
        Assignment assignment = assignments.get(id);
        if (!scope.caller().isCadre(assignment.countyId, assignment.cadreId)) {
            scope.requireVisible(AssignmentRepository.ASSIGNMENT, id, assignment.countyId, assignment.stationId,
                    assignment.townshipId);
        }
        return AssignmentView.of(assignment);
    }

    @Transactional
    public TeamView team(UUID stationId) {
        scope.requireOwnCounty(StationRepository.STATION, stationId, stations.get(stationId).countyId);
        List<Assignment> active = assignments.activeForStation(stationId);
        Map<UUID, Cadre> members = cadres.list("id in ?1", active.stream().map(a -> a.cadreId).toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<TeamView.Member> team = active.stream().map(a -> new TeamView.Member(a.id, a.cadreId,
                members.get(a.cadreId).name, a.role, a.role.displayLabel(), a.firstSecretary, a.termEndsOn)).toList();
        return new TeamView(stationId, team, rules.staffingIssues(active));
    }

    /** County roles the county's (or one township's), a township officer their own township's. */
    @Transactional
    public Page<AssignmentView> endingWithin(int days, UUID townshipId, PageQuery page) {
        WorkScope.Area area = scope.area(null, townshipId);
        return Page.of(assignments.endingBy(clock.today(area.countyId()).plusDays(days), area), page, AssignmentView::of);
    }

    /** County roles the county's (or one township's), a township officer their own township's, with the reasons. */
    @Transactional
    public Page<AssignmentView> matchingExceptions(UUID townshipId, boolean activeOnly, PageQuery page) {
        return Page.of(assignments.matchingExceptions(scope.area(null, townshipId), activeOnly), page, AssignmentView::of);
    }

    /**
     * Free cadres for a station, best first: those who may lead when the station has no leader, then
     * party members, then the most station experience.
     */
    @Transactional
    public List<ReplacementCandidate> replacementCandidates(UUID stationId, int limit) {
        Station station = scope.station(stationId);
        Village village = villages.get(station.villageId);
        DepartmentKind wanted = DepartmentKind.matching(village.type);
        boolean needsLeader = assignments.activeForStation(stationId).stream().noneMatch(a -> a.role == TeamRole.LEADER);
        List<Object[]> free = cadres.getEntityManager().createQuery("""
                        select c, d from Cadre c, Department d
                        where d.id = c.departmentId and c.countyId = :county and (:kind is null or d.kind = :kind)
                          and not exists (select 1 from Assignment a where a.cadreId = c.id and a.endedOn is null)""",
                        Object[].class)
                .setParameter("kind", wanted)
                .setParameter("county", station.countyId)
                .getResultList();
        Map<UUID, Long> experience = experienceDays(station.countyId, free.stream().map(row -> ((Cadre) row[0]).id).toList());
        Comparator<ReplacementCandidate> ranking = Comparator
                .comparing((ReplacementCandidate c) -> needsLeader && c.mayLead()).reversed()
                .thenComparing(ReplacementCandidate::partyMember, Comparator.reverseOrder())
                .thenComparing(ReplacementCandidate::stationExperienceDays, Comparator.reverseOrder())
                .thenComparing(ReplacementCandidate::name);
        return free.stream().map(row -> {
            Cadre cadre = (Cadre) row[0];
            Department department = (Department) row[1];
            return new ReplacementCandidate(cadre.id, cadre.name, department.id, department.kind.name(),
                    cadre.mayLeadAStation(), cadre.partyMember, experience.getOrDefault(cadre.id, 0L));
        }).sorted(ranking).limit(limit).toList();
    }

    private Map<UUID, Long> experienceDays(UUID countyId, List<UUID> cadreIds) {
        LocalDate today = clock.today(countyId);
        return assignments.list("cadreId in ?1", cadreIds).stream()
                .collect(Collectors.groupingBy(a -> a.cadreId, Collectors.summingLong(a -> a.daysServed(today))));
    }

    private void checkStartDate(UUID countyId, LocalDate startsOn) {
        if (startsOn.isAfter(clock.today(countyId).plusDays(MAX_DAYS_AHEAD))) {
            throw new InvalidInputProblem("startsOn", Text.of("不得晚于今天之后 " + MAX_DAYS_AHEAD + " 天", "must not be more than " + MAX_DAYS_AHEAD + " days ahead"));
        }
    }
}
