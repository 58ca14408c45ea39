package org.masswork.cadre.promotion;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.masswork.cadre.assignment.AssignmentRepository;
import org.masswork.cadre.cadre.Cadre;
import org.masswork.cadre.cadre.CadreRepository;
import org.masswork.cadre.cadre.CadreService;
import org.masswork.platform.security.CallerScope;

@ApplicationScoped
public class PromotionService {

    /** One year of station work. */
    static final long REQUIRED_DAYS = 365;

    private final CadreRepository cadres;
    private final AssignmentRepository assignments;
    private final CadreService cadreService;
    private final CadreEvaluationRepository evaluations;
    private final CallerScope scope;

    PromotionService(CadreRepository cadres, AssignmentRepository assignments, CadreService cadreService,
                     CadreEvaluationRepository evaluations, CallerScope scope) {
        this.cadres = cadres;
        this.assignments = assignments;
        this.cadreService = cadreService;
        this.evaluations = evaluations;
        this.scope = scope;
    }

    @Transactional
    public PromotionEligibility eligibility(UUID cadreId) {
        if (!scope.isCountyWide() && scope.cadre().filter(cadreId::equals).isEmpty()) {
            throw new ForbiddenException();
        }
        Cadre cadre = cadres.get(cadreId);
        if (!scope.coversCounty(cadre.countyId)) {
            throw new ForbiddenException();
        }
        long days = cadreService.stationExperienceDays(cadre, assignments.ofCadre(cadreId));
        Optional<CadreEvaluation> latest = evaluations.latest(cadreId);
        List<PromotionEligibility.Reason> reasons = new ArrayList<>();
        if (days < REQUIRED_DAYS) {
            reasons.add(PromotionEligibility.Reason.INSUFFICIENT_STATION_EXPERIENCE);
        }
        if (latest.isEmpty()) {
            reasons.add(PromotionEligibility.Reason.NO_EVALUATION_YET);
        } else if (!latest.get().passed()) {
            reasons.add(PromotionEligibility.Reason.FAILED_PEOPLES_EVALUATION);
        }
        return new PromotionEligibility(cadreId, reasons.isEmpty(), days, REQUIRED_DAYS,
                latest.map(e -> new PromotionEligibility.LatestEvaluation(e.roundId, e.period, e.grade, e.consequence,
                        e.passed(), e.concludedAt)).orElse(null),
                reasons);
    }
}
