package org.masswork.cases.errand;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.casefile.ConsentView;

@Schema(name = "Errand")
public record ErrandView(
        UUID caseId,
        ConsentView consent,
        OffsetDateTime dueAt,
        @Schema(maxItems = MAX_STEPS) List<Step> steps,
        @Schema(maxLength = 1000, description = "The note of the resolution, once resolved") String outcome,
        @Schema(minimum = "0", maximum = "9223372036854775807", description = "The case's version") long version) {

    public static final int MAX_STEPS = 100;

    @Schema(name = "ErrandStep")
    public record Step(
            @Schema(maxLength = 100) String department,
            @Schema(maxLength = 500) String action,
            @Schema(maxLength = 1000) String note,
            OffsetDateTime doneAt,
            @Schema(maxLength = 200) String recordedBy) {

        static Step of(ErrandStep step) {
            return new Step(step.department, step.action, step.note, step.doneAt, step.recordedBy);
        }
    }
}
