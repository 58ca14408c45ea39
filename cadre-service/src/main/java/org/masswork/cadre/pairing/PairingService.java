package org.masswork.cadre.pairing;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.figures.FiguresGrouping;
import org.masswork.cadre.figures.FiguresScope;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.StationRepository;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.language.Text;
import org.masswork.platform.paging.FiguresRows;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.privacy.PersonalDataHash;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.problem.RuleViolationProblem;

/**
 * Sister pairs (organisation ↔ village branch) and brother pairs (official ↔ village party member). County
 * administrators pair anywhere, a township officer in their township's villages; the lists and figures are narrowed
 * to the caller's scope as the other lists are (a station's team: its village). The village party member's name is
 * shown in full only to those who work with that village's people ({@link WorkScope#seesPersonalDataOfVillage}).
 */
@ApplicationScoped
public class PairingService {

    private static final String FILTER = "countyId = :county and (:township is null or townshipId = :township)"
            + " and (:village is null or villageId = :village)";

    /** The figures' one query: a COUNTY row sums exactly the pairs its TOWNSHIP rows count, a PROVINCE row its COUNTY rows. */
    private static final String FIGURES = """
            with pairs as (
                select county_id, township_id, village_id, 1 as sister, 0 as brother from sister_pair
                union all
                select county_id, township_id, village_id, 0, 1 from brother_pair
            )
            select %s, coalesce(sum(p.sister), 0), coalesce(sum(p.brother), 0)
            from pairs p join township t on t.id = p.township_id
            where (cast(:county as uuid) is null or p.county_id = :county)
              and (cast(:township as uuid) is null or p.township_id = :township)
              and (cast(:village as uuid) is null or p.village_id = :village)
            %s
            """;

    private final SisterPairRepository sisterPairs;
    private final BrotherPairRepository brotherPairs;
    private final VillageRepository villages;
    private final CadreRepository cadres;
    private final StationRepository stations;
    private final IdempotentCreates idempotency;
    private final WorkScope scope;
    private final FiguresScope figuresScope;
    private final PersonalDataAudit audit;
    private final PersonalDataHash hash;
    private final EntityManager entityManager;
    private final CountyClock clock;

