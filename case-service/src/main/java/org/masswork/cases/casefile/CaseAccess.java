package org.masswork.cases.casefile;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cases.station.KnownStation;
import org.masswork.cases.station.StationTeam;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;
import org.masswork.platform.language.Text;

/**
 * Who may see and work on which case. Nobody sees a case of another county than the one their token names (the
 * case's own county, from its station's record, decides); within it, a villager sees their own cases; a cadre or
 * station leader their station's; a township officer their township's (escalated cases stay in their township);
 * county roles all. Only those who handle a case (county admin, its township's officers, its station's
 * cadres) or the villager themselves see the villager's personal data in full. A cadre's station is the
 * one their token names while cadre-service's assignments ({@link StationTeam}) say they serve it today
 * ({@link CallerScope#station()}): to a cadre whose token names a station they do not serve, its cases do
 * not exist (404), and filing one there is {@code 422 cadre-not-serving}.
 */
@ApplicationScoped
public class CaseAccess {

    /** What the API document says of reading a case or a part of it ({@link #requireVisible}). */
    public static final String VISIBILITY = "A villager sees their own cases, a station's cadres their station's, a "
            + "township officer their township's, county roles all (a petition only those who handle it and the "
            + "petitioner); a case the caller may not see is a 404.";
    /** What the API document says of a step on a case ({@link #requireHandler}). */
    public static final String HANDLERS = "Only those who handle the case (its station's cadres, its township's officers, "
            + "county admins; never the cadre a petition is about) may; others who see it get a 403, and a case the "
            + "caller may not see is a 404. version is the one the client read (409 stale-version).";

    private final CallerScope caller;

    CaseAccess(CallerScope caller) {
        this.caller = caller;
    }

    /**
     * A petition is seen only by those who handle it and the petitioner: its content and petitioner never reach
     * county readers who do not handle cases (a department's system among them), nor the cadre it is about.
     */
    public boolean canSee(CaseFile file) {
        boolean countyReader = caller.isCountyWide() && caller.coversTownship(file.countyId, file.townshipId)
                && file.kind != CaseKind.PETITION;
        return countyReader || handles(file) || ownCase(file);
    }

    public boolean handles(CaseFile file) {
        return handlesStation(file.countyId, file.stationId, file.townshipId) && !concernsCaller(file);
    }

    public boolean ownCase(CaseFile file) {
        return caller.hasRole(Role.VILLAGER) && file.villagerId != null && inCallersCounty(file.countyId)
                && villagerId().filter(file.villagerId::equals).isPresent();
    }

    public boolean seesPersonalData(CaseFile file) {
        return handles(file) || ownCase(file);
    }

    /** A case the caller may not see does not exist for them. */
    public CaseFile requireVisible(CaseFile file) {
        if (!canSee(file)) {
            throw new NotFoundProblem(Text.of("诉求", "case"), file.id);
        }
        return file;
    }

    public void requireHandler(CaseFile file) {
        requireVisible(file);
        if (!handles(file)) {
            throw new ForbiddenException();
        }
    }

    /**
     * Cases are filed by the station's handlers, by another system of the station's county, or by a villager of that
     * county for themselves.
     */
    public void requireMayOpenAt(KnownStation station) {
        if (handlesStation(station.countyId, station.stationId, station.townshipId)) {
            return;
        }
        caller.requireServingIfClaimed(station.stationId);
        if (!(caller.hasRole(Role.SYSTEM) || isVillager()) || !inCallersCounty(station.countyId)) {
            throw new ForbiddenException();
        }
    }

    /** The county the caller works for; a caller whose token names none (province roles) reads no cases. */
    public UUID county() {
        return caller.county().orElseThrow(ForbiddenException::new);
    }

    /** The caller's cadre id (the token's {@code cadre} claim), when they act as a station's cadre. */
    public Optional<UUID> cadreId() {
        return caller.cadre();
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

    /** Limits a query of rows of cases (with their countyId, stationId and townshipId) to the caller's scope. */
    public void restrict(CaseQuery query) {
        query.and("countyId = :scopeCounty", "scopeCounty", county());
        if (caller.isCountyWide()) {
            return;
        }
        if (caller.hasRole(Role.TOWNSHIP_OFFICER) && caller.township().isPresent()) {
            query.and("townshipId = :scopeTownship", "scopeTownship", caller.township().get());
        } else if (caller.station().isPresent()) {
            query.and("stationId = :scopeStation", "scopeStation", caller.station().get());
        } else if (villagerId().isPresent()) {
            query.and("villagerId = :scopeVillager", "scopeVillager", villagerId().get());
        } else {
            throw new ForbiddenException();
        }
    }

    /** The station a cadre or station leader serves today, as their token names it and the assignments confirm. */
    public Optional<UUID> station() {
        return caller.station();
    }

    /** A township officer's township. */
    public Optional<UUID> township() {
        return caller.township();
    }

    private boolean concernsCaller(CaseFile file) {
        return file.concernsCadreId != null && cadreId().filter(file.concernsCadreId::equals).isPresent();
    }

    /** County admins of the station's county, its township's officers and its own cadres. */
    private boolean handlesStation(UUID countyId, UUID stationId, UUID townshipId) {
        boolean handler = caller.hasRole(Role.COUNTY_ADMIN) || caller.township().filter(townshipId::equals).isPresent()
                || caller.station().filter(stationId::equals).isPresent();
        return handler && caller.coversStation(countyId, stationId, townshipId);
    }

    private boolean inCallersCounty(UUID countyId) {
        return caller.county().filter(countyId::equals).isPresent();
    }
}
