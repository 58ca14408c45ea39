package org.masswork.platform.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordingFile;
import org.eclipse.microprofile.jwt.Claims;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private final SignedTokens tokens = new SignedTokens();
    private final JWTAuthContextInfo verification = tokens.verification();
    private final TokenVerifier verifier = new TokenVerifier();

    @Test
    void shouldReadTheStandardClaimsAndTheProjectsOwnOfAVerifiedToken() throws Exception {
        JWTCallerPrincipal token = verifier.parse(tokens.cadre(), verification);

        assertThat(token.getSubject()).isEqualTo("cadre-1");
        assertThat(token.getGroups()).containsExactly("STATION_CADRE");
        assertThat(token.<Object>getClaim("county")).hasToString(SignedTokens.COUNTY);
        assertThat(token.<Object>getClaim("department")).isNull();
    }

    @Test
    void shouldReadAClaimOutsideTheStandardsListWithoutThrowingAnExceptionInside() throws Exception {
        JWTCallerPrincipal token = verifier.parse(tokens.cadre(), verification);

        List<String> thrown = exceptionsThrownWhile(() -> {
            for (int read = 0; read < 10; read++) {
                token.getClaim("county");
                token.getClaim("station");
            }
        });

        assertThat(thrown).isEmpty();
        assertThat(((TokenVerifier.VerifiedToken) token).getClaimType("county")).isEqualTo(Claims.UNKNOWN);
        assertThat(((TokenVerifier.VerifiedToken) token).getClaimType("sub")).isEqualTo(Claims.sub);
    }

    @Test
    void shouldKeepTheClaimsAloneWithoutTheTokensText() throws Exception {
        JWTCallerPrincipal token = verifier.parse(tokens.cadre(), verification);

        assertThat(token.getRawToken()).isNull();
        assertThat(token.<Object>getClaim(Claims.raw_token.name())).isNull();
        assertThat(token.getClaimNames()).contains("iss", "sub", "exp", "groups", "county", "station");
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey() throws Exception {
        String forged = SignedTokens.signed(SignedTokens.rsaKeys().getPrivate());

        assertThatThrownBy(() -> verifier.parse(forged, verification)).isInstanceOf(ParseException.class);
    }

    @Test
    void shouldRefuseATokenOfAnotherIssuer() throws Exception {
        JWTAuthContextInfo otherIssuer = new JWTAuthContextInfo(verification.getPublicVerificationKey(), "https://elsewhere.example");

        assertThatThrownBy(() -> verifier.parse(tokens.cadre(), otherIssuer)).isInstanceOf(ParseException.class);
    }

    /** The classes of the exceptions constructed while the work ran, as the JVM's flight recorder saw them. */
    private static List<String> exceptionsThrownWhile(Runnable work) throws Exception {
        Path file = Files.createTempFile("exceptions", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JavaExceptionThrow");
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
            return RecordingFile.readAllEvents(file).stream()
                    .map(event -> event.getClass("thrownClass").getName())
                    .toList();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
