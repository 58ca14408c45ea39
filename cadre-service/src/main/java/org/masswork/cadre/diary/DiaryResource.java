package org.masswork.cadre.diary;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.platform.idempotency.IdempotencyKey;
import org.masswork.platform.security.Role;

@Path("/api/v1/diaries")
@Tag(name = "Diaries", description = "The people's-situation diary (民情日记): a cadre's note and visits of each day")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class DiaryResource {

    static final String UPDATE_EXAMPLE = """
            {"version": 0, "note": "走访东村3组五户，张大爷反映灌溉渠堵塞，村委已安排次日清理"}""";

    static final String WRITE_EXAMPLE = """
            {"day": "2026-03-06", "note": "走访东村3组五户，张大爷反映灌溉渠堵塞，已联系村委",
             "recordedAt": "2026-03-06T18:30:00+08:00"}""";

    private final DiaryService diaries;

    DiaryResource(DiaryService diaries) {
        this.diaries = diaries;
    }

    @POST
    @Path("/notes")
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER})
    @Operation(operationId = "writeDiaryNote", summary = "Write the calling cadre's diary note of a day (one per day)",
            description = "The calling cadre (the token's cadre claim) writes the note of a day, not in the future and not before their "
                    + "assignment (400 day, 422 diary-before-assignment); one note per day (409 diary-note-exists). Accepts an "
                    + "Idempotency-Key and a recordedAt.")
    @APIResponse(responseCode = "201", description = "Written; a replay with the same Idempotency-Key returns the first result",
            content = @Content(schema = @Schema(implementation = DiaryNoteView.class)))
    public Response write(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                  schema = @Schema(implementation = WriteDiaryNoteRequest.class),
                                  examples = @ExampleObject(name = "note", value = WRITE_EXAMPLE)))
                          @Valid @NotNull WriteDiaryNoteRequest request, @Valid @BeanParam IdempotencyKey idempotencyKey) {
        DiaryNoteView created = diaries.write(request, idempotencyKey.value);
        return Response.created(URI.create("/api/v1/diaries/" + created.cadreId() + "/" + created.day()))
                .entity(created).build();
    }

    @PUT
    @Path("/notes/{id}")
    @RolesAllowed({Role.CADRE, Role.STATION_LEADER})
    @Operation(operationId = "updateDiaryNote", summary = "Change one's own diary note (optimistic locking)",
            description = "Replaces the text of one's own note (another's is a 403); version is the one the client read (409 stale-version).")
    @APIResponse(responseCode = "200", description = "The note as changed",
            content = @Content(schema = @Schema(implementation = DiaryNoteView.class)))
    public DiaryNoteView update(@PathParam("id") UUID id,
                                @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = UpdateDiaryNoteRequest.class),
                                        examples = @ExampleObject(name = "note", value = UPDATE_EXAMPLE)))
                                @Valid @NotNull UpdateDiaryNoteRequest request) {
        return diaries.update(id, request);
    }

    @GET
    @Path("/{cadreId}/{day}")
    @Operation(operationId = "getDiaryDay", summary = "A cadre's diary of one day: the note and the day's visits",
            description = "A cadre's note and visits of one day. The cadre sees all of their own; others see what was written at a "
                    + "station in their scope, and a 403 for a cadre outside it.")
    @APIResponse(responseCode = "200", description = "The day",
            content = @Content(schema = @Schema(implementation = DiaryDayView.class)))
    public DiaryDayView day(@PathParam("cadreId") UUID cadreId, @PathParam("day") LocalDate day) {
        return diaries.day(cadreId, day);
    }
}
