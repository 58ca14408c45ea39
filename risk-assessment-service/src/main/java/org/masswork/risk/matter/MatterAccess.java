package org.masswork.risk.matter;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.security.Role;
import org.masswork.platform.language.Text;

/**
 * Who may see and work on a matter. A DECISION_OWNER token names its department in the {@value #DEPARTMENT_CLAIM}
 * claim (or, without it, its subject is the department). The owning department and county roles run the review;
 * once decided, township officers of an affected township see the matter too. The participants' personal data is
 * shown in full only to those who hold the hearings: the owning department and the county administrators; county
 * readers who do not (inspectors, the organisation department, other systems) and township officers see it masked.
 * All of it within the matter's county: a caller of another county sees none of its matters, whatever the role.
 * A matter the caller may not see is a 404: its existence is not disclosed.
 */
@RequestScoped
public class MatterAccess {

    public static final String DEPARTMENT_CLAIM = "department";

    private final CallerScope scope;
    private final JsonWebToken token;

    MatterAccess(CallerScope scope, JsonWebToken token) {
        this.scope = scope;
        this.token = token;
    }

    public boolean isCountyWide() {
        return scope.isCountyWide();
    }

    /** The county the caller works for; a caller without one (a province role) has no matters. */
    public UUID county() {
        return scope.county().orElseThrow(ForbiddenException::new);
    }

    /** The caller's department, if it is a decision owner. */
    public Optional<String> department() {
        if (!scope.hasRole(Role.DECISION_OWNER)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(DEPARTMENT_CLAIM);
        String department = claim == null ? scope.subject() : claim.toString().replace("\"", "");
        return Optional.ofNullable(department).filter(name -> !name.isBlank());
    }

    /** The owning department or a county role of the matter's county: may run the review and read personal data in full. */
    public boolean manages(Matter matter) {
        return worksFor(matter) && (scope.isCountyWide() || ownedByCallersDepartment(matter));
    }

    /** The owning department and the county administrators: they hold the meetings and may call the participants. */
    public boolean seesParticipants(Matter matter) {
        return worksFor(matter) && (scope.hasRole(Role.COUNTY_ADMIN) || ownedByCallersDepartment(matter));
    }

    public boolean sees(Matter matter) {
        return manages(matter) || matter.decided()
                && matter.townshipIds.stream().anyMatch(township -> scope.coversTownship(matter.countyId, township));
    }

    /**
     * The caller works for the matter's county: their token's county (not {@code coversCounty}, which lets province
     * roles read every county's figures; they see no matter).
     */
    private boolean worksFor(Matter matter) {
        return scope.county().filter(matter.countyId::equals).isPresent();
    }

    private boolean ownedByCallersDepartment(Matter matter) {
        return department().filter(matter.department::equals).isPresent();
    }

    public void requireVisible(Matter matter) {
        if (!sees(matter)) {
            throw new NotFoundProblem(Text.of("事项", "matter"), matter.id);
        }
    }

    public void requireManager(Matter matter) {
        requireVisible(matter);
        if (!manages(matter)) {
            throw new ForbiddenException();
        }
    }

    /** A township officer's township, for listing the decided matters that affect it. */
    public Optional<UUID> townshipOfOfficer() {
        return scope.hasRole(Role.TOWNSHIP_OFFICER) ? scope.township() : Optional.empty();
    }
}
