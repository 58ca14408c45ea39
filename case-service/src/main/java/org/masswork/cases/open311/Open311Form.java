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

/** The form of a GeoReport v2 POST; {@code address_id} names the station. */
public class Open311Form {

    @FormParam("service_code")
    @NotNull
    public CaseCategory serviceCode;

    @FormParam("address_id")
    @NotNull
    @Schema(description = "The station (a station of the directory)")
    public UUID addressId;

    @FormParam("description")
    @NotBlank
    @Size(max = 4000)
    public String description;

    @FormParam("first_name")
    @Size(max = 25)
    public String firstName;

    @FormParam("last_name")
    @Size(max = 25)
    public String lastName;

    @FormParam("phone")
    @Size(max = 20)
    @Pattern(regexp = "^[0-9+\\- ]{3,20}$", message = "{masswork.phone}")
    public String phone;

    @FormParam("address_string")
    @Size(max = 200)
    public String addressString;

    @FormParam("account_id")
    @Schema(description = "The villager's account, if any")
    public UUID accountId;

    @FormParam("api_key")
    @Size(max = 100)
    @Schema(description = "Accepted and ignored: callers authenticate with their bearer token")
    public String apiKey;

    @FormParam("jurisdiction_id")
    @Size(max = 100)
    public String jurisdictionId;

    @FormParam("lat")
    @DecimalMin("-90")
    @DecimalMax("90")
    public Double lat;

    @FormParam("long")
    @DecimalMin("-180")
    @DecimalMax("180")
    public Double lon;

    @FormParam("email")
    @Size(max = 200)
    public String email;

    @FormParam("device_id")
    @Size(max = 100)
    public String deviceId;

    @FormParam("media_url")
    @Size(max = 500)
    public String mediaUrl;
}
