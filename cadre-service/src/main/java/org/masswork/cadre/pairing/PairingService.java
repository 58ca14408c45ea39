package org.masswork.cadre.pairing;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.privacy.PersonalDataHash;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;

/** Sister pairs (organisation ↔ village branch) and brother pairs (official ↔ village party member). */
@ApplicationScoped
public class PairingService {

    private static final String FILTER = "(:township is null or townshipId = :township) and (:village is null or villageId = :village)";

    private final SisterPairRepository sisterPairs;
    private final BrotherPairRepository brotherPairs;
    private final VillageRepository villages;
    private final CadreRepository cadres;
    private final IdempotentCreates idempotency;
    private final CallerScope scope;
    private final PersonalDataAudit audit;
    private final PersonalDataHash hash;

    PairingService(SisterPairRepository sisterPairs, BrotherPairRepository brotherPairs, VillageRepository villages,
                   CadreRepository cadres, IdempotentCreates idempotency, CallerScope scope, PersonalDataAudit audit,
                   PersonalDataHash hash) {
        this.sisterPairs = sisterPairs;
        this.brotherPairs = brotherPairs;
        this.villages = villages;
        this.cadres = cadres;
        this.idempotency = idempotency;
        this.scope = scope;
        this.audit = audit;
        this.hash = hash;
    }

    @Transactional
    public SisterPairView pairSister(PairSisterRequest request, String idempotencyKey) {
        return idempotency.once("pair-sister", idempotencyKey, request, SisterPairView.class, () -> {
            Village village = knownVillage(request.villageId());
            if (sisterPairs.count("partyOrganisation = ?1 and villageId = ?2", request.partyOrganisation().strip(), village.id) > 0) {
                throw new ConflictProblem("already-paired", "This organisation is already paired with this village");
            }
            SisterPair pair = new SisterPair();
            pair.id = UUID.randomUUID();
            pair.partyOrganisation = request.partyOrganisation().strip();
            pair.villageId = village.id;
            pair.townshipId = village.townshipId;
            pair.pairedOn = request.pairedOn();
            pair.markReceived(request.recordedAt());
            sisterPairs.persistAndFlush(pair);
            return SisterPairView.of(pair);
        });
    }

    @Transactional
    public BrotherPairView pairBrothers(PairBrothersRequest request, String idempotencyKey) {
        return idempotency.once("pair-brothers", idempotencyKey, request, BrotherPairView.class, () -> {
            Village village = knownVillage(request.villageId());
            Cadre cadre = cadres.findByIdOptional(request.cadreId()).orElseThrow(() ->
                    new RuleViolationProblem("unknown-cadre", "No cadre " + request.cadreId(), "cadreId"));
            if (!cadre.partyMember) {
                throw new RuleViolationProblem("not-a-party-member", "Brother pairs join party members; this cadre is not one", "cadreId");
            }
            BrotherPair pair = new BrotherPair();
            pair.id = UUID.randomUUID();
            pair.cadreId = cadre.id;
            pair.villageMemberName = request.villageMemberName().strip();
            pair.villageMemberNameHash = hash.of(PersonalDataHash.Purpose.NAME, pair.villageMemberName);
            pair.villageId = village.id;
            pair.townshipId = village.townshipId;
            pair.pairedOn = request.pairedOn();
            pair.markReceived(request.recordedAt());
            brotherPairs.persistAndFlush(pair);
            return view(pair, PersonalDataAudit.CREATE);
        });
    }

    @Transactional
    public Page<SisterPairView> sisterPairs(UUID townshipId, UUID villageId, PageQuery page) {
        return Page.of(sisterPairs.find(FILTER, Sort.by("pairedOn").and("id"), filter(townshipId, villageId)), page,
                SisterPairView::of);
    }

    @Transactional
    public Page<BrotherPairView> brotherPairs(UUID townshipId, UUID villageId, PageQuery page) {
        return Page.of(brotherPairs.find(FILTER, Sort.by("pairedOn").and("id"), filter(townshipId, villageId)), page,
                pair -> view(pair, PersonalDataAudit.READ));
    }

    @Transactional
    public PairingFigures figures(UUID townshipId) {
        Parameters township = Parameters.with("township", townshipId);
        return new PairingFigures(sisterPairs.count("(:township is null or townshipId = :township)", township),
                brotherPairs.count("(:township is null or townshipId = :township)", township));
    }

    private BrotherPairView view(BrotherPair pair, String auditAction) {
        boolean full = scope.coversTownship(pair.townshipId);
        if (full) {
            audit.record("BrotherPair", pair.id, auditAction);
        }
        return new BrotherPairView(pair.id, pair.cadreId, full ? pair.villageMemberName : Masking.name(pair.villageMemberName),
                !full, pair.villageId, pair.townshipId, pair.pairedOn);
    }

    private Village knownVillage(UUID villageId) {
        return villages.findByIdOptional(villageId).orElseThrow(() ->
                new RuleViolationProblem("unknown-village", "No village " + villageId, "villageId"));
    }

    private static Parameters filter(UUID townshipId, UUID villageId) {
        return Parameters.with("township", townshipId).and("village", villageId);
    }
}
