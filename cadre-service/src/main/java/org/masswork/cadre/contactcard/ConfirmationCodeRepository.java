package org.masswork.cadre.contactcard;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ConfirmationCodeRepository implements PanacheRepositoryBase<ConfirmationCode, UUID> {

    public Optional<ConfirmationCode> byHash(UUID cardId, String codeHash) {
        return find("cardId = ?1 and codeHash = ?2", cardId, codeHash).firstResultOptional();
    }

    /** Marks the code used by the visit; false if it was used already (also by a request racing this one). */
    public boolean use(UUID codeId, UUID visitId, OffsetDateTime at) {
        return update("usedAt = ?1, visitId = ?2 where id = ?3 and usedAt is null", at, visitId, codeId) == 1;
    }

    /** Used codes per card. */
    public Map<UUID, Long> usedPerCard(Collection<UUID> cardIds) {
        Map<UUID, Long> used = new HashMap<>();
        if (cardIds.isEmpty()) {
            return used;
        }
        getEntityManager().createQuery("""
                        select c.cardId, count(c) from ConfirmationCode c
                        where c.cardId in :cards and c.usedAt is not null group by c.cardId""", Object[].class)
                .setParameter("cards", cardIds)
                .getResultList()
                .forEach(row -> used.put((UUID) row[0], (Long) row[1]));
        return used;
    }
}
