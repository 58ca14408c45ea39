package org.masswork.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a token the local stack accepts, signed with its key in {@code .local/keys}.
 * Usage: {@code deploy/token.sh ROLE [claim=value ...]}, for example
 * {@code deploy/token.sh CADRE station=<uuid> township=<uuid> cadre=<uuid>}; typed values and the registered claims
 * ({@code sub}, {@code iat}, {@code exp}, {@code aud}, {@code groups}) as {@link TokenArguments} reads them, e.g.
 * {@code deploy/token.sh COUNTY_ADMIN exp=-1h} (expired) or {@code deploy/token.sh CADRE sub=cadre-2 station=<uuid>}.
 */
public final class LocalToken {

    /** Benchmarks mint a token per simulated user: the key file is read once, not per token. */
    private static final Map<Path, PrivateKey> KEYS = new ConcurrentHashMap<>();

    private LocalToken() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: deploy/token.sh ROLE [claim=value ...]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        if (!Files.isRegularFile(privateKey(root))) {
            System.err.println("no local key at " + privateKey(root) + ": start the local stack once (deploy/run-local.sh)");
            System.exit(1);
        }
        TokenArguments arguments;
        try {
            arguments = TokenArguments.parse(args[1], Arrays.asList(args).subList(2, args.length), Instant.now());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println(mint(root, arguments));
    }

    /** A token exactly as the arguments describe it, expired or for another audience if they say so. */
    public static String mint(Path root, TokenArguments arguments) {
        return arguments.sign(KEYS.computeIfAbsent(privateKey(root), Pem::readPrivateKey));
    }

    /** A token for one role and its scope claims, valid for a working day. */
    public static String mint(Path root, String role, Map<String, Object> claims) {
        return mint(root, String.valueOf(claims.getOrDefault("cadre", "local-" + role.toLowerCase())), role, claims);
    }

    /** The same with a chosen subject, e.g. a villager's account id. */
    public static String mint(Path root, String subject, String role, Map<String, Object> claims) {
        return TestTokens.mint(subject, Set.of(role), claims, TokenArguments.DEFAULT_LIFESPAN,
                KEYS.computeIfAbsent(privateKey(root), Pem::readPrivateKey));
    }

    private static Path privateKey(Path root) {
        return root.resolve(".local/keys").resolve(DevKeys.PRIVATE_KEY_FILE);
    }
}
