package org.masswork.gateway.token;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.masswork.gateway.problem.Messages;
import org.masswork.platform.language.Language;
import org.masswork.platform.language.Text;
import org.masswork.platform.problem.Problem;

/**
 * The public key of the gateway's SYSTEM tokens as a JWK Set (RFC 7517), for whoever verifies them: a service
 * configured with {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION=http://gateway:8080/oauth/jwks}, or a JWKS file that also
 * holds the identity provider's keys.
 */
@Path(JwksResource.PATH)
@Tag(name = "Tokens")
public class JwksResource {

    static final String PATH = "/oauth/jwks";

    private final LocalIssuer issuer;

    JwksResource(LocalIssuer issuer) {
        this.issuer = issuer;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getJwks", summary = "The public key that verifies the SYSTEM tokens this gateway signs (JWK Set)")
    @APIResponse(responseCode = "200", description = "The JWK Set",
            content = @Content(schema = @Schema(implementation = JwkSet.class)))
    @APIResponse(responseCode = "404", description = "This gateway signs no tokens (no signing key configured)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // Open: public keys.
    @SecurityRequirementsSet
    public Response keys() {
        if (!issuer.configured()) {
            return Problem.of("no-local-issuer", Messages.NOT_FOUND, 404, Text.of("此网关不签发令牌", "This gateway signs no tokens"),
                    PATH, Language.current()).toResponse();
        }
        return Response.ok(new JwkSet(List.of(issuer.jwk()))).header(HttpHeaders.CACHE_CONTROL, "max-age=300").build();
    }

    /** A JWK Set: RSA public keys. */
    public record JwkSet(@Schema(maxItems = 10) List<Jwk> keys) {
    }

    /** An RSA public key (RFC 7517, 7518): modulus {@code n} and exponent {@code e}, base64url. */
    public record Jwk(@Schema(enumeration = "RSA") String kty, @Schema(enumeration = "sig") String use,
                      @Schema(enumeration = "RS256") String alg, @Schema(maxLength = 100) String kid,
                      @Schema(maxLength = 1400) String n, @Schema(maxLength = 20) String e) {
    }
}
