package org.masswork.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Prints a token the local stack accepts, signed with its key in {@code .local/keys}.
 * Usage: {@code deploy/token.sh ROLE [claim=value ...]}, for example
 * {@code deploy/token.sh CADRE station=<uuid> township=<uuid> cadre=<uuid>}.
 */
public final class LocalToken {

    private LocalToken() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: deploy/token.sh ROLE [claim=value ...]");
            System.exit(2);
        }
        Path privateKey = Path.of(args[0]).resolve(".local/keys").resolve(DevKeys.PRIVATE_KEY_FILE);
        if (!Files.isRegularFile(privateKey)) {
            System.err.println("no local key at " + privateKey + ": start the local stack once (deploy/run-local.sh)");
            System.exit(1);
        }
        String role = args[1];
        Map<String, Object> claims = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] claim = args[i].split("=", 2);
            if (claim.length != 2) {
                System.err.println("claims are name=value, got: " + args[i]);
                System.exit(2);
            }
            claims.put(claim[0], claim[1]);
        }
        String subject = String.valueOf(claims.getOrDefault("cadre", "local-" + role.toLowerCase()));
        System.out.println(TestTokens.mint(subject, Set.of(role), claims, Duration.ofHours(8), Pem.readPrivateKey(privateKey)));
    }
}
