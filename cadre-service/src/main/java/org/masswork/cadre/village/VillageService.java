package org.masswork.cadre.village;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class VillageService {

    private final VillageRepository villages;
    private final TownshipRepository townships;
    static final int MAX_HISTORY = 100;

    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final WorkScope scope;
    private final EntityManager entityManager;
    private final Event<VillageReclassified> reclassifications;

    VillageService(VillageRepository villages, TownshipRepository townships, IdempotentCreates idempotency, Outbox outbox,
                   WorkScope scope, EntityManager entityManager, Event<VillageReclassified> reclassifications) {
        this.villages = villages;
        this.townships = townships;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.scope = scope;
        this.entityManager = entityManager;
        this.reclassifications = reclassifications;
    }

    @Transactional
    public VillageView register(RegisterVillageRequest request, String idempotencyKey) {
        return idempotency.once("register-village", idempotencyKey, request, VillageView::id, this::get, () -> {
            UUID county = scope.county();
            if (!townships.inCounty(request.townshipId(), county)) {
                throw new RuleViolationProblem("unknown-township", Text.of("没有乡镇 " + request.townshipId(), "No township " + request.townshipId()), "townshipId");
            }
            if (villages.codeTaken(county, request.code())) {
                throw new ConflictProblem("village-code-taken", Text.of("编码为 " + request.code() + " 的村已存在", "A village with code " + request.code() + " exists"));
            }
            Village village = new Village();
            village.id = UUID.randomUUID();
            village.countyId = county;
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

    /**
     * Reclassifies a village and keeps the change in its history. Active assignments that no longer
     * follow the matching rule are marked as exceptions, so they show up in the report.
     */
    @Transactional
    public VillageView changeType(UUID villageId, ChangeVillageTypeRequest request) {
        Village village = villageOfCounty(villageId);
        if (village.version != request.version()) {
            throw new ConflictProblem("stale-version", Text.of("该村自版本 " + request.version() + " 以来已被修改，当前版本为 " + village.version, "The village changed since version " + request.version()
                    + "; it is now at " + village.version));
        }
        if (village.type == request.type()) {
            throw new ConflictProblem("same-type", Text.of("该村已是" + village.type.label(), "The village is already " + village.type));
        }
        VillageTypeChange change = new VillageTypeChange();
        change.id = UUID.randomUUID();
        change.villageId = village.id;
        change.countyId = village.countyId;
        change.fromType = village.type;
        change.toType = request.type();
        change.reason = request.reason().strip();
        change.changedBy = scope.caller().subject();
        change.changedAt = OffsetDateTime.now(ZoneOffset.UTC);
        village.type = request.type();
        entityManager.persist(change);
        reclassifications.fire(new VillageReclassified(village.id, change.fromType, change.toType));
        villages.flush();
        outbox.append(new VillageTypeChanged(village.id, village.countyId, village.townshipId, change.fromType.name(), change.toType.name()));
        return VillageView.of(village);
    }

    @Transactional
    public List<VillageTypeChangeView> typeHistory(UUID villageId) {
        villageOfCounty(villageId);
        return entityManager.createQuery("from VillageTypeChange where villageId = :village order by changedAt", VillageTypeChange.class)
                .setParameter("village", villageId).setMaxResults(MAX_HISTORY)
                .getResultStream().map(VillageTypeChangeView::of).toList();
    }

    @Transactional
    public VillageView get(UUID id) {
        return VillageView.of(villageOfCounty(id));
    }

    /** The caller's county's villages. */
    @Transactional
    public Page<VillageView> list(UUID townshipId, VillageType type, PageQuery page) {
        return Page.of(villages.search(scope.county(), townshipId, type), page, VillageView::of);
    }

    /** A village of the caller's county; another county's is a 404, as an unknown id. */
    private Village villageOfCounty(UUID id) {
        Village village = villages.get(id);
        scope.requireOwnCounty(VillageRepository.VILLAGE, id, village.countyId);
        return village;
    }
}
