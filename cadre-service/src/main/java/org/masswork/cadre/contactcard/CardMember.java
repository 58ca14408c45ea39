package org.masswork.cadre.contactcard;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.masswork.platform.privacy.EncryptedString;

/** A cadre as printed on a contact card when it was issued: who to call. The phone is stored encrypted. */
@Embeddable
public class CardMember {

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(nullable = false)
    public String name;

    @Convert(converter = EncryptedString.class)
    public String phone;

    @Column(nullable = false)
    public boolean leader;

    @Column(nullable = false)
    public int position;
}
