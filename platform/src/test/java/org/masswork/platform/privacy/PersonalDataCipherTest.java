package org.masswork.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masswork.platform.privacy.PersonalDataCipher.PersonalDataCipherException;
import org.masswork.platform.privacy.PersonalDataHash.Purpose;

class PersonalDataCipherTest {

    private static final byte[] OLD = key();
    private static final byte[] NEW = key();

    @Test
    void shouldStoreAValueAsCiphertextWithTheCurrentKeyIdAndReadItBack() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", OLD), "k1");

        String stored = cipher.encrypt("城关镇东沟村三组12号 王秀英 13912345678");

        assertThat(stored).startsWith("v1:k1:").doesNotContain("王秀英").doesNotContain("13912345678");
        assertThat(PersonalDataCipher.isCiphertext(stored)).isTrue();
        assertThat(PersonalDataCipher.keyIdOf(stored)).isEqualTo("k1");
        assertThat(cipher.decrypt(stored)).isEqualTo("城关镇东沟村三组12号 王秀英 13912345678");
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void shouldGiveEveryValueItsOwnNonce() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", OLD), "k1");

        assertThat(cipher.encrypt("13912345678")).isNotEqualTo(cipher.encrypt("13912345678"));
    }

    @Test
    void shouldReadValuesOfAnOldKeyAfterTheCurrentKeyChanges() {
        String written = new PersonalDataCipher(Map.of("k1", OLD), "k1").encrypt("王秀英");
        PersonalDataCipher rotated = new PersonalDataCipher(Map.of("k1", OLD, "k2", NEW), "k2");

        assertThat(rotated.decrypt(written)).isEqualTo("王秀英");
        assertThat(rotated.encrypt("王秀英")).startsWith("v1:k2:");
    }

    @Test
    void shouldRejectATamperedValue() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", OLD), "k1");
        String stored = cipher.encrypt("王秀英");
        byte[] bytes = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
        bytes[bytes.length / 2] ^= 1;
        String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(PersonalDataCipherException.class)
                .hasMessageContaining("does not decrypt with key 'k1'").hasMessageContaining("altered")
                .message().doesNotContain("王秀英");
    }

    @Test
    void shouldRejectAValueMovedToAnotherKeyIdAndOneWrittenWithAnotherKey() {
        PersonalDataCipher both = new PersonalDataCipher(Map.of("k1", OLD, "k2", NEW), "k1");
        String stored = both.encrypt("王秀英");

        assertThatThrownBy(() -> both.decrypt(stored.replace("v1:k1:", "v1:k2:")))
                .isInstanceOf(PersonalDataCipherException.class).hasMessageContaining("'k2'");
        PersonalDataCipher otherKeySameId = new PersonalDataCipher(Map.of("k1", NEW), "k1");
        assertThatThrownBy(() -> otherKeySameId.decrypt(stored)).isInstanceOf(PersonalDataCipherException.class)
                .hasMessageContaining("not the one that wrote it");
    }

    @Test
    void shouldNameAnUnknownKeyIdAndTheSettingThatWouldSupplyIt() {
        String stored = new PersonalDataCipher(Map.of("old", OLD), "old").encrypt("王秀英");
        PersonalDataCipher withoutOld = new PersonalDataCipher(Map.of("k2", NEW), "k2");

        assertThatThrownBy(() -> withoutOld.decrypt(stored)).isInstanceOf(PersonalDataCipherException.class)
                .hasMessageContaining("key 'old' is not configured").hasMessageContaining("MASSWORK_PRIVACY_KEYS_OLD")
                .message().doesNotContain("王秀英");
    }

    @Test
    void shouldRefusePlainTextWhereCiphertextIsExpected() {
        PersonalDataCipher cipher = new PersonalDataCipher(Map.of("k1", OLD), "k1");

        assertThatThrownBy(() -> cipher.decrypt("王秀英")).isInstanceOf(PersonalDataCipherException.class)
                .message().doesNotContain("王秀英");
        assertThat(PersonalDataCipher.isCiphertext("v1:k1:not base64!")).isFalse();
    }

    @Test
    void shouldRefuseBadKeys() {
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of(), "k1")).hasMessageContaining("no personal data key");
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("k1", new byte[16]), "k1")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("K_1", OLD), "K_1")).hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new PersonalDataCipher(Map.of("k1", OLD), "k2")).hasMessageContaining("'k2' is not among");
        assertThatThrownBy(() -> PersonalDataCipher.fromBase64(Map.of("k1", "not base64!"), "k1")).hasMessageContaining("base64");
    }

    @Test
    void shouldHashNormalisedValuesWithTheKeyAndThePurpose() {
        PersonalDataHash hash = new PersonalDataHash(OLD);

        assertThat(hash.of(Purpose.PHONE, "+86 139-1234-5678")).isEqualTo(hash.of(Purpose.PHONE, "13912345678"))
                .matches("[0-9a-f]{64}");
        assertThat(hash.of(Purpose.NAME, " 王　建国 ")).isEqualTo(hash.of(Purpose.NAME, "王 建国"));
        assertThat(hash.of(Purpose.NAME, "13912345678")).isNotEqualTo(hash.of(Purpose.PHONE, "13912345678"));
        assertThat(new PersonalDataHash(NEW).of(Purpose.NAME, "王建国")).isNotEqualTo(hash.of(Purpose.NAME, "王建国"));
        assertThat(hash.of(Purpose.NAME, null)).isNull();
        assertThatThrownBy(() -> new PersonalDataHash(new byte[8])).hasMessageContaining("at least 32 bytes");
    }

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
