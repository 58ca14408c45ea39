package org.masswork.gateway.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.Problem;
import org.masswork.platform.problem.ProblemException;

/**
 * The county dashboard: one call for what the county reports, composed from the services' figures. The
 * gateway has checked the token before this runs (ProxyRoutes); the services check the caller's scope.
 */
@Path(DashboardResource.PATH)
@Tag(name = "County dashboard", description = "What the county reports, composed from the services' figures")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "RS256 JWT verified as RFC8725 (JWT best current practices) asks: the algorithm is fixed (RS256, never "
                + "`none`), signature, issuer and expiry are checked; roles in `groups`, scope in `county` (every role but the province's), `township`, `station`, `cadre`")
public class DashboardResource {

    public static final String PATH = "/api/v1/county-dashboard";

    private final DashboardService dashboard;

    DashboardResource(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getCountyDashboard",
            summary = "What the county reports for a period, for the county or one township; each service's section marked if it is unavailable",
            description = "Asks case-, cadre-, risk-assessment- and evaluation-service at once with the caller's token. A service that is "
                    + "down, slow or failing leaves its section UNAVAILABLE and the rest still comes (200); a section the service does "
                    + "not show the caller is FORBIDDEN; 403 only when every section is.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountyDashboard.class)))
    @APIResponse(responseCode = "400", description = "A date missing or malformed, to before from, or a period over two years",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No service shows the caller its figures", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> dashboard(
            @QueryParam("from") @Parameter(required = true, description = "First day, YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String from,
            @QueryParam("to") @Parameter(required = true, description = "Last day, included; at most two years after from",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String to,
            @QueryParam("townshipId") @Parameter(description = "One township; the whole county without it",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String townshipId,
            @Context HttpHeaders headers) {
        Language language = Language.current();
        List<ProblemException.FieldReason> errors = new ArrayList<>();
        DashboardQuery query = DashboardQuery.parse(from, to, townshipId, errors);
        if (query == null) {
            return CompletableFuture.completedFuture(new InvalidInputProblem(errors).toProblem(PATH, language).toResponse());
        }
        return dashboard.compose(query, CallerHeaders.from(headers::getHeaderString), language).thenApply(composed -> composed.allForbidden()
                ? Problem.of("forbidden", Text.of("无权访问", "Forbidden"), 403, Text.of("没有服务向调用方展示这些数据",
                        "No service shows the caller these figures"), PATH, language).toResponse()
                : Response.ok(composed).build());
    }
}
