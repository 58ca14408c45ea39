package org.masswork.cadre.township;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.cadre.county.CountyRepository;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class TownshipService {

    private final TownshipRepository townships;
    private final IdempotentCreates idempotency;
    private final WorkScope scope;
    private final CountyRepository counties;

    TownshipService(TownshipRepository townships, IdempotentCreates idempotency, WorkScope scope, CountyRepository counties) {
        this.townships = townships;
        this.idempotency = idempotency;
        this.scope = scope;
        this.counties = counties;
    }

    @Transactional
    public TownshipView register(RegisterTownshipRequest request, String idempotencyKey) {
        return idempotency.once("register-township", idempotencyKey, request, TownshipView::id, this::get, () -> {
            UUID county = counties.get(scope.county()).id;
            if (townships.codeTaken(county, request.code())) {
                throw new ConflictProblem("township-code-taken", Text.of("编码为 " + request.code() + " 的乡镇已存在", "A township with code " + request.code() + " exists"));
            }
            Township township = new Township();
            township.id = UUID.randomUUID();
            township.countyId = county;
            township.code = request.code();
            township.name = request.name().strip();
            township.markReceived(request.recordedAt());
            townships.persist(township);
            townships.flush();
            return TownshipView.of(township);
        });
    }

    @Transactional
    public TownshipView get(UUID id) {
        Township township = townships.get(id);
        scope.requireOwnCounty(TownshipRepository.TOWNSHIP, id, township.countyId);
        return TownshipView.of(township);
    }

    /** The caller's county's townships. */
    @Transactional
    public Page<TownshipView> list(PageQuery page) {
        return Page.of(townships.find("countyId", Sort.by("code"), scope.county()), page, TownshipView::of);
    }
}
