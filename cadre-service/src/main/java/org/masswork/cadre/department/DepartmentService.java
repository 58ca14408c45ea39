package org.masswork.cadre.department;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.masswork.cadre.scope.WorkScope;
import org.masswork.cadre.township.TownshipRepository;
import org.masswork.platform.idempotency.IdempotentCreates;
import org.masswork.platform.paging.Page;
import org.masswork.platform.paging.PageQuery;
import org.masswork.platform.problem.RuleViolationProblem;
import org.masswork.platform.language.Text;

@ApplicationScoped
public class DepartmentService {

    private final DepartmentRepository departments;
    private final TownshipRepository townships;
    private final IdempotentCreates idempotency;
    private final WorkScope scope;

    DepartmentService(DepartmentRepository departments, TownshipRepository townships, IdempotentCreates idempotency,
                      WorkScope scope) {
        this.scope = scope;
        this.departments = departments;
        this.townships = townships;
        this.idempotency = idempotency;
    }

    @Transactional
    public DepartmentView register(RegisterDepartmentRequest request, String idempotencyKey) {
        return idempotency.once("register-department", idempotencyKey, request, DepartmentView::id, this::get, () -> {
            boolean township = request.level() == DepartmentLevel.TOWNSHIP;
            if (township != (request.townshipId() != null)) {
                throw new RuleViolationProblem("department-township",
                        Text.of("乡镇部门须注明所属乡镇；县级部门不注明乡镇", "A township department names its township; a county department names none"), "townshipId");
            }
            UUID county = scope.county();
            if (township && !townships.inCounty(request.townshipId(), county)) {
                throw new RuleViolationProblem("unknown-township", Text.of("没有乡镇 " + request.townshipId(), "No township " + request.townshipId()), "townshipId");
            }
            Department department = new Department();
            department.id = UUID.randomUUID();
            department.countyId = county;
            department.name = request.name().strip();
            department.kind = request.kind();
            department.level = request.level();
            department.townshipId = request.townshipId();
            department.markReceived(request.recordedAt());
            departments.persist(department);
            departments.flush();
            return DepartmentView.of(department);
        });
    }

    @Transactional
    public DepartmentView get(UUID id) {
        Department department = departments.get(id);
        scope.requireOwnCounty(DepartmentRepository.DEPARTMENT, id, department.countyId);
        return DepartmentView.of(department);
    }

    /** The caller's county's departments. */
    @Transactional
    public Page<DepartmentView> list(DepartmentKind kind, PageQuery page) {
        return Page.of(departments.search(scope.county(), kind), page, DepartmentView::of);
    }
}
