package org.masswork.cases.casefile;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cases.station.KnownStation;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;

/**
 * Who may see and work on which case. A villager sees their own cases; a cadre or station leader
 * their station's; a township officer their township's (escalated cases stay in their township);
 * county roles all. Only those who handle a case (county admin, its township's officers, its station's
 * cadres) or the villager themselves see the villager's personal data in full.
 */
@ApplicationScoped
public class CaseAccess {

    private final CallerScope caller;

    CaseAccess(CallerScope caller) {
        this.caller = caller;
    }

    public boolean canSee(CaseFile file) {
        return caller.isCountyWide() || handles(file) || ownCase(file);
    }

    public boolean handles(CaseFile file) {
        return handlesStation(file.stationId, file.townshipId);
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
    }

    /** Cases are filed by the station's handlers, by another county system, or by a villager for themselves. */
    public void requireMayOpenAt(KnownStation station) {
        boolean allowed = handlesStation(station.stationId, station.townshipId) || caller.hasRole(Role.SYSTEM)
                || isVillager();
        if (!allowed) {
            throw new ForbiddenException();
        }
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

    /** Limits a query of cases to those the caller may see. */
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

    private boolean handlesStation(UUID stationId, UUID townshipId) {
        return caller.hasRole(Role.COUNTY_ADMIN)
                || caller.hasRole(Role.TOWNSHIP_OFFICER) && caller.township().filter(townshipId::equals).isPresent()
                || isStationCadre() && caller.station().filter(stationId::equals).isPresent();
    }

    private boolean isStationCadre() {
        return caller.hasRole(Role.CADRE) || caller.hasRole(Role.STATION_LEADER);
    }
}
