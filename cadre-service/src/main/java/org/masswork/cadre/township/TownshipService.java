package org.masswork.cadre.township;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class TownshipService {

    private final TownshipRepository townships;
    private final IdempotentCreates idempotency;

    TownshipService(TownshipRepository townships, IdempotentCreates idempotency) {
        this.townships = townships;
        this.idempotency = idempotency;
    }

    @Transactional
    public TownshipView register(RegisterTownshipRequest request, String idempotencyKey) {
        return idempotency.once("register-township", idempotencyKey, request, TownshipView::id, this::get, () -> {
            if (townships.codeTaken(request.code())) {
                throw new ConflictProblem("township-code-taken", Text.of("编码为 " + request.code() + " 的乡镇已存在", "A township with code " + request.code() + " exists"));
            }
            Township township = new Township();
            township.id = UUID.randomUUID();
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
        return TownshipView.of(townships.get(id));
    }

    @Transactional
    public Page<TownshipView> list(PageQuery page) {
        return Page.of(townships.findAll(Sort.by("code")), page, TownshipView::of);
    }
}
