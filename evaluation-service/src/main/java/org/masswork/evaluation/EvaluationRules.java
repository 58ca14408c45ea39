package org.masswork.evaluation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The evaluation's settings. The verdict formula (see README "The verdict") is
 * {@code total = people × w.people + supervision × w.supervision + objective × w.objective}, over the
 * components a cadre has (weights of missing ones are shared out), then graded by the thresholds;
 * more than {@code failUnsatisfiedShare} unsatisfied ballots fails the evaluation whatever the total.
 * A cadre with too few valid ballots or too short a service in the half year is not graded at all ({@link Grading}).
 */
@ConfigMapping(prefix = "masswork.evaluation")
public interface EvaluationRules {

    /** The time zone of a county cadre-service has not announced (platform KnownCounties), and of figures across counties. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Representatives drawn per cadre (fewer if the village has fewer households). */
    @WithDefault("10")
    int representativesPerCadre();

    /**
     * The secret a ballot code's stored hash is keyed with (HMAC-SHA256), kept out of the database so that a
     * database superuser holding the printed codes cannot find a code's row. Production: from a secret
     * ({@code MASSWORK_EVALUATION_BALLOT_CODE_KEY}, at least 32 random characters). Without it the codes are
     * hashed with plain SHA-256 and the service warns at start.
     */
    Optional<String> ballotCodeKey();

    Grading grading();

    Weights weights();

    Thresholds thresholds();

    /** Share of unsatisfied valid ballots above which the evaluation is failed (未过群众评议关). */
    @WithDefault("0.3334")
    double failUnsatisfiedShare();

    /** Weight of a basically-satisfied ballot in the satisfaction index (a satisfied one counts 1). */
    @WithDefault("0.6")
    double basicallySatisfiedWeight();

    /** How often each figures rollup folds what changed (figures.WorkFiguresFoldJob, VisitFiguresFoldJob, CaseCountyDayFoldJob). */
    @WithDefault("2s")
    Duration figuresFoldInterval();

    /** When a cadre gets a grade at all; below either, the verdict is NOT_GRADED with its reasons and has no consequence. */
    interface Grading {

        /** Valid ballots a cadre needs to be graded; their figures are shown (after the close) from this many on too. */
        @WithDefault("5")
        int minValidBallots();

        /** Days of service in the half year (up to the close) a cadre needs to be graded. */
        @WithDefault("90")
        int minServiceDays();
    }

    interface Weights {
        @WithDefault("0.6")
        double people();

        @WithDefault("0.25")
        double supervision();

        @WithDefault("0.15")
        double objective();
    }

    interface Thresholds {
        @WithDefault("90")
        double excellent();

        @WithDefault("75")
        double competent();

        @WithDefault("60")
        double basicallyCompetent();
    }
}
