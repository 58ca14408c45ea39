package org.masswork.evaluation.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.infra.County;

/** The documented formula (README "The verdict") and that every part of it follows the settings. */
class VerdictFormulaTest {

    private static final Rules DEFAULTS = new Rules(5, 90, 0.6, 0.25, 0.15, 90, 75, 60, 0.3334, 0.6);

    @Test
    void shouldComputeTheReadmeExampleWithTheDefaults() {
        VerdictFormula.Result result = new VerdictFormula(DEFAULTS).apply(inputs(4, 1, 1, 4.0, 80.0, 0, 0, 0));

        assertThat(result.people()).isEqualTo(76.17);
        assertThat(result.supervision()).isEqualTo(80.0);
        assertThat(result.objective()).isEqualTo(50.0);
        assertThat(result.total()).isEqualTo(73.2);
        assertThat(result.grade()).isEqualTo(Grade.BASICALLY_COMPETENT);
        assertThat(result.consequence()).isEqualTo(Consequence.ADMONISHMENT_TALK);
    }

    @Test
    void shouldFollowTheConfiguredWeightsAndThresholds() {
        VerdictInputs inputs = inputs(4, 1, 1, 4.0, 80.0, 0, 0, 0);
        Rules peopleOnly = new Rules(5, 90, 1, 0, 0, 90, 75, 60, 0.3334, 0.6);
        assertThat(new VerdictFormula(peopleOnly).apply(inputs).total()).isEqualTo(76.17);
        assertThat(new VerdictFormula(peopleOnly).apply(inputs).grade()).isEqualTo(Grade.COMPETENT);

        Rules lenient = new Rules(5, 90, 1, 0, 0, 76, 70, 60, 0.3334, 0.6);
        assertThat(new VerdictFormula(lenient).apply(inputs).consequence()).isEqualTo(Consequence.RECOMMEND_PROMOTION);

        Rules basicCountsFully = new Rules(5, 90, 1, 0, 0, 90, 75, 60, 0.3334, 1.0);
        assertThat(new VerdictFormula(basicCountsFully).apply(inputs).people()).isEqualTo(80.83);
    }

    @Test
    void shouldFailTheEvaluationAboveTheConfiguredShareOfUnsatisfiedBallots() {
        VerdictInputs twoOfFiveUnsatisfied = inputs(3, 0, 2, 4.6, 95.0, 18, 10, 10);

        VerdictFormula.Result strict = new VerdictFormula(DEFAULTS).apply(twoOfFiveUnsatisfied);
        assertThat(strict.total()).isGreaterThan(60);
        assertThat(strict.grade()).isEqualTo(Grade.INCOMPETENT);
        assertThat(strict.consequence()).isEqualTo(Consequence.APPOINTMENT_CANCELLED_OR_POSTPONED);

        Rules half = new Rules(5, 90, 0.6, 0.25, 0.15, 90, 75, 60, 0.5, 0.6);
        assertThat(new VerdictFormula(half).apply(twoOfFiveUnsatisfied).grade()).isNotEqualTo(Grade.INCOMPETENT);
    }

