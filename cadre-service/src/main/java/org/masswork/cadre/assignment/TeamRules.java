package org.masswork.cadre.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.department.DepartmentKind;
import org.masswork.cadre.village.Village;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.ProblemException;
import org.masswork.platform.problem.RuleViolationProblem;

/**
 * The rules a station's team keeps (domain.md, "Organisation"), in one place for every way a cadre joins one: an
 * assignment, a handover, and the moves the rotation plan proposes. A check answers the problem a request breaking
 * the rule gets, so a request is refused and a proposal left out by the same code.
 */
@ApplicationScoped
public class TeamRules {

    public static final int MAX_TEAM_SIZE = 3;
    public static final int MIN_TEAM_SIZE = 2;

    private final AssignmentRepository assignments;

    TeamRules(AssignmentRepository assignments) {
        this.assignments = assignments;
    }

    /**
     * The first rule broken by {@code cadre} (of a department of {@code kind}) joining {@code team}, the station's
     * active team without whoever leaves it; {@code servedBefore}: whether the cadre served this station already.
     */
    public Optional<ProblemException> breach(Cadre cadre, DepartmentKind kind, Village village, Joining joining,
                                             List<Assignment> team, boolean servedBefore) {
        if (team.size() >= MAX_TEAM_SIZE) {
            return Optional.of(new RuleViolationProblem("team-full", Text.of("一个工作站最多有 " + MAX_TEAM_SIZE + " 名在岗干部", "A station has at most " + MAX_TEAM_SIZE + " active cadres")));
        }
        if (joining.role() == TeamRole.LEADER) {
            if (!cadre.mayLeadAStation()) {
                return Optional.of(new RuleViolationProblem("leader-rank",
                        Text.of("站长须为科级干部或中层骨干", "A station leader must be section-level or a mid-level backbone"),
                        joining.roleField()));
            }
            if (team.stream().anyMatch(a -> a.role == TeamRole.LEADER)) {
                return Optional.of(new ConflictProblem("station-has-leader", Text.of("该工作站已有在岗站长", "The station already has an active leader")));
            }
        } else if (joining.firstSecretary()) {
            return Optional.of(new RuleViolationProblem("first-secretary-leader",
                    Text.of("只有站长可以兼任第一书记", "Only the station leader may serve as first secretary"), "firstSecretary"));
        }
        if (!kind.matches(village.type) && isBlank(joining.exceptionReason())) {
            return Optional.of(new RuleViolationProblem("matching-rule", Text.of(kind.label() + "的干部应派驻"
                    + kind.villageType().label() + "；派驻到" + village.type.label() + "须记录例外理由（exceptionReason）",
                    "Cadres of a " + kind + " department are meant for " + kind.villageType()
                    + " villages; stationing one in a " + village.type + " village needs a recorded exceptionReason"),
                    "exceptionReason"));
        }
        if (servedBefore && isBlank(joining.returnReason())) {
            return Optional.of(new RuleViolationProblem("station-served-before", Text.of(
                    "该干部曾在此工作站驻站；驻站两年一轮，轮岗应派往其他工作站，再次派驻此站须记录理由（returnReason）",
                    "The cadre served at this station before; rotation (驻站两年一轮) sends a cadre to another station,"
                    + " so stationing them here again needs a recorded returnReason"), "returnReason"));
        }
        return Optional.empty();
    }

    /** What is wrong with a team, if anything: fewer than {@value #MIN_TEAM_SIZE} cadres, no leader. */
    public List<TeamView.StaffingIssue> staffingIssues(Collection<Assignment> team) {
        List<TeamView.StaffingIssue> issues = new ArrayList<>();
        if (team.size() < MIN_TEAM_SIZE) {
            issues.add(TeamView.StaffingIssue.UNDERSTAFFED);
        }
        if (team.stream().noneMatch(a -> a.role == TeamRole.LEADER)) {
            issues.add(TeamView.StaffingIssue.NO_LEADER);
        }
        return issues;
    }

    /** The stations each cadre has served at (ended terms and the active one), in one query. */
    public Map<UUID, Set<UUID>> stationsServed(Collection<UUID> cadreIds) {
        Map<UUID, Set<UUID>> served = new HashMap<>();
        cadreIds.forEach(id -> served.put(id, new HashSet<>()));
        if (!cadreIds.isEmpty()) {
            assignments.list("cadreId in ?1", cadreIds).forEach(a -> served.get(a.cadreId).add(a.stationId));
        }
        return served;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
