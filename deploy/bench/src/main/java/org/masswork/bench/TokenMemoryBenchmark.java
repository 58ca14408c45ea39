package org.masswork.bench;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.DefaultJWTTokenParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.platform.token.TokenMemory;
import org.masswork.platform.token.TokenVerifier;

/**
 * The heap a remembered bearer token takes in the gateway and in each service: {@code tokens} cadres' tokens, as the
 * station-day workload mints them, verified and remembered in {@link TokenMemory}, against the same tokens kept as
 * they were before 6ee8efe (smallrye-jwt's principal, the claims' JSON and the token's text, keyed by the text).
 * Heap in use after full collections, before and after. Needs only the local stack's keys (.local/keys).
 * Usage: deploy/bench/run.sh TokenMemoryBenchmark [tokens, default 8322: two station-day bursts over three counties]
 */
public final class TokenMemoryBenchmark {

    private TokenMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 8322;
        JWTAuthContextInfo verification = new JWTAuthContextInfo();
        verification.setPublicKeyContent(Files.readString(BenchTokens.root().resolve(".local/keys/jwt-public.pem")));
        verification.setIssuedBy("masswork-local");
        verification.setExpectedAudience(Set.of("masswork-api"));

        TokenVerifier verifier = new TokenVerifier();
        DefaultJWTTokenParser parser = new DefaultJWTTokenParser();
        // Signing and verifying keep about 10 MB of their own (keys, buffers) once used: not the tokens'.
        for (int i = 0; i < 100; i++) {
            String token = cadreToken();
            verifier.parse(token, verification);
            parser.parse(token, verification);
        }
        long before = heapInUse();
        TokenMemory memory = new TokenMemory();
        for (int i = 0; i < count; i++) {
            String token = cadreToken();
            memory.remember(token, verifier.parse(token, verification));
        }
        long remembered = heapInUse();
        System.out.printf("TokenMemory: %d tokens, %.1f MB, %d bytes a token%n", count,
                (remembered - before) / 1048576.0, (remembered - before) / count);

        Map<String, JsonWebToken> asBefore = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String token = cadreToken();
            asBefore.put(token, new DefaultJWTCallerPrincipal("JWT", parser.parse(token, verification).getJwtClaims()));
        }
        long keptAsBefore = heapInUse();
        System.out.printf("as before (text as key, whole principal): %d tokens, %.1f MB, %d bytes a token%n",
                asBefore.size(), (keptAsBefore - remembered) / 1048576.0, (keptAsBefore - remembered) / count);
        // The first memory is still counted in the second figure's baseline.
        Reference.reachabilityFence(memory);
    }

    private static String cadreToken() {
        return BenchTokens.cadre(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }

    private static long heapInUse() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
