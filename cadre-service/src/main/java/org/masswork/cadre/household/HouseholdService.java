package org.masswork.cadre.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.station.Station;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class HouseholdService {

    static final String RESOURCE = "Household";
    private static final Text RESOURCE_NAME = Text.of("农户", "household");

    private final HouseholdRepository households;
    private final WorkScope scope;
    private final PersonalDataAudit audit;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;

    HouseholdService(HouseholdRepository households, WorkScope scope, PersonalDataAudit audit, IdempotentCreates idempotency,
                     Outbox outbox) {
        this.households = households;
        this.scope = scope;
        this.audit = audit;
        this.idempotency = idempotency;
        this.outbox = outbox;
    }

    @Transactional
    public HouseholdView register(RegisterHouseholdRequest request, String idempotencyKey) {
        return idempotency.once("register-household", idempotencyKey, request, HouseholdView::id, this::get, () -> {
            Station station = scope.stationOfVillage(request.villageId());
            Household household = new Household();
            household.id = UUID.randomUUID();
            household.countyId = station.countyId;
            household.villageId = station.villageId;
            household.stationId = station.id;
            household.townshipId = station.townshipId;
            apply(household, request.headName(), request.address(), request.phone(), request.memberCount(), request.tags());
            household.markReceived(request.recordedAt());
            households.persist(household);
            households.flush();
            outbox.append(new HouseholdRegistered(household.id, household.countyId, household.villageId, household.stationId, household.townshipId));
            return view(household, PersonalDataAudit.CREATE);
        });
    }

    @Transactional
    public HouseholdView get(UUID id) {
        Household household = households.get(id);
        scope.requireVisible(RESOURCE_NAME, id, household.countyId, household.stationId, household.townshipId);
        return view(household, PersonalDataAudit.READ);
    }

    /** Households of a station, or of a village (its station), optionally only the key households with a tag. */
    @Transactional
    public Page<HouseholdView> list(UUID stationId, UUID villageId, HouseholdTag tag, PageQuery page) {
        UUID station = villageId != null ? scope.stationOfVillage(villageId).id : scope.station(requireFilter(stationId)).id;
        if (stationId != null && !stationId.equals(station)) {
            throw new InvalidInputProblem("stationId", Text.of("不是所给村的工作站", "is not the station of the village given"));
        }
        return Page.of(households.search(station, villageId, tag), page, h -> view(h, PersonalDataAudit.READ));
    }

    @Transactional
    public HouseholdView update(UUID id, UpdateHouseholdRequest request) {
        Household household = households.get(id);
        scope.requireVisible(RESOURCE_NAME, id, household.countyId, household.stationId, household.townshipId);
        if (household.version != request.version()) {
            throw new ConflictProblem("stale-version", Text.of("农户 " + id + " 当前版本为 " + household.version + "，而非 " + request.version() + "；请重新加载后再修改", "Household " + id + " is at version " + household.version
                    + ", not " + request.version() + "; reload it and apply the change again"));
        }
        apply(household, request.headName(), request.address(), request.phone(), request.memberCount(), request.tags());
        households.flush();
        return view(household, PersonalDataAudit.UPDATE);
    }

    private static void apply(Household household, String headName, String address, String phone, int memberCount,
                              Set<HouseholdTag> tags) {
        household.headName = headName.strip();
        household.address = address.strip();
        household.phone = phone == null || phone.isBlank() ? null : phone.strip();
        household.memberCount = memberCount;
        Set<HouseholdTag> wanted = tags == null || tags.isEmpty() ? EnumSet.noneOf(HouseholdTag.class) : EnumSet.copyOf(tags);
        household.tags.retainAll(wanted);
        household.tags.addAll(wanted);
    }

    private HouseholdView view(Household household, String action) {
        if (!scope.seesPersonalData(household.countyId, household.stationId, household.townshipId)) {
            return HouseholdView.masked(household);
        }
        audit.record(RESOURCE, household.id, action);
        return HouseholdView.full(household);
    }

    private static UUID requireFilter(UUID stationId) {
        if (stationId == null) {
            throw new InvalidInputProblem("stationId", Text.of("须给出 stationId 或 villageId", "give a stationId or a villageId"));
        }
        return stationId;
    }
}
