package org.masswork.cadre.cadre;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.masswork.cadre.assignment.Assignment;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.county.CountyClock;
import org.masswork.cadre.department.Department;
import org.masswork.cadre.department.DepartmentRepository;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.outbox.Outbox;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.privacy.Masking;
import org.masswork.platform.privacy.PersonalDataAudit;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.security.CallerScope;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class CadreService {

    private static final String RESOURCE = "Cadre";

    private final CadreRepository cadres;
    private final DepartmentRepository departments;
    private final AssignmentRepository assignments;
    private final IdempotentCreates idempotency;
    private final Outbox outbox;
    private final CallerScope scope;
    private final WorkScope workScope;
    private final PersonalDataAudit audit;
    private final CountyClock clock;

    CadreService(CadreRepository cadres, DepartmentRepository departments, AssignmentRepository assignments,
                 IdempotentCreates idempotency, Outbox outbox, CallerScope scope, WorkScope workScope, PersonalDataAudit audit,
                 CountyClock clock) {
        this.workScope = workScope;
        this.cadres = cadres;
        this.departments = departments;
        this.assignments = assignments;
        this.idempotency = idempotency;
        this.outbox = outbox;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CadreView register(RegisterCadreRequest request, String idempotencyKey) {
        return idempotency.once("register-cadre", idempotencyKey, request, CadreView::id, this::get, () -> {
            Department department = departments.findByIdOptional(request.departmentId())
                    .filter(d -> d.countyId.equals(workScope.county())).orElseThrow(() ->
                    new RuleViolationProblem("unknown-department", Text.of("没有部门 " + request.departmentId(), "No department " + request.departmentId()), "departmentId"));
            Cadre cadre = new Cadre();
            cadre.id = UUID.randomUUID();
            cadre.countyId = department.countyId;
            cadre.name = request.name().strip();
            cadre.phone = request.phone();
            cadre.departmentId = department.id;
            cadre.rank = request.rank();
            cadre.backbone = request.backbone();
            cadre.partyMember = request.partyMember();
            cadre.markReceived(request.recordedAt());
            cadres.persist(cadre);
            cadres.flush();
            outbox.append(new CadreRegistered(cadre.id, cadre.countyId, department.id, department.kind.name(), cadre.rank.name(),
                    cadre.backbone, cadre.partyMember));
            return view(cadre, List.of(), PersonalDataAudit.CREATE);
        });
    }

    @Transactional
    public CadreView get(UUID id) {
        Cadre cadre = cadres.get(id);
        workScope.requireOwnCounty(CadreRepository.CADRE, id, cadre.countyId);
        return view(cadre, assignments.ofCadre(id), PersonalDataAudit.READ);
    }

    @Transactional
    public Page<CadreView> list(UUID departmentId, boolean unassigned, PageQuery page) {
        Page<Cadre> found = Page.of(cadres.search(workScope.county(), departmentId, unassigned), page, c -> c);
        Map<UUID, List<Assignment>> byCadre = assignments
                .list("cadreId in ?1", found.items().stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.cadreId));
        List<CadreView> views = found.items().stream().map(c -> view(c, byCadre.getOrDefault(c.id, List.of()), PersonalDataAudit.READ)).toList();
        return new Page<>(views, found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    /** Days stationed over all of a cadre's assignments, up to today in the cadre's county: the promotion rule reads this. */
    public long stationExperienceDays(Cadre cadre, List<Assignment> ofCadre) {
        LocalDate today = clock.today(cadre.countyId);
        return ofCadre.stream().mapToLong(a -> a.daysServed(today)).sum();
    }

    private CadreView view(Cadre cadre, List<Assignment> ofCadre, String auditAction) {
        Optional<Assignment> active = ofCadre.stream().filter(Assignment::isActive).findFirst();
        boolean fullPhone = maySeePhone(cadre, active);
        if (fullPhone && !scope.isCadre(cadre.countyId, cadre.id)) {
            audit.record(RESOURCE, cadre.id, auditAction);
        }
        return new CadreView(cadre.id, cadre.name, fullPhone ? cadre.phone : Masking.phone(cadre.phone), !fullPhone,
                cadre.departmentId, cadre.rank, cadre.rank.displayLabel(), cadre.backbone, cadre.partyMember,
                stationExperienceDays(cadre, ofCadre), active.map(a -> a.stationId).orElse(null), cadre.version);
    }

    /** The cadre themself, their station team, their township's officers and county roles see the phone. */
    private boolean maySeePhone(Cadre cadre, Optional<Assignment> active) {
        return scope.coversCounty(cadre.countyId) && (scope.isCountyWide()
                || scope.isCadre(cadre.countyId, cadre.id)
                || active.filter(a -> scope.coversStation(a.countyId, a.stationId, a.townshipId)).isPresent());
    }
}
