package org.masswork.platform.privacy;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a personal data attribute encrypted ({@link PersonalDataCipher}) and reads it back in plain text:
 * {@code @Convert(converter = EncryptedString.class)} on the field, and a {@code text} column of the
 * {@code personal_ciphertext} domain, which refuses anything but ciphertext. The entity holds the plain
 * value, so masking, views and rules are unchanged; a query cannot compare or sort by such a column
 * (every value has its own nonce): exact matches use a {@link PersonalDataHash} column beside it.
 */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {

    /**
     * Looked up on first use, not injected: Quarkus builds Hibernate's metadata, converters included, before
     * the runtime configuration with the keys exists.
     */
    private volatile PersonalDataCipher cipher;

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher().encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher().decrypt(stored);
    }

    private PersonalDataCipher cipher() {
        PersonalDataCipher current = cipher;
        if (current == null) {
            current = Arc.container().instance(PersonalDataCipher.class).get();
            cipher = current;
        }
        return current;
    }
}
