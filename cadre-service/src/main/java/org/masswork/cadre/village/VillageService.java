package org.masswork.cadre.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;

@ApplicationScoped
public class VillageService {

    private final VillageRepository villages;
    private final TownshipRepository townships;
    private final IdempotentCreates idempotency;

    VillageService(VillageRepository villages, TownshipRepository townships, IdempotentCreates idempotency) {
        this.villages = villages;
        this.townships = townships;
        this.idempotency = idempotency;
    }

    @Transactional
    public VillageView register(RegisterVillageRequest request, String idempotencyKey) {
        return idempotency.once("register-village", idempotencyKey, request, VillageView.class, () -> {
            if (townships.findByIdOptional(request.townshipId()).isEmpty()) {
                throw new RuleViolationProblem("unknown-township", "No township " + request.townshipId(), "townshipId");
            }
            if (villages.codeTaken(request.code())) {
                throw new ConflictProblem("village-code-taken", "A village with code " + request.code() + " exists");
            }
            Village village = new Village();
            village.id = UUID.randomUUID();
            village.townshipId = request.townshipId();
            village.code = request.code();
            village.name = request.name().strip();
            village.kind = request.kind();
            village.type = request.type();
            village.markReceived(request.recordedAt());
            villages.persist(village);
            villages.flush();
            return VillageView.of(village);
        });
    }

    @Transactional
    public VillageView get(UUID id) {
        return VillageView.of(villages.get(id));
    }

    @Transactional
    public Page<VillageView> list(UUID townshipId, VillageType type, PageQuery page) {
        return Page.of(villages.search(townshipId, type), page, VillageView::of);
    }
}
