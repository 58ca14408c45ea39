package org.masswork.platform.privacy;

import jakarta.inject.Singleton;
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
@Singleton
public class EncryptedString implements AttributeConverter<String, String> {

    private final PersonalDataCipher cipher;

    EncryptedString(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
