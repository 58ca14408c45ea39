package org.masswork.gateway.token;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
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

/** OAuth 2.0 client credentials grant for county systems (RFC 6749, section 4.4). */
@Path(TokenResource.PATH)
@Tag(name = "Tokens")
public class TokenResource {

    static final String PATH = "/oauth/token";
    private static final String GRANT_TYPE = "client_credentials";
    private static final int MAX_CLIENT_ID = 100;
    private static final int MAX_SECRET = 200;
    private static final int MAX_SCOPE = 2000;

    private final SystemTokens tokens;

    TokenResource(SystemTokens tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueSystemToken",
            summary = "A short-lived SYSTEM token for a county system; client id and secret by HTTP Basic or in the form",
            description = "The token is for this API (aud), names the client (azp, client_id) and the scopes granted: those "
                    + "asked for in `scope` (space-separated), else all the client's. The gateway lets it do only the "
                    + "operations of those scopes.")
    @APIResponse(responseCode = "200", description = "The token",
            content = @Content(schema = @Schema(implementation = IssuedToken.class)))
    @APIResponse(responseCode = "400", description = "Not the client_credentials grant, a client id or secret too long, or a scope the client does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown client or wrong secret",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    // Open: the client proves who it is with its id and secret (RFC 6749, section 2.3.1), not with a token.
    @SecurityRequirementsSet
    public Response token(@FormParam("grant_type") @Schema(enumeration = GRANT_TYPE) String grantType,
                          @FormParam("client_id") @Schema(maxLength = MAX_CLIENT_ID) String clientId,
                          @FormParam("client_secret") @Schema(maxLength = MAX_SECRET) String clientSecret,
                          @FormParam("scope") @Schema(maxLength = MAX_SCOPE) String scope,
                          @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!GRANT_TYPE.equals(grantType)) {
            return Problem.of("unsupported-grant-type", Messages.INVALID_REQUEST, 400, Text.of("grant_type 须为 " + GRANT_TYPE,
                    "grant_type must be " + GRANT_TYPE), PATH, Language.current()).toResponse();
        }
        String[] basic = basicCredentials(authorization);
        String id = basic != null ? basic[0] : clientId;
        String secret = basic != null ? basic[1] : clientSecret;
        if (id != null && id.length() > MAX_CLIENT_ID || secret != null && secret.length() > MAX_SECRET
                || scope != null && scope.length() > MAX_SCOPE) {
            return Problem.of("invalid-request", Messages.INVALID_REQUEST, 400, Text.of("client_id 最多 " + MAX_CLIENT_ID
                    + " 个字符，client_secret 最多 " + MAX_SECRET + " 个，scope 最多 " + MAX_SCOPE + " 个", "client_id may have at most "
                    + MAX_CLIENT_ID + " characters, client_secret at most " + MAX_SECRET + ", scope at most " + MAX_SCOPE), PATH,
                    Language.current()).toResponse();
        }
        Optional<String> client = tokens.authenticate(id, secret);
        if (client.isEmpty()) {
            return Response.fromResponse(Problem.of("invalid-client", Text.of("未认证", "Unauthorized"), 401,
                    Text.of("未知客户端或密钥错误", "Unknown client or wrong secret"), PATH, Language.current()).toResponse())
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic").build();
        }
        Optional<Set<String>> granted = tokens.grant(client.get(), scope);
        if (granted.isEmpty()) {
            return Problem.of("invalid-scope", Messages.INVALID_REQUEST, 400, Text.of("scope 中有此客户端不具备的权限范围",
                    "scope names a scope this client does not have"), PATH, Language.current()).toResponse();
        }
        return Response.ok(tokens.issue(client.get(), granted.get())).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
