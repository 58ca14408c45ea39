package org.masswork.risk.opinion;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.masswork.platform.privacy.EncryptedString;

/**
 * Someone who took part in a meeting: personal data, masked outside the owning department and county roles; name and
 * phone are stored encrypted.
 */
@Embeddable
public class Participant {

    @Column(nullable = false)
    @Convert(converter = EncryptedString.class)
    public String name;

    @Convert(converter = EncryptedString.class)
    public String phone;

    @Column(name = "village_id")
    public UUID villageId;
}
