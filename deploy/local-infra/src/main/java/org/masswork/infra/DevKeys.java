package org.masswork.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/** The local stack's JWT signing key pair, kept across runs. */
public final class DevKeys {

    public static final String PRIVATE_KEY_FILE = "jwt-private.pem";
    public static final String PUBLIC_KEY_FILE = "jwt-public.pem";

    private DevKeys() {
    }

    /** Writes {@code jwt-private.pem} and {@code jwt-public.pem} into {@code dir} unless both exist. */
    public static void ensure(Path dir) {
        Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
        Path publicKey = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.isRegularFile(privateKey) && Files.isRegularFile(publicKey)) {
            return;
        }
        KeyPair pair = Pem.newRsaKeyPair();
        Pem.writePrivateKey(privateKey, pair.getPrivate());
        Pem.writePublicKey(publicKey, pair.getPublic());
    }
}
