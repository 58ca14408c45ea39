package org.masswork.gateway.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OAuth 2.0 token response (RFC 6749, section 5.1). */
public record IssuedToken(
        @Schema(description = "An RS256 JWT", maxLength = 8192) @JsonProperty("access_token") String accessToken,
        @Schema(enumeration = "Bearer") @JsonProperty("token_type") String tokenType,
        @Schema(description = "Seconds the token is valid", minimum = "1", maximum = "86400") @JsonProperty("expires_in") long expiresIn,
        @Schema(description = "The scopes granted, space-separated", maxLength = 2000) String scope) {
}
