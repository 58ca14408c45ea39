package org.masswork.cadre.contactcard;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class ContactCardRepository implements PanacheRepositoryBase<ContactCard, UUID> {

    public ContactCard get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("联系卡", "contact card"), id));
    }

    public Optional<ContactCard> current(UUID householdId) {
        return find("householdId = ?1 and current = true", householdId).firstResultOptional();
    }

    public List<ContactCard> currentOf(Collection<UUID> householdIds) {
        return householdIds.isEmpty() ? List.of() : list("householdId in ?1 and current = true", householdIds);
    }

    /** Households of the village holding a card. */
    public long countCovered(UUID villageId) {
        return count("villageId = ?1 and current = true", villageId);
    }

    /** Cards issued in the village, re-issues included. */
    public long countIssued(UUID villageId) {
        return count("villageId", villageId);
    }

    /** Households of the village whose card shows another team than the one with this signature. */
    public long countOutdated(UUID villageId, String teamSignature) {
        return count("villageId = ?1 and current = true and teamSignature <> ?2", villageId, teamSignature);
    }

    /** The household's current card is superseded; runs at once, before the new card is inserted. */
    public void retireCurrent(UUID householdId) {
        update("current = false where householdId = ?1 and current = true", householdId);
    }

    /** Counts a wrong code against the card; a bulk update, so it does not touch the card's version. */
    public void countFailedAttempt(UUID cardId) {
        update("failedCodeAttempts = failedCodeAttempts + 1 where id = ?1", cardId);
    }
}
