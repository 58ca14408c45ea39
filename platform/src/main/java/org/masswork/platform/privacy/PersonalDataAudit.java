package org.masswork.platform.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.masswork.platform.persistence.InsertBatch;

/**
 * Records every time a caller is shown or given personal data in full. Call it where the decision to
 * unmask is made; masked views need no record. Runs in the caller's transaction, so a failed request
 * leaves no trace and an audited read cannot happen without its record.
 */
@RequestScoped
public class PersonalDataAudit {

    public static final String READ = "READ";
    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";

    private final JsonWebToken caller;
    private final InsertBatch inserts;

    PersonalDataAudit(JsonWebToken caller, InsertBatch inserts) {
        this.caller = caller;
        this.inserts = inserts;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String resourceType, UUID resourceId, String action) {
        PersonalDataAccess access = new PersonalDataAccess();
        access.accessedAt = OffsetDateTime.now(ZoneOffset.UTC);
        access.caller = caller.getName() == null ? "anonymous" : caller.getName();
        access.callerRoles = String.join(",", new TreeSet<>(caller.getGroups()));
        access.resourceType = resourceType;
        access.resourceId = resourceId;
        access.action = action;
        inserts.add(access);
    }
}
