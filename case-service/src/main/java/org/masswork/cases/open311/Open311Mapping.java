package org.masswork.cases.open311;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.masswork.cases.casefile.CaseAccess;
import org.masswork.cases.casefile.CaseCategory;
import org.masswork.cases.casefile.CaseChannel;
import org.masswork.cases.casefile.CaseFile;
import org.masswork.cases.casefile.CaseFileRepository;
import org.masswork.cases.casefile.CaseKind;
import org.masswork.cases.casefile.CaseQuery;
import org.masswork.cases.casefile.CaseService;
import org.masswork.cases.casefile.CaseStatus;
import org.masswork.cases.casefile.CaseView;
import org.masswork.cases.casefile.OpenCaseRequest;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.problem.NotFoundProblem;
import org.masswork.platform.language.Text;

/**
 * Open311 GeoReport v2 over cases: services are the categories, requests are cases of other county
 * systems' kind PROBLEM, "open" while received, accepted or in progress. Nothing personal is returned.
 */
@ApplicationScoped
public class Open311Mapping {

    static final int MAX_REQUESTS = 100;
    private static final List<CaseStatus> OPEN = List.of(CaseStatus.RECEIVED, CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS);
    private static final List<CaseStatus> CLOSED = List.of(CaseStatus.RESOLVED, CaseStatus.CLOSED, CaseStatus.NOT_ACCEPTED);
    private static final String ANONYMOUS = "匿名";

    private final CaseService cases;
    private final CaseFileRepository repository;
    private final CaseAccess access;

    Open311Mapping(CaseService cases, CaseFileRepository repository, CaseAccess access) {
        this.cases = cases;
        this.repository = repository;
        this.access = access;
    }

    public List<Open311Service> services() {
        return Arrays.stream(CaseCategory.values())
                .map(c -> new Open311Service(c.name(), c.displayLabel(), c.displayLabel(), false, "realtime", c.displayLabel(), "群众诉求"))
                .toList();
    }

    @Transactional
    public Open311Created open(Open311Form form, String idempotencyKey) {
        String name = Stream.of(form.lastName, form.firstName).filter(s -> s != null && !s.isBlank())
                .reduce("", String::concat).strip();
        OpenCaseRequest request = new OpenCaseRequest(CaseKind.PROBLEM, CaseChannel.COUNTY_SYSTEM, form.serviceCode,
                form.addressId, new OpenCaseRequest.VillagerInput(form.accountId, name.isEmpty() ? ANONYMOUS : name,
                        form.phone, form.addressString),
                null, form.description, null, null, null, null, null);
        CaseView created = cases.open(request, idempotencyKey);
        return new Open311Created(created.id().toString(), null, form.accountId == null ? null : form.accountId.toString());
    }

    @Transactional
    public List<Open311Request> requests(String serviceRequestIds, CaseCategory serviceCode, OffsetDateTime start,
                                         OffsetDateTime end, String status) {
        CaseQuery query = new CaseQuery()
                .and("id in :ids", "ids", ids(serviceRequestIds))
                .and("category = :category", "category", serviceCode)
                .and("recordedAt >= :start", "start", start)
                .and("recordedAt < :end", "end", end)
                .and("status in :statuses", "statuses", statuses(status));
        access.restrictCases(query);
        return repository.search(query, Sort.descending("recordedAt").and("id"))
                .page(0, MAX_REQUESTS).list().stream().map(Open311Mapping::request).toList();
    }

    @Transactional
    public List<Open311Request> request(UUID id) {
        CaseFile file = repository.findByIdOptional(id).filter(access::canSee)
                .orElseThrow(() -> new NotFoundProblem(Text.of("服务请求", "service request"), id));
        return List.of(request(file));
    }

    private static Open311Request request(CaseFile file) {
        OffsetDateTime updated = Stream.of(file.receivedAt, file.acceptedAt, file.resolvedAt, file.closedAt)
                .filter(t -> t != null).max(OffsetDateTime::compareTo).orElse(file.receivedAt);
        return new Open311Request(file.id.toString(), OPEN.contains(file.status) ? "open" : "closed",
                file.status.displayLabel(), file.category.displayLabel(), file.category.name(), file.description, file.level.displayLabel(),
                null, file.recordedAt, updated, file.dueAt, Masking.address(file.villagerAddress),
                file.stationId.toString(), null, null, null, null);
    }

    private static List<UUID> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(commaSeparated.split(",")).map(String::strip).limit(MAX_REQUESTS).map(UUID::fromString).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputProblem("service_request_id", Text.of("须为逗号分隔的请求编号", "comma-separated request ids"));
        }
    }

    private static List<CaseStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return switch (status) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> throw new InvalidInputProblem("status", Text.of("须为 open 或 closed", "open or closed"));
        };
    }
}
