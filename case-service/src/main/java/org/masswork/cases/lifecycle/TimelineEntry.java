package org.masswork.cases.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.masswork.cases.casefile.CaseStatus;
import org.masswork.cases.casefile.EscalationLevel;

/** One step of a case: who did what, when, how, at which level. Never changed once written. */
@Entity
@Table(name = "case_timeline")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_role", nullable = false)
    public String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public CaseStatus toStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public EscalationLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level", nullable = false)
    public EscalationLevel toLevel;

    @Enumerated(EnumType.STRING)
    public HandlingMethod method;

    public String note;

    /** The cadre in charge of the case after this step, if one is named. */
    @Column(name = "handler_cadre_id")
    public UUID handlerCadreId;
}
