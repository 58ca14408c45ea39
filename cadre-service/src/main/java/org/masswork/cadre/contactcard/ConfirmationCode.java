package org.masswork.cadre.contactcard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One one-time code of a card, kept only as a salted hash; used once, by one visit. */
@Entity
@Table(name = "confirmation_code")
public class ConfirmationCode extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "card_id", nullable = false)
    public UUID cardId;

    @Column(name = "code_hash", nullable = false)
    public String codeHash;

    @Column(name = "used_at")
    public OffsetDateTime usedAt;

    @Column(name = "visit_id")
    public UUID visitId;
}
