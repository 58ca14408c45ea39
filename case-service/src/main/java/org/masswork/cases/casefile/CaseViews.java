package org.masswork.cases.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.masswork.platform.privacy.PersonalDataAudit;

/** Shows a case as the caller may see it: in full (and audited) to its handlers and its villager, masked to others. */
@ApplicationScoped
public class CaseViews {

    public static final String RESOURCE_TYPE = "Case";

    private final CaseAccess access;
    private final PersonalDataAudit audit;

    CaseViews(CaseAccess access, PersonalDataAudit audit) {
        this.access = access;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseView view(CaseFile file, String auditAction) {
        boolean full = access.seesPersonalData(file);
        if (full) {
            audit.record(RESOURCE_TYPE, file.id, auditAction);
        }
        return CaseView.of(file, !full);
    }
}
