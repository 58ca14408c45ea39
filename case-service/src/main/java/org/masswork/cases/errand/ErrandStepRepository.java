package org.masswork.cases.errand;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ErrandStepRepository implements PanacheRepositoryBase<ErrandStep, UUID> {

    /** An errand has a handful of steps; capped so a runaway list cannot grow a response without bound. */
    public List<ErrandStep> ofCase(UUID caseId) {
        return find("caseId", Sort.by("doneAt").and("id"), caseId).page(0, ErrandView.MAX_STEPS).list();
    }
}
