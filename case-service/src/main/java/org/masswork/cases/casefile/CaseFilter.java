package org.masswork.cases.casefile;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of a case search; each one left out matches all. */
public class CaseFilter {

    @QueryParam("status")
    public CaseStatus status;

    @QueryParam("kind")
    public CaseKind kind;

    @QueryParam("category")
    public CaseCategory category;

    @QueryParam("stationId")
    public UUID stationId;

    @QueryParam("townshipId")
    public UUID townshipId;

    @QueryParam("level")
    public EscalationLevel level;

    @QueryParam("overdue")
    @Parameter(description = "Only cases with (true) or without (false) a deadline passed unmet")
    public Boolean overdue;

    @QueryParam("from")
    @Parameter(description = "Received at or after")
    public OffsetDateTime from;

    @QueryParam("to")
    @Parameter(description = "Received before")
    public OffsetDateTime to;

    @QueryParam("text")
    @Size(max = 100)
    @Parameter(description = "Words in the description")
    public String text;

    CaseQuery toQuery() {
        return new CaseQuery()
                .and("status = :status", "status", status)
                .and("kind = :kind", "kind", kind)
                .and("category = :category", "category", category)
                .and("stationId = :stationId", "stationId", stationId)
                .and("townshipId = :townshipId", "townshipId", townshipId)
                .and("level = :level", "level", level)
                .and("overdue = :overdue", "overdue", overdue)
                .and("recordedAt >= :from", "from", from)
                .and("recordedAt < :to", "to", to)
                .and("lower(description) like :text escape '\\'", "text", text == null || text.isBlank() ? null
                        : "%" + text.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
}
