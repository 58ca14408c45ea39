package org.masswork.cases.casefile;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cases.station.KnownStation;
import org.masswork.cases.station.StationTeam;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;

/**
 * Who may see and work on which case. A villager sees their own cases; a cadre or station leader
 * their station's; a township officer their township's (escalated cases stay in their township);
 * county roles all. Only those who handle a case (county admin, its township's officers, its station's
 * cadres) or the villager themselves see the villager's personal data in full. A cadre who acts at a
 * station by their token's claim alone must also serve it today by cadre-service's assignments.
 */
@ApplicationScoped
public class CaseAccess {

    private final CallerScope caller;
    private final StationTeam team;

    CaseAccess(CallerScope caller, StationTeam team) {
        this.caller = caller;
        this.team = team;
    }

    /**
     * A petition is seen only by those who handle it and the petitioner: its content and petitioner never reach
     * county readers who do not handle cases (a department's system among them), nor the cadre it is about.
     */
    public boolean canSee(CaseFile file) {
        boolean countyReader = caller.isCountyWide() && file.kind != CaseKind.PETITION;
        return countyReader || handles(file) || ownCase(file);
    }

    public boolean handles(CaseFile file) {
        return handlesStation(file.stationId, file.townshipId) && !concernsCaller(file);
    }

    public boolean ownCase(CaseFile file) {
        return caller.hasRole(Role.VILLAGER) && file.villagerId != null
                && villagerId().filter(file.villagerId::equals).isPresent();
    }

    public boolean seesPersonalData(CaseFile file) {
        return handles(file) || ownCase(file);
    }

    /** A case the caller may not see does not exist for them. */
    public CaseFile requireVisible(CaseFile file) {
        if (!canSee(file)) {
            throw new NotFoundProblem("Case", file.id);
        }
        return file;
    }

    public void requireHandler(CaseFile file) {
        requireVisible(file);
        if (!handles(file)) {
            throw new ForbiddenException();
        }
        requireServingIfStationCadre(file.stationId, file.townshipId);
    }

    /** Cases are filed by the station's handlers, by another county system, or by a villager for themselves. */
    public void requireMayOpenAt(KnownStation station) {
        if (handlesStation(station.stationId, station.townshipId)) {
            requireServingIfStationCadre(station.stationId, station.townshipId);
        } else if (!caller.hasRole(Role.SYSTEM) && !isVillager()) {
            throw new ForbiddenException();
        }
    }

    /** The caller's cadre id (the token's {@code cadre} claim), when they act as a station's cadre. */
    public Optional<UUID> cadreId() {
        return isStationCadre() ? caller.cadre() : Optional.empty();
    }

    public boolean isVillager() {
        return caller.hasRole(Role.VILLAGER);
    }

    /** The villager's id is the subject of their token. */
    public Optional<UUID> villagerId() {
        try {
            return isVillager() ? Optional.of(UUID.fromString(caller.subject())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String actor() {
        return caller.subject();
    }

    /** The role the caller acts in, for the timeline: the first of their roles that handles cases. */
    public String actorRole() {
        for (String role : new String[] {Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.STATION_LEADER, Role.CADRE,
                Role.SYSTEM, Role.VILLAGER}) {
            if (caller.hasRole(role)) {
                return role;
            }
        }
        return "OTHER";
    }

    /** Limits a query of cases to those the caller may see, as {@link #canSee} does for one case. */
    public void restrictCases(CaseQuery query) {
        restrict(query);
        hidePetitions(query, "kind <> :scopePetition", "(concernsCadreId is null or concernsCadreId <> :scopeMe)");
    }

    /** Limits a query of rows that belong to a case by its {@code caseId} (deadlines) as {@link #restrictCases} limits cases. */
    public void restrictCaseRows(CaseQuery query) {
        restrict(query);
        hidePetitions(query, "caseId not in (select f.id from CaseFile f where f.kind = :scopePetition)",
                "caseId not in (select f.id from CaseFile f where f.concernsCadreId = :scopeMe)");
    }

    /** Petitions are hidden from county readers who do not handle cases, and from the cadre a petition is about. */
    private void hidePetitions(CaseQuery query, String notAPetition, String notAboutTheCaller) {
        if (caller.isCountyWide() && !caller.hasRole(Role.COUNTY_ADMIN)) {
            query.and(notAPetition, "scopePetition", CaseKind.PETITION);
        }
        cadreId().ifPresent(me -> query.and(notAboutTheCaller, "scopeMe", me));
    }

    /** Limits a query of rows of cases (with their stationId and townshipId) to the caller's scope. */
    public void restrict(CaseQuery query) {
        if (caller.isCountyWide()) {
            return;
        }
        if (caller.hasRole(Role.TOWNSHIP_OFFICER) && caller.township().isPresent()) {
            query.and("townshipId = :scopeTownship", "scopeTownship", caller.township().get());
        } else if (isStationCadre() && caller.station().isPresent()) {
            query.and("stationId = :scopeStation", "scopeStation", caller.station().get());
        } else if (villagerId().isPresent()) {
            query.and("villagerId = :scopeVillager", "scopeVillager", villagerId().get());
        } else {
            throw new ForbiddenException();
        }
    }

    public Optional<UUID> station() {
        return isStationCadre() ? caller.station() : Optional.empty();
    }

    public Optional<UUID> township() {
        return caller.hasRole(Role.TOWNSHIP_OFFICER) ? caller.township() : Optional.empty();
    }

    /**
     * A token's station claim may outlive the assignment (rotation, recall): a cadre handling by that claim
     * alone must serve the station today. County admins and the township's officers handle by their role.
     */
    private void requireServingIfStationCadre(UUID stationId, UUID townshipId) {
        if (!handlesByRole(townshipId) && !team.serves(caller.cadre().orElse(null), stationId)) {
            throw new RuleViolationProblem("cadre-not-serving", "Cadre " + caller.cadre().map(UUID::toString).orElse("(no cadre claim)")
                    + " does not serve station " + stationId + " today by cadre-service's assignments");
        }
    }

    private boolean concernsCaller(CaseFile file) {
        return file.concernsCadreId != null && cadreId().filter(file.concernsCadreId::equals).isPresent();
    }

    private boolean handlesStation(UUID stationId, UUID townshipId) {
        return handlesByRole(townshipId) || isStationCadre() && caller.station().filter(stationId::equals).isPresent();
    }

    /** County admins, and the township's officers for its stations. */
    private boolean handlesByRole(UUID townshipId) {
        return caller.hasRole(Role.COUNTY_ADMIN)
                || caller.hasRole(Role.TOWNSHIP_OFFICER) && caller.township().filter(townshipId::equals).isPresent();
    }

    private boolean isStationCadre() {
        return caller.hasRole(Role.CADRE) || caller.hasRole(Role.STATION_LEADER);
    }
}
