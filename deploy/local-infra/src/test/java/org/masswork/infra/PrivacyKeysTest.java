package org.masswork.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyKeysTest {

    @Test
    void shouldWriteOneKeySetOnlyReadableByItsOwnerAndKeepIt(@TempDir Path dir) throws IOException {
        PrivacyKeys.ensure(dir);
        Map<String, String> first = PrivacyKeys.read(dir);
        PrivacyKeys.ensure(dir);

        assertEquals(first, PrivacyKeys.read(dir));
        assertEquals("local1", first.get("masswork.privacy.current-key"));
        assertEquals(32, Base64.getDecoder().decode(first.get("masswork.privacy.keys.local1")).length);
        assertEquals(32, Base64.getDecoder().decode(first.get("masswork.privacy.hash-key")).length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(PrivacyKeys.FILE))));
    }

    @Test
    void shouldNameTheEnvironmentVariablesAsTheServicesReadThem() {
        Map<String, String> env = PrivacyKeys.environment(PrivacyKeys.generate("old", "k2"));

        assertEquals("k2", env.get("MASSWORK_PRIVACY_CURRENT_KEY"));
        assertTrue(env.containsKey("MASSWORK_PRIVACY_KEYS_OLD"), env.keySet().toString());
        assertTrue(env.containsKey("MASSWORK_PRIVACY_KEYS_K2"), env.keySet().toString());
        assertTrue(env.containsKey("MASSWORK_PRIVACY_HASH_KEY"), env.keySet().toString());
        assertEquals(4, env.size());
    }
}
