package org.masswork.cases.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** GeoReport v2's answer to a POST: the new request's id. */
@Schema(name = "Open311Created")
public record Open311Created(
        @JsonProperty("service_request_id") @Schema(maxLength = 36) String serviceRequestId,
        @JsonProperty("service_notice") @Schema(maxLength = 200) String serviceNotice,
        @JsonProperty("account_id") @Schema(maxLength = 36) String accountId) {
}