    PairingService(SisterPairRepository sisterPairs, BrotherPairRepository brotherPairs, VillageRepository villages,
                   CadreRepository cadres, StationRepository stations, IdempotentCreates idempotency, WorkScope scope,
                   FiguresScope figuresScope, PersonalDataAudit audit, PersonalDataHash hash, EntityManager entityManager, CountyClock clock) {
        this.sisterPairs = sisterPairs;
        this.brotherPairs = brotherPairs;
        this.villages = villages;
        this.cadres = cadres;
        this.stations = stations;
        this.idempotency = idempotency;
        this.scope = scope;
        this.figuresScope = figuresScope;
        this.audit = audit;
        this.hash = hash;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public SisterPairView pairSister(PairSisterRequest request, String idempotencyKey) {
        requireTownshipOf(request.villageId());
        return idempotency.once("pair-sister", idempotencyKey, request, SisterPairView::id, this::sisterPair, () -> {
            Village village = knownVillage(request.villageId());
            if (sisterPairs.count("partyOrganisation = ?1 and villageId = ?2", request.partyOrganisation().strip(), village.id) > 0) {
                throw new ConflictProblem("already-paired", Text.of("该单位已与该村结对", "This organisation is already paired with this village"));
            }
            SisterPair pair = new SisterPair();
            pair.id = UUID.randomUUID();
            pair.partyOrganisation = request.partyOrganisation().strip();
            pair.villageId = village.id;
            pair.countyId = village.countyId;
            pair.townshipId = village.townshipId;
            pair.pairedOn = request.pairedOn();
            pair.markReceived(request.recordedAt());
            sisterPairs.persistAndFlush(pair);
            return SisterPairView.of(pair);
        });
    }

    @Transactional
    public BrotherPairView pairBrothers(PairBrothersRequest request, String idempotencyKey) {
        requireTownshipOf(request.villageId());
        return idempotency.once("pair-brothers", idempotencyKey, request, BrotherPairView::id, this::brotherPair, () -> {
            Village village = knownVillage(request.villageId());
            Cadre cadre = cadres.findByIdOptional(request.cadreId()).filter(c -> c.countyId.equals(village.countyId)).orElseThrow(() ->
                    new RuleViolationProblem("unknown-cadre", Text.of("没有干部 " + request.cadreId(), "No cadre " + request.cadreId()), "cadreId"));
            if (!cadre.partyMember) {
                throw new RuleViolationProblem("not-a-party-member", Text.of("兄弟结对只在党员之间；该干部不是党员", "Brother pairs join party members; this cadre is not one"), "cadreId");
            }
            BrotherPair pair = new BrotherPair();
            pair.id = UUID.randomUUID();
            pair.cadreId = cadre.id;
            pair.villageMemberName = request.villageMemberName().strip();
            pair.villageMemberNameHash = hash.of(PersonalDataHash.Purpose.NAME, pair.villageMemberName);
            pair.villageId = village.id;
            pair.countyId = village.countyId;
            pair.townshipId = village.townshipId;
            pair.pairedOn = request.pairedOn();
            pair.markReceived(request.recordedAt());
            brotherPairs.persistAndFlush(pair);
            return view(pair, PersonalDataAudit.CREATE);
        });
    }

    @Transactional
    public Page<SisterPairView> sisterPairs(UUID townshipId, UUID villageId, PageQuery page) {
        return Page.of(sisterPairs.find(FILTER, Sort.by("pairedOn").and("id"), scoped(townshipId, villageId)), page,
                SisterPairView::of);
    }

    @Transactional
    public Page<BrotherPairView> brotherPairs(UUID townshipId, UUID villageId, PageQuery page) {
        return Page.of(brotherPairs.find(FILTER, Sort.by("pairedOn").and("id"), scoped(townshipId, villageId)), page,
                pair -> view(pair, PersonalDataAudit.READ));
    }

    /**
     * The pairs in the caller's scope now ({@link FiguresScope}): one PROVINCE row, one row per county (COUNTY: a
     * county's roles get their county's one), or one per township with a pair.
     */
    @Transactional
    public PairingFiguresReport figures(FiguresGrouping groupBy, UUID countyId, UUID townshipId) {
        groupBy.requireOneOf(FiguresGrouping.PROVINCE, FiguresGrouping.COUNTY, FiguresGrouping.TOWNSHIP);
        WorkScope.Area area = figuresScope.area(groupBy, countyId, null, townshipId);
        Parameters filters = area.countyId() == null ? Parameters.with("county", null).and("township", null).and("village", null)
                : narrowed(area, null);
        String[] grouping = switch (groupBy) {
            case TOWNSHIP -> new String[] {"t.county_id, t.id, t.name", "group by t.county_id, t.id, t.name, t.code order by t.code, t.id"};
            case COUNTY -> new String[] {"p.county_id, cast(null as uuid), cast(null as varchar)", "group by p.county_id"};
            default -> new String[] {"cast(:county as uuid), cast(null as uuid), cast(null as varchar)", ""};
        };
        Query query = entityManager.createNativeQuery(FIGURES.formatted(grouping[0], grouping[1]));
        filters.map().forEach(query::setParameter);
        List<PairingFigures> rows = FiguresRows.of(query).stream().map(row -> new PairingFigures((UUID) row[0], (UUID) row[1],
                (String) row[2], ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList();
        if (groupBy == FiguresGrouping.COUNTY) {
            Map<UUID, PairingFigures> counted = rows.stream().collect(Collectors.toMap(PairingFigures::countyId, r -> r));
            rows = figuresScope.countiesOf(area).stream()
                    .map(c -> counted.getOrDefault(c.id, new PairingFigures(c.id, null, null, 0, 0))).toList();
        }
        return new PairingFiguresReport(clock.nowInCounty(area.countyId()), groupBy, rows);
    }

    /** A pair read back for its creator replaying the create, if they still cover its township. */
    @Transactional
    SisterPairView sisterPair(UUID id) {
        SisterPair pair = sisterPairs.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("姐妹结对", "sister pair"), id));
        scope.caller().requireTownship(pair.countyId, pair.townshipId);
        return SisterPairView.of(pair);
    }

    @Transactional
    BrotherPairView brotherPair(UUID id) {
        BrotherPair pair = brotherPairs.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(Text.of("兄弟结对", "brother pair"), id));
        scope.caller().requireTownship(pair.countyId, pair.townshipId);
        return view(pair, PersonalDataAudit.READ);
    }

    private BrotherPairView view(BrotherPair pair, String auditAction) {
        boolean full = scope.seesPersonalDataOfVillage(pair.countyId, pair.villageId, pair.townshipId);
        if (full) {
            audit.record("BrotherPair", pair.id, auditAction);
        }
        return new BrotherPairView(pair.id, pair.cadreId, full ? pair.villageMemberName : Masking.name(pair.villageMemberName),
                !full, pair.villageId, pair.townshipId, pair.pairedOn);
    }

    private Village knownVillage(UUID villageId) {
        return villages.findByIdOptional(villageId).filter(v -> v.countyId.equals(scope.county())).orElseThrow(() ->
                new RuleViolationProblem("unknown-village", Text.of("没有村 " + villageId, "No village " + villageId), "villageId"));
    }

    /** A pairing is made in the caller's township (county administrators: anywhere); an unknown village is the rule's 422. */
    private void requireTownshipOf(UUID villageId) {
        villages.findByIdOptional(villageId).ifPresent(village -> scope.caller().requireTownship(village.countyId, village.townshipId));
    }

    /** The filters, narrowed to the caller's county and township or, for a station's team, its village. */
    private Parameters scoped(UUID townshipId, UUID villageId) {
        return narrowed(scope.area(null, townshipId), villageId);
    }

    private Parameters narrowed(WorkScope.Area area, UUID villageId) {
        UUID village = villageId;
        if (area.stationId() != null) {
            UUID own = stations.get(area.stationId()).villageId;
            if (villageId != null && !villageId.equals(own)) {
                throw new ForbiddenException();
            }
            village = own;
        }
        return Parameters.with("county", area.countyId()).and("township", area.townshipId()).and("village", village);
    }
}
