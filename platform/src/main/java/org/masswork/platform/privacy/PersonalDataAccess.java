package org.masswork.platform.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One read or write of personal data in full (unmasked): who, when, which record, what for. */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess extends PanacheEntityBase {

    /** Assigned here rather than by the database, so a page of audited records is written in one batch. */
    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "accessed_at", nullable = false)
    public OffsetDateTime accessedAt;

    /** The token's subject. */
    @Column(nullable = false)
    public String caller;

    @Column(name = "caller_roles", nullable = false)
    public String callerRoles;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    /** READ, CREATE, UPDATE, EXPORT. */
    @Column(nullable = false)
    public String action;
}
