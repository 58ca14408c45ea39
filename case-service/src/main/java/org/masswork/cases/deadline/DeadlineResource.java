package org.masswork.cases.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.security.Role;

@Path("/api/v1/case-deadlines")
@Tag(name = "Case deadlines", description = "Overdue and nearly due cases, petitions' time limits included")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.COUNTY_ADMIN, Role.INSPECTOR, Role.ORG_DEPT, Role.SYSTEM, Role.TOWNSHIP_OFFICER, Role.STATION_LEADER, Role.CADRE})
public class DeadlineResource {

    private final DeadlineQueries deadlines;

    DeadlineResource(DeadlineQueries deadlines) {
        this.deadlines = deadlines;
    }

    @GET
    @Path("/overdue")
    @Operation(operationId = "listOverdueDeadlines", summary = "Unmet deadlines that have passed, in the caller's scope, oldest first",
            description = "One page of the deadlines (acceptance, handling, errands, petition replies and reviews) not met and passed, oldest first, of the "
                    + "cases the caller may see. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "One page of deadlines")
    public Page<DeadlineView> overdue(@Valid @BeanParam PageQuery page) {
        return deadlines.overdue(page);
    }

    @GET
    @Path("/due-soon")
    @Operation(operationId = "listDeadlinesDueSoon", summary = "Unmet deadlines due within the next N days, in the caller's scope",
            description = "One page of the deadlines not yet met that fall due within withinDays (default 7), of the cases the caller may "
                    + "see. " + CaseAccess.VISIBILITY)
    @APIResponse(responseCode = "200", description = "One page of deadlines")
    public Page<DeadlineView> dueSoon(@QueryParam("withinDays") @DefaultValue("7") @Min(1) @Max(90) int withinDays,
                                      @Valid @BeanParam PageQuery page) {
        return deadlines.dueWithin(withinDays, page);
    }
}
