package org.masswork.cadre.department;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Department")
public record DepartmentView(
        UUID id,
        @Schema(maxLength = 100) String name,
        DepartmentKind kind,
        @Schema(maxLength = 10) String kindLabel,
        DepartmentLevel level,
        @Schema(maxLength = 10) String levelLabel,
        UUID townshipId,
        @Schema(minimum = "0", maximum = "9223372036854775807") long version) {

    static DepartmentView of(Department department) {
        return new DepartmentView(department.id, department.name, department.kind, department.kind.displayLabel(),
                department.level, department.level.displayLabel(), department.townshipId, department.version);
    }
}
