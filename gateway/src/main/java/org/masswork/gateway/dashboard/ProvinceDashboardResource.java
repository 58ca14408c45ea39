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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.Problem;
import org.masswork.platform.problem.ProblemException;

/**
 * The province dashboard: the county dashboard's period figures per county and for the province, composed from the
 * services' figures. The gateway has checked the token before this runs and lets only the province roles reach it
 * (ProxyRoutes, CountyScope); the services check the caller's roles again.
 */
@Path(ProvinceDashboardResource.PATH)
@Tag(name = "Province dashboard", description = "The counties' figures side by side and the province's, composed from the services' figures")
public class ProvinceDashboardResource {

    public static final String PATH = "/api/v1/province-dashboard";

    private final ProvinceDashboardService dashboard;

    ProvinceDashboardResource(ProvinceDashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getProvinceDashboard",
            summary = "The figures of every county of the province and of the province, for a period; each service's section marked if it is unavailable",
            description = "For PROVINCE_ADMIN and PROVINCE_INSPECTOR. Asks case-, cadre-, risk-assessment- and evaluation-service's figures "
                    + "(groupBy=COUNTY and groupBy=PROVINCE) and cadre-service's county list at once with the caller's token. The period's "
                    + "days count for the cases, visits, station days and risk reviews; the evaluation results (evaluation-service's "
                    + "verdict figures, which take a half year) are those of the closed rounds of every half year the period touches, "
                    + "whole (2026-03-01 to 2026-08-31: 2026-H1 and 2026-H2), as the county dashboard counts them. A service that "
                    + "is down, slow or failing leaves its section UNAVAILABLE in every county and the province and the rest still comes "
                    + "(200); 403 for any other role, or when every section is refused.")
    @APIResponse(responseCode = "200", description = "The dashboard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceDashboard.class)))
    @APIResponse(responseCode = "400", description = "A date missing or malformed, to before from, or a period over two years",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province role, or no service shows the caller its figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionStage<Response> dashboard(
            @QueryParam("from") @Parameter(required = true, description = "First day, YYYY-MM-DD",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String from,
            @QueryParam("to") @Parameter(required = true, description = "Last day, included; at most two years after from",
                    schema = @Schema(type = SchemaType.STRING, format = "date", maxLength = 10)) String to,
            @Context HttpHeaders headers) {
        Language language = Language.current();
        List<ProblemException.FieldReason> errors = new ArrayList<>();
        DashboardQuery query = DashboardQuery.parse(from, to, null, errors);
        if (query == null) {
            return CompletableFuture.completedFuture(new InvalidInputProblem(errors).toProblem(PATH, language).toResponse());
        }
        return dashboard.compose(query, CallerHeaders.from(headers::getHeaderString), language).thenApply(composed ->
                composed.province().allForbidden()
                        ? Problem.of("forbidden", Text.of("无权访问", "Forbidden"), 403, Text.of("没有服务向调用方展示这些数据",
                                "No service shows the caller these figures"), PATH, language).toResponse()
                        : Response.ok(composed).build());
    }
}
