package org.masswork.platform.privacy;

import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Builds the cipher and the hash from {@link PrivacyConfig}. A service that keeps personal data
 * ({@code masswork.privacy.required=true}) refuses to start without valid keys, naming what is missing;
 * the keys are read at start, not on the first request.
 */
@ApplicationScoped
public class PersonalDataKeys {

    private final PrivacyConfig config;

    PersonalDataKeys(PrivacyConfig config) {
        this.config = config;
    }

    void checkAtStart(@Observes StartupEvent start) {
        if (config.required()) {
            cipher();
            hash();
        }
    }

    /** Whether keys are configured at all; without them {@link #cipher()} fails. */
    public boolean configured() {
        return !config.keys().isEmpty();
    }

    /** Unremovable: the converter looks it up rather than having it injected. */
    @Produces
    @Singleton
    @Unremovable
    PersonalDataCipher produceCipher() {
        return cipher();
    }

    @Produces
    @Singleton
    PersonalDataHash produceHash() {
        return hash();
    }

    /** A cipher from the configuration, for code that is not injected (migrations look this bean up). */
    public PersonalDataCipher cipher() {
        String current = config.currentKey().orElseThrow(() -> new IllegalStateException(
                "masswork.privacy.current-key (MASSWORK_PRIVACY_CURRENT_KEY) is not set: the id of the key new personal data is written with"));
        return PersonalDataCipher.fromBase64(config.keys(), current);
    }

    public PersonalDataHash hash() {
        Optional<String> key = config.hashKey();
        if (key.isEmpty()) {
            throw new IllegalStateException("masswork.privacy.hash-key (MASSWORK_PRIVACY_HASH_KEY) is not set: the key of the"
                    + " exact-match hashes of personal data");
        }
        if (config.keys().containsValue(key.get())) {
            throw new IllegalStateException("masswork.privacy.hash-key must not be one of the encryption keys");
        }
        return PersonalDataHash.fromBase64(key.get());
    }
}
