package org.masswork.gateway.docs;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.gateway.route.GatewayConfig;

/** Serves each service's OpenAPI document from the gateway, for the one Swagger UI. */
@Path("/openapi")
@Tag(name = "API documents")
public class ApiDocsResource {

    private final GatewayConfig config;
    private final HttpClient http = HttpClient.newHttpClient();

    ApiDocsResource(GatewayConfig config) {
        this.config = config;
    }

    @GET
    @Path("/{service}")
    @Produces("application/yaml")
    @Operation(operationId = "getServiceOpenApi", summary = "The OpenAPI document of one service")
    public Response document(@PathParam("service") String service) throws IOException, InterruptedException {
        GatewayConfig.Route route = config.routes().get(service);
        if (route == null) {
            return Response.status(404).build();
        }
        HttpRequest request = HttpRequest.newBuilder(route.url().resolve("/q/openapi")).timeout(route.timeout()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return Response.status(response.statusCode()).entity(response.body()).build();
    }
}
