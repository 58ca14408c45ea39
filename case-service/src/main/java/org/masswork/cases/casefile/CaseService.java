package org.masswork.cases.casefile;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.masswork.cases.deadline.DeadlineService;
import org.masswork.cases.lifecycle.CaseAction;
import org.masswork.cases.lifecycle.CaseStateMachine;
import org.masswork.cases.lifecycle.CaseSteps;
import org.masswork.cases.petition.PetitionService;
import org.masswork.cases.station.KnownStation;
import org.masswork.cases.station.KnownStationRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.idempotency.ReplayedOnConflict;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.persistence.InsertBatch;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.Role;
import org.masswork.platform.time.ClientTime;
import org.masswork.platform.language.Text;

/** Intake of cases at a station, reading them, and the searches and work lists over them. */
@ApplicationScoped
public class CaseService {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.RECEIVED, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS);

    private final CaseFileRepository cases;
    private final KnownStationRepository stations;
    private final CaseAccess access;
    private final CaseViews views;
    private final CaseSteps steps;
    private final DeadlineService deadlines;
    private final PetitionService petitions;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final InsertBatch inserts;

    CaseService(CaseFileRepository cases, KnownStationRepository stations, CaseAccess access, CaseViews views,
                CaseSteps steps, DeadlineService deadlines, PetitionService petitions, IdempotentCreates idempotency,
                Outbox outbox, InsertBatch inserts) {
        this.cases = cases;
        this.stations = stations;
        this.access = access;
        this.views = views;
        this.steps = steps;
        this.deadlines = deadlines;
        this.petitions = petitions;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.inserts = inserts;
    }

    /**
     * Files a case at a station; errands and petitions only with the villager's recorded consent. The case and all
     * that comes with it (first deadline, timeline entry, petition, event, audit, idempotency record) are new rows
     * written in one statement by the {@link InsertBatch} at the commit.
     */
    @Transactional
    @ReplayedOnConflict
    public CaseView open(OpenCaseRequest request, String idempotencyKey) {
        return idempotency.once("open-case", idempotencyKey, request, CaseView::id, this::get, () -> {
            KnownStation station = stations.findKnown(request.stationId()).orElseThrow(() ->
                    new RuleViolationProblem("unknown-station", Text.of("工作站名录中没有工作站 " + request.stationId(), "No station " + request.stationId() + " in the station directory"),
                            "stationId"));
            access.requireMayOpenAt(station);
            checkKindRules(request);

            CaseFile file = new CaseFile();
            file.id = UUID.randomUUID();
            file.markReceived(request.recordedAt());
            file.kind = request.kind();
            file.channel = request.channel();
            file.category = request.category();
            file.status = CaseStateMachine.initial();
            file.level = EscalationLevel.STATION;
            file.stationId = station.stationId;
            file.villageId = station.villageId;
            file.townshipId = station.townshipId;
            file.countyId = station.countyId;
            file.villagerId = villagerId(request.villager());
            file.villagerName = request.villager().name().strip();
            file.villagerPhone = request.villager().phone();
            file.villagerAddress = request.villager().address();
            file.visitId = request.visitId();
            file.concernsCadreId = request.concernsCadreId();
            file.description = request.description().strip();
            file.openedBy = access.actor();
            if (request.consent() != null) {
                file.consentGivenBy = request.consent().givenBy().strip();
                file.consentGivenAt = consentTime(request.consent().givenAt(), file.receivedAt);
                file.consentEntrusted = request.consent().entrusted().strip();
                file.consentRecordedBy = access.actor();
            }
            inserts.add(file);
            steps.record(file, CaseAction.OPEN, null, null, null, null);
            deadlines.openAtIntake(file, request.errandDueAt());
            // A villager filing for themselves is named by their role: events never identify the villager.
            outbox.append(new CaseOpened(file.facts(file.recordedAt), file.channel, file.level, file.visitId,
                    access.isVillager() ? Role.VILLAGER : file.openedBy));
            if (file.kind == CaseKind.PETITION) {
                petitions.file(file, request.petitionMode());
            }
            return views.view(file, PersonalDataAudit.CREATE);
        });
    }

    @Transactional
    public CaseView get(UUID id) {
        return views.view(access.requireVisible(cases.get(id)), PersonalDataAudit.READ);
    }

    @Transactional
    public Page<CaseSummaryView> search(CaseFilter filter, PageQuery page) {
        if (filter.from != null && filter.to != null && !filter.from.isBefore(filter.to)) {
            throw new InvalidInputProblem("to", Text.of("须晚于 from", "must be after from"));
        }
        CaseQuery query = filter.toQuery();
        access.restrictCases(query);
        return Page.of(cases.search(query, Sort.descending("recordedAt").and("id")), page, CaseSummaryView::of);
    }

    /** A cadre's work list: the open cases of their station, the nearest due date first. */
    @Transactional
    public Page<CaseSummaryView> openAtMyStation(PageQuery page) {
        UUID station = access.station().orElseThrow(ForbiddenException::new);
        CaseQuery query = new CaseQuery().and("stationId = :station", "station", station)
                .and("status in :open", "open", OPEN);
        access.restrictCases(query);
        return Page.of(cases.search(query, Sort.ascending("dueAt").and("id")), page, CaseSummaryView::of);
    }

    /** A township officer's work list: open cases of the township that were escalated above the station. */
    @Transactional
    public Page<CaseSummaryView> escalatedToMyTownship(PageQuery page) {
        UUID township = access.township().orElseThrow(ForbiddenException::new);
        CaseQuery query = new CaseQuery().and("countyId = :county", "county", access.county())
                .and("townshipId = :township", "township", township)
                .and("level <> :station", "station", EscalationLevel.STATION)
                .and("status in :open", "open", OPEN);
        return Page.of(cases.search(query, Sort.ascending("dueAt").and("id")), page, CaseSummaryView::of);
    }

    private static void checkKindRules(OpenCaseRequest request) {
        boolean byProxy = request.kind() == CaseKind.ERRAND || request.kind() == CaseKind.PETITION;
        if (byProxy && request.consent() == null) {
            throw new RuleViolationProblem("consent-required",
                    Text.of("代办或代理信访须记录群众的同意", "An errand or petition by proxy needs the villager's recorded consent"), "consent");
        }
        if ((request.kind() == CaseKind.PETITION) != (request.petitionMode() != null)) {
            throw new RuleViolationProblem("petition-mode", Text.of("信访须有 petitionMode，且只有信访才有", "A petition needs a petitionMode, and only a petition has one"),
                    "petitionMode");
        }
        if (request.concernsCadreId() != null && request.kind() != CaseKind.PETITION) {
            throw new RuleViolationProblem("concerns-only-petitions", Text.of("只有信访才注明所涉干部", "Only a petition names the cadre it is about"),
                    "concernsCadreId");
        }
        if (request.errandDueAt() != null && request.kind() != CaseKind.ERRAND) {
            throw new RuleViolationProblem("errand-due-only-for-errands", Text.of("只有代办事项才有 errandDueAt", "Only an errand has an errandDueAt"), "errandDueAt");
        }
    }

    /** A villager files for themselves; others may name the villager's account. */
    private UUID villagerId(OpenCaseRequest.VillagerInput villager) {
        if (!access.isVillager()) {
            return villager.id();
        }
        UUID own = access.villagerId().orElseThrow(ForbiddenException::new);
        if (villager.id() != null && !villager.id().equals(own)) {
            throw new ForbiddenException();
        }
        return own;
    }

    private static OffsetDateTime consentTime(OffsetDateTime givenAt, OffsetDateTime receivedAt) {
        try {
            return ClientTime.recordedAt(givenAt, receivedAt);
        } catch (InvalidInputProblem e) {
            throw new InvalidInputProblem("consent.givenAt", Text.of("不得晚于当前时间", "must not be in the future"));
        }
    }
}
