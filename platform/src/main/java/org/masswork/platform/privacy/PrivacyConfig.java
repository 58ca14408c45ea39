package org.masswork.platform.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of personal data at rest ({@code masswork.privacy.*}). In production they come from the
 * environment (a Kubernetes Secret): {@code MASSWORK_PRIVACY_KEYS_<ID>}, {@code MASSWORK_PRIVACY_CURRENT_KEY},
 * {@code MASSWORK_PRIVACY_HASH_KEY}. Nothing is committed; the local stack and the tests generate their own.
 */
@ConfigMapping(prefix = "masswork.privacy")
public interface PrivacyConfig {

    /**
     * Key id (1-16 lower-case letters or digits) → base64 of a 256-bit AES key. Every key that wrote a
     * stored value must stay until those values are re-encrypted with a newer one.
     */
    Map<String, String> keys();

    /** The id of the key new values are written with. */
    Optional<String> currentKey();

    /** Base64 of the HMAC-SHA256 key (at least 256 bits) of the exact-match hashes; never one of {@code keys}. */
    Optional<String> hashKey();

    /**
     * Whether this service keeps personal data, so must not start without its keys. A service without
     * personal data (evaluation-service) leaves it false and needs no keys.
     */
    @WithDefault("false")
    boolean required();
}
