package org.masswork.cadre.station;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.township.Township;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.cadre.village.Village;
import org.masswork.cadre.village.VillageRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class StationService {

    private final StationRepository stations;
    private final VillageRepository villages;
    private final TownshipRepository townships;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final WorkScope scope;

    StationService(StationRepository stations, VillageRepository villages, TownshipRepository townships,
                   IdempotentCreates idempotency, Outbox outbox, WorkScope scope) {
        this.scope = scope;
        this.stations = stations;
        this.villages = villages;
        this.townships = townships;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    /** Opens the one station of a village and announces it with {@link StationRegistered}. */
    @Transactional
    public StationView register(RegisterStationRequest request, String idempotencyKey) {
        return idempotency.once("register-station", idempotencyKey, request, StationView::id, this::get, () -> {
            Village village = villages.findByIdOptional(request.villageId()).filter(v -> v.countyId.equals(scope.county()))
                    .orElseThrow(() ->
                    new RuleViolationProblem("unknown-village", Text.of("没有村 " + request.villageId(), "No village " + request.villageId()), "villageId"));
            if (stations.existsForVillage(village.id)) {
                throw new ConflictProblem("station-exists-for-village", Text.of("村 " + village.code + " 已有工作站", "Village " + village.code + " already has its station"));
            }
            Township township = townships.get(village.townshipId);
            Station station = new Station();
            station.id = UUID.randomUUID();
            station.countyId = village.countyId;
            station.villageId = village.id;
            station.townshipId = village.townshipId;
            station.name = request.name().strip();
            station.address = request.address();
            station.markReceived(request.recordedAt());
            stations.persist(station);
            stations.flush();
            outbox.append(new StationRegistered(station.id, station.countyId, station.name, village.id, village.code, village.name,
                    village.kind.name(), village.type.name(), township.id, township.name));
            return StationView.of(station);
        });
    }

    @Transactional
    public StationView get(UUID id) {
        Station station = stations.get(id);
        scope.requireOwnCounty(StationRepository.STATION, id, station.countyId);
        return StationView.of(station);
    }

    /** The caller's county's stations. */
    @Transactional
    public Page<StationView> list(UUID townshipId, PageQuery page) {
        return Page.of(stations.search(scope.county(), townshipId), page, StationView::of);
    }
}
