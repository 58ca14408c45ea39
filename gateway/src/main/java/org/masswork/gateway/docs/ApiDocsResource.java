package org.masswork.gateway.docs;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.gateway.edge.ClientOrigins;
import org.masswork.gateway.problem.Messages;
import org.masswork.gateway.route.GatewayConfig;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.Problem;

/**
 * Each service's OpenAPI document, served by the gateway with its {@code servers} set to the gateway, so
 * Swagger UI's "try it out" and generated clients go through the gateway ({@link DocumentRewrite}). Documents
 * stay apart (Swagger UI's list): merged, one service's schema could silently replace another's of the same name.
 */
@Path("/openapi")
@Tag(name = "API documents")
public class ApiDocsResource {

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ClientOrigins origins;

    ApiDocsResource(GatewayConfig config, ObjectMapper json, HttpClient http, ClientOrigins origins) {
        this.config = config;
        this.json = json;
        this.http = http;
        this.origins = origins;
    }

    @GET
    @Path("/{service}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getServiceOpenApi", summary = "The OpenAPI document of one service, addressed to the gateway")
    @APIResponse(responseCode = "200", description = "The document (OpenAPI 3, JSON)")
    @APIResponse(responseCode = "404", description = "No service of that name", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The service answered something else than its document", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The service cannot be reached", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "504", description = "The service did not answer in time", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // Open, like the documents the services serve themselves; rate-limited by address.
    @SecurityRequirementsSet
    public Response document(@PathParam("service") @Parameter(description = "The service's route name: cadre, case, evaluation, risk",
                                     schema = @Schema(type = SchemaType.STRING, maxLength = 50, pattern = "^[a-z][a-z0-9-]*$")) String service,
                             @Context UriInfo uri, @Context HttpServerRequest incoming) throws IOException {
        String instance = "/openapi/" + service;
        GatewayConfig.Route route = config.routes().get(service);
        if (route == null) {
            return Problem.of("not-found", Messages.NOT_FOUND, 404, Text.of("没有名为 " + service + " 的服务", "No service named " + service),
                    instance, Language.of(incoming)).toResponse();
        }
        HttpRequest request = HttpRequest.newBuilder(route.url().resolve("/q/openapi?format=json"))
                .timeout(route.timeout()).header("Accept", MediaType.APPLICATION_JSON).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return Problem.of("service-timeout", Text.of("网关超时", "Gateway timeout"), 504, Text.of(service + " 未及时应答",
                    service + " did not answer in time"), instance, Language.of(incoming)).toResponse();
        } catch (IOException e) {
            return Problem.of("service-unavailable", Messages.SERVICE_UNAVAILABLE, 503, Text.of(service + " 无法连接",
                    service + " cannot be reached"), instance, Language.of(incoming)).toResponse();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Problem.of("service-unavailable", Messages.SERVICE_UNAVAILABLE, 503, Text.of("已中断", "interrupted"), instance,
                    Language.of(incoming)).toResponse();
        }
        if (response.statusCode() != 200) {
            return Problem.of("bad-gateway", Text.of("网关错误", "Bad gateway"), 502, Text.of(service + " 对其文档的应答为 "
                    + response.statusCode(), service + " answered " + response.statusCode() + " for its document"), instance,
                    Language.of(incoming)).toResponse();
        }
        ObjectNode document = (ObjectNode) json.readTree(response.body());
        ClientOrigins.Origin origin = origins.of(incoming);
        URI reached = origin.host() == null ? uri.getBaseUri() : URI.create(origin.scheme() + "://" + origin.host() + "/");
        DocumentRewrite.apply(document, config.publicUrl().orElse(reached), config.environment());
        return Response.ok(document).build();
    }

}
