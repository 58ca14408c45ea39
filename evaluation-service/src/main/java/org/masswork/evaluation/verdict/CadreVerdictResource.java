package org.masswork.evaluation.verdict;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cadres/{cadreId}/verdicts")
@Tag(name = "Verdicts")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CadreVerdictResource {

    private final VerdictService verdicts;

    CadreVerdictResource(VerdictService verdicts) {
        this.verdicts = verdicts;
    }

    @GET
    @Operation(operationId = "getCadreVerdicts", summary = "A cadre's verdicts across rounds, newest first",
            description = "The cadre's verdicts across rounds, newest first: grade, total score, consequence and the inputs they came "
                    + "from. The cadre and county roles "
                    + "see all; a township officer those given in their township.")
    @APIResponse(responseCode = "200", description = "The history, at most 200 verdicts", content = @Content(schema = @Schema(
            type = SchemaType.ARRAY, implementation = VerdictView.class, maxItems = VerdictRepository.MAX_HISTORY)))
    public List<VerdictView> history(@PathParam("cadreId") UUID cadreId) {
        return verdicts.history(cadreId);
    }
}
