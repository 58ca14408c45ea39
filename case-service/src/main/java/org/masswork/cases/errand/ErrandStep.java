package org.masswork.cases.errand;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of an errand by proxy: what was done at which department. */
@Entity
@Table(name = "errand_step")
public class ErrandStep extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public String department;

    @Column(nullable = false)
    public String action;

    public String note;

    @Column(name = "done_at", nullable = false)
    public OffsetDateTime doneAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
}
