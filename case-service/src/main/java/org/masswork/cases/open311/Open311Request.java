package org.masswork.cases.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GeoReport v2 service request: a case seen through Open311's field names and status values. */
@Schema(name = "Open311Request")
public record Open311Request(
        @JsonProperty("service_request_id") @Schema(maxLength = 36) String serviceRequestId,
        @Schema(enumeration = {"open", "closed"}) String status,
        @JsonProperty("status_notes") @Schema(maxLength = 20) String statusNotes,
        @JsonProperty("service_name") @Schema(maxLength = 20) String serviceName,
        @JsonProperty("service_code") @Schema(maxLength = 30) String serviceCode,
        @Schema(maxLength = 4000) String description,
        @JsonProperty("agency_responsible") @Schema(maxLength = 20) String agencyResponsible,
        @JsonProperty("service_notice") @Schema(maxLength = 200) String serviceNotice,
        @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
        @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
        @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime,
        @Schema(maxLength = 200, description = "Masked: village level only") String address,
        @JsonProperty("address_id") @Schema(maxLength = 36, description = "The station the case is filed at") String addressId,
        @Schema(maxLength = 10) String zipcode,
        @Schema(minimum = "-90", maximum = "90") Double lat,
        @JsonProperty("long") @Schema(minimum = "-180", maximum = "180") Double lon,
        @JsonProperty("media_url") @Schema(maxLength = 500) String mediaUrl) {
}
