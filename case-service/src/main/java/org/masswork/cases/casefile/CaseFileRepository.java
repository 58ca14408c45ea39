package org.masswork.cases.casefile;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class CaseFileRepository implements PanacheRepositoryBase<CaseFile, UUID> {

    public CaseFile get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("诉求", "case"), id));
    }

    /** For a change: locked, so two changes of one case run one after the other and the second sees the first. */
    public CaseFile getForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElseThrow(() -> new NotFoundProblem(Text.of("诉求", "case"), id));
    }

    /** The station's cases in one of {@code statuses} that the cadre is in charge of, locked, oldest first. */
    public List<CaseFile> handledAtForUpdate(UUID stationId, UUID cadreId, Collection<CaseStatus> statuses) {
        return find("stationId = ?1 and handlerCadreId = ?2 and status in ?3 order by recordedAt, id", stationId, cadreId, statuses)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public PanacheQuery<CaseFile> search(CaseQuery query, Sort sort) {
        return find(query.where(), sort, query.parameters());
    }
}
