package org.masswork.evaluation.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.masswork.evaluation.EvaluationRules;
import org.masswork.infra.County;

/** The documented formula (README "The verdict") and that every part of it follows the settings. */
class VerdictFormulaTest {

    private static final Rules DEFAULTS = new Rules(5, 0.6, 0.25, 0.15, 90, 75, 60, 0.3334, 0.6);

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
        Rules peopleOnly = new Rules(5, 1, 0, 0, 90, 75, 60, 0.3334, 0.6);
        assertThat(new VerdictFormula(peopleOnly).apply(inputs).total()).isEqualTo(76.17);
        assertThat(new VerdictFormula(peopleOnly).apply(inputs).grade()).isEqualTo(Grade.COMPETENT);

        Rules lenient = new Rules(5, 1, 0, 0, 76, 70, 60, 0.3334, 0.6);
        assertThat(new VerdictFormula(lenient).apply(inputs).consequence()).isEqualTo(Consequence.RECOMMEND_PROMOTION);

        Rules basicCountsFully = new Rules(5, 1, 0, 0, 90, 75, 60, 0.3334, 1.0);
        assertThat(new VerdictFormula(basicCountsFully).apply(inputs).people()).isEqualTo(80.83);
    }

    @Test
    void shouldFailTheEvaluationAboveTheConfiguredShareOfUnsatisfiedBallots() {
        VerdictInputs twoOfFiveUnsatisfied = inputs(3, 0, 2, 4.6, 95.0, 18, 10, 10);

        VerdictFormula.Result strict = new VerdictFormula(DEFAULTS).apply(twoOfFiveUnsatisfied);
        assertThat(strict.total()).isGreaterThan(60);
        assertThat(strict.grade()).isEqualTo(Grade.INCOMPETENT);
        assertThat(strict.consequence()).isEqualTo(Consequence.APPOINTMENT_CANCELLED_OR_POSTPONED);

        Rules half = new Rules(5, 0.6, 0.25, 0.15, 90, 75, 60, 0.5, 0.6);
        assertThat(new VerdictFormula(half).apply(twoOfFiveUnsatisfied).grade()).isNotEqualTo(Grade.INCOMPETENT);
    }

    @Test
    void shouldLeaveThePeopleOutBelowTheConfiguredNumberOfBallots() {
        VerdictInputs four = inputs(0, 0, 4, 1.0, 100.0, 18, 0, 0);

        VerdictFormula.Result tooFew = new VerdictFormula(DEFAULTS).apply(four);
        assertThat(tooFew.people()).isNull();
        assertThat(tooFew.total()).isEqualTo(100.0);
        assertThat(tooFew.grade()).isEqualTo(Grade.EXCELLENT);

        VerdictFormula.Result counted = new VerdictFormula(new Rules(3, 0.6, 0.25, 0.15, 90, 75, 60, 0.3334, 0.6)).apply(four);
        assertThat(counted.people()).isEqualTo(0.0);
        assertThat(counted.grade()).isEqualTo(Grade.INCOMPETENT);
    }

    private static VerdictInputs inputs(int satisfied, int basicallySatisfied, int unsatisfied, Double averageScores,
                                        Double supervision, int stationDaysAttended, int casesClosed, int casesClosedOnTime) {
        return new VerdictInputs(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), satisfied + basicallySatisfied + unsatisfied,
                satisfied, basicallySatisfied, unsatisfied, averageScores, supervision, stationDaysAttended, 18, casesClosed,
                casesClosedOnTime);
    }

    /** Settings as they would come from {@code masswork.evaluation.*}. */
    private record Rules(int minBallotsShown, double people, double supervision, double objective, double excellent,
                         double competent, double basicallyCompetent, double failUnsatisfiedShare,
                         double basicallySatisfiedWeight) implements EvaluationRules {

        @Override
        public Optional<String> ballotCodeKey() {
            return Optional.empty();
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