    @Test
    void shouldGiveNoGradeAndNoConsequenceBelowTheConfiguredNumberOfBallots() {
        VerdictInputs fourPerfect = inputs(4, 0, 0, 5.0, 100.0, 18, 0, 0);

        VerdictFormula.Result tooFew = new VerdictFormula(DEFAULTS).apply(fourPerfect);
        assertThat(tooFew.grade()).isEqualTo(Grade.NOT_GRADED);
        assertThat(tooFew.consequence()).isEqualTo(Consequence.NOT_APPLICABLE);
        assertThat(tooFew.notGradedReasons()).containsExactly(NotGradedReason.INSUFFICIENT_BALLOTS);
        assertThat(tooFew.people()).isNull();
        assertThat(tooFew.total()).isNull();
        assertThat(tooFew.objective()).isEqualTo(100.0);

        VerdictFormula.Result counted = new VerdictFormula(new Rules(4, 90, 0.6, 0.25, 0.15, 90, 75, 60, 0.3334, 0.6)).apply(fourPerfect);
        assertThat(counted.notGradedReasons()).isEmpty();
        assertThat(counted.people()).isEqualTo(100.0);
        assertThat(counted.grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void shouldGiveNoGradeAndNoConsequenceBelowTheConfiguredDaysOfService() {
        VerdictInputs failing = inputs(0, 0, 6, 1.0, 10.0, 0, 0, 0, 89);

        VerdictFormula.Result tooShort = new VerdictFormula(DEFAULTS).apply(failing);
        assertThat(tooShort.grade()).isEqualTo(Grade.NOT_GRADED);
        assertThat(tooShort.consequence()).isEqualTo(Consequence.NOT_APPLICABLE);
        assertThat(tooShort.notGradedReasons()).containsExactly(NotGradedReason.SERVICE_TOO_SHORT);
        assertThat(tooShort.people()).as("the ballots are enough to be shown").isEqualTo(0.0);
        assertThat(tooShort.total()).isNull();

        VerdictFormula.Result graded = new VerdictFormula(new Rules(5, 89, 0.6, 0.25, 0.15, 90, 75, 60, 0.3334, 0.6)).apply(failing);
        assertThat(graded.grade()).isEqualTo(Grade.INCOMPETENT);
        assertThat(graded.consequence()).isEqualTo(Consequence.APPOINTMENT_CANCELLED_OR_POSTPONED);

        VerdictFormula.Result both = new VerdictFormula(DEFAULTS).apply(inputs(1, 0, 0, 5.0, null, 0, 0, 0, 0));
        assertThat(both.notGradedReasons()).containsExactly(NotGradedReason.INSUFFICIENT_BALLOTS, NotGradedReason.SERVICE_TOO_SHORT);
    }

    private static VerdictInputs inputs(int satisfied, int basicallySatisfied, int unsatisfied, Double averageScores,
                                        Double supervision, int stationDaysAttended, int casesClosed, int casesClosedOnTime) {
        return inputs(satisfied, basicallySatisfied, unsatisfied, averageScores, supervision, stationDaysAttended, casesClosed,
                casesClosedOnTime, 181);
    }

    /** A cadre of a whole half year's service has 18 station days due; a shorter one, in proportion, at least none. */
    private static VerdictInputs inputs(int satisfied, int basicallySatisfied, int unsatisfied, Double averageScores,
                                        Double supervision, int stationDaysAttended, int casesClosed, int casesClosedOnTime,
                                        int serviceDays) {
        return new VerdictInputs(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), satisfied + basicallySatisfied + unsatisfied,
                satisfied, basicallySatisfied, unsatisfied, averageScores, supervision, supervision == null ? 0 : 6, serviceDays,
                Math.min(18, serviceDays / 10), stationDaysAttended, casesClosed, casesClosedOnTime, 0, Map.of());
    }

    /** Settings as they would come from {@code masswork.evaluation.*}. */
    private record Rules(int minValidBallots, int minServiceDays, double people, double supervision, double objective,
                         double excellent, double competent, double basicallyCompetent, double failUnsatisfiedShare,
                         double basicallySatisfiedWeight) implements EvaluationRules {

        @Override
        public Optional<String> ballotCodeKey() {
            return Optional.empty();
        }

        @Override
        public Grading grading() {
            Rules rules = this;
            return new Grading() {
                @Override
                public int minValidBallots() {
                    return rules.minValidBallots;
                }

                @Override
                public int minServiceDays() {
                    return rules.minServiceDays;
                }
            };
        }

        @Override
        public ZoneId zone() {
            return County.ZONE;
        }

        @Override
        public int representativesPerCadre() {
            return 10;
        }

        @Override
        public Duration figuresFoldInterval() {
            return Duration.ofSeconds(2);
        }

        @Override
        public Weights weights() {
            Rules rules = this;
            return new Weights() {
                @Override
                public double people() {
                    return rules.people;
                }

                @Override
                public double supervision() {
                    return rules.supervision;
                }

                @Override
                public double objective() {
                    return rules.objective;
                }
            };
        }

        @Override
        public Thresholds thresholds() {
            Rules rules = this;
            return new Thresholds() {
                @Override
                public double excellent() {
                    return rules.excellent;
                }

                @Override
                public double competent() {
                    return rules.competent;
                }

                @Override
                public double basicallyCompetent() {
                    return rules.basicallyCompetent;
                }
            };
        }
    }
}
