package org.masswork.cadre.department;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.UUID;
import org.masswork.platform.persistence.ClientRecordedEntity;

/** A county or township department that cadres come from; they keep their jobs there (不脱钩). */
@Entity
public class Department extends ClientRecordedEntity {

    @Id
    public UUID id;

    /** The county the department serves (a township's department: that township's county). */
    @Column(name = "county_id", nullable = false)
    public UUID countyId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepartmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DepartmentLevel level;

    /** Set for township departments only. */
    @Column(name = "township_id")
    public UUID townshipId;
}
