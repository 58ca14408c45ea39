package org.masswork.cases.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GeoReport v2 service: one of our case categories. */
@Schema(name = "Open311Service")
public record Open311Service(
        @JsonProperty("service_code") @Schema(maxLength = 30) String serviceCode,
        @JsonProperty("service_name") @Schema(maxLength = 20) String serviceName,
        @Schema(maxLength = 200) String description,
        boolean metadata,
        @Schema(maxLength = 20) String type,
        @Schema(maxLength = 100) String keywords,
        @Schema(maxLength = 20) String group) {
}
