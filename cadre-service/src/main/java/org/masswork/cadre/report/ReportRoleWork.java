package org.masswork.cadre.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.masswork.cadre.visit.FiveRole;

/** One cadre's visits of the reported month in one of the five roles, as they stood at submission. */
@Embeddable
public class ReportRoleWork {

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FiveRole role;

    @Column(nullable = false)
    public long visits;
}
