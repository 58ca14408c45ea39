package org.masswork.cases.open311;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.FormParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.masswork.cases.casefile.CaseCategory;

/**
 * The form of a GeoReport v2 POST; {@code address_id} names the station. The API document takes this class as the
 * form's schema ({@code @Schema(name)} keeps the form's field names): built from the form parameters, it showed only
 * {@code description} required.
 */
public class Open311Form {

    @FormParam("service_code")
    @NotNull
    @Schema(name = "service_code", required = true, description = "The category (a service_code of services.json)")
    public CaseCategory serviceCode;

    @FormParam("address_id")
    @NotNull
    @Schema(name = "address_id", required = true, description = "The station (a station of the directory)")
    public UUID addressId;

    @FormParam("description")
    @NotBlank
    @Size(max = 4000)
    @Schema(name = "description", required = true)
    public String description;

    @FormParam("first_name")
    @Size(max = 25)
    @Schema(name = "first_name")
    public String firstName;

    @FormParam("last_name")
    @Size(max = 25)
    @Schema(name = "last_name")
    public String lastName;

    @FormParam("phone")
    @Size(max = 20)
    @Pattern(regexp = "^[0-9+\\- ]{3,20}$", message = "{masswork.phone}")
    @Schema(name = "phone")
    public String phone;

    @FormParam("address_string")
    @Size(max = 200)
    @Schema(name = "address_string")
    public String addressString;

    @FormParam("account_id")
    @Schema(name = "account_id", description = "The villager's account, if any")
    public UUID accountId;

    @FormParam("api_key")
    @Size(max = 100)
    @Schema(name = "api_key", description = "Accepted and ignored: callers authenticate with their bearer token")
    public String apiKey;

    @FormParam("jurisdiction_id")
    @Size(max = 100)
    @Schema(name = "jurisdiction_id")
    public String jurisdictionId;

    @FormParam("lat")
    @DecimalMin("-90")
    @DecimalMax("90")
    @Schema(name = "lat")
    public Double lat;

    @FormParam("long")
    @DecimalMin("-180")
    @DecimalMax("180")
    @Schema(name = "long")
    public Double lon;

    @FormParam("email")
    @Size(max = 200)
    @Schema(name = "email")
    public String email;

    @FormParam("device_id")
    @Size(max = 100)
    @Schema(name = "device_id")
    public String deviceId;

    @FormParam("media_url")
    @Size(max = 500)
    @Schema(name = "media_url")
    public String mediaUrl;
}
