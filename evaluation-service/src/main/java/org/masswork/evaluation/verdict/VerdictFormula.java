package org.masswork.evaluation.verdict;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.masswork.evaluation.EvaluationRules;

/**
 * The documented formula (README "The verdict"), all weights and thresholds from {@link EvaluationRules}:
 * <ul>
 *   <li>no grade, and so no consequence, below {@code grading.minValidBallots} valid ballots
 *       (INSUFFICIENT_BALLOTS) or {@code grading.minServiceDays} days served in the half year (SERVICE_TOO_SHORT);</li>
 *   <li>people (0–100): 70 × (satisfied + w·basically satisfied) / valid + 30 × (average of the four 1–5 scores − 1) / 4;</li>
 *   <li>supervision (0–100): the average score of the reviews of the stations the cadre served, for the months served;</li>
 *   <li>objective (0–100): 50 × station days attended / due while serving (at most 1; 1 when none was due)
 *       + 50 × cases closed on time / closed at those stations while serving (1 when none closed);</li>
 *   <li>total: the weighted mean of the components the cadre has;</li>
 *   <li>grade by the thresholds; but more than {@code failUnsatisfiedShare} of valid ballots unsatisfied is
 *       INCOMPETENT whatever the total (未过群众评议关).</li>
 * </ul>
 * The consequence follows the grade: promotion recommended, none, admonishment talk, appointment cancelled or postponed.
 */
@ApplicationScoped
public class VerdictFormula {

    private final EvaluationRules rules;

    VerdictFormula(EvaluationRules rules) {
        this.rules = rules;
    }

    public Result apply(VerdictInputs in) {
        List<NotGradedReason> reasons = new ArrayList<>();
        if (in.validBallots() < rules.grading().minValidBallots()) {
            reasons.add(NotGradedReason.INSUFFICIENT_BALLOTS);
        }
        if (in.serviceDays() < rules.grading().minServiceDays()) {
            reasons.add(NotGradedReason.SERVICE_TOO_SHORT);
        }
        Double people = in.validBallots() >= rules.grading().minValidBallots() ? people(in) : null;
        Double supervision = in.supervisionScore();
        double attendance = in.stationDaysDue() == 0 ? 1 : Math.min(1, (double) in.stationDaysAttended() / in.stationDaysDue());
        double onTime = in.casesClosed() == 0 ? 1 : (double) in.casesClosedOnTime() / in.casesClosed();
        double objective = 50 * attendance + 50 * onTime;
        if (!reasons.isEmpty()) {
            return new Result(round(people), round(supervision), round(objective), null, Grade.NOT_GRADED,
                    Consequence.NOT_APPLICABLE, List.copyOf(reasons));
        }

        double weighted = rules.weights().objective() * objective + rules.weights().people() * people;
        double weights = rules.weights().objective() + rules.weights().people();
        if (supervision != null) {
            weighted += rules.weights().supervision() * supervision;
            weights += rules.weights().supervision();
        }
        double total = weighted / weights;
        boolean failedByPeople = (double) in.unsatisfied() / in.validBallots() > rules.failUnsatisfiedShare();
        Grade grade = failedByPeople ? Grade.INCOMPETENT : grade(total);
        return new Result(round(people), round(supervision), round(objective), round(total), grade, consequence(grade), List.of());
    }

    private double people(VerdictInputs in) {
        double satisfaction = (in.satisfied() + rules.basicallySatisfiedWeight() * in.basicallySatisfied()) / in.validBallots();
        double scores = in.averageScores() == null ? 0 : (in.averageScores() - 1) / 4;
        return 70 * satisfaction + 30 * scores;
    }

    private Grade grade(double total) {
        if (total >= rules.thresholds().excellent()) {
            return Grade.EXCELLENT;
        }
        if (total >= rules.thresholds().competent()) {
            return Grade.COMPETENT;
        }
        return total >= rules.thresholds().basicallyCompetent() ? Grade.BASICALLY_COMPETENT : Grade.INCOMPETENT;
    }

    private static Consequence consequence(Grade grade) {
        return switch (grade) {
            case EXCELLENT -> Consequence.RECOMMEND_PROMOTION;
            case COMPETENT -> Consequence.NO_ACTION;
            case BASICALLY_COMPETENT -> Consequence.ADMONISHMENT_TALK;
            case INCOMPETENT -> Consequence.APPOINTMENT_CANCELLED_OR_POSTPONED;
            case NOT_GRADED -> Consequence.NOT_APPLICABLE;
        };
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    /** {@code total} is null, and {@code notGradedReasons} not empty, for a cadre not graded. */
    public record Result(Double people, Double supervision, double objective, Double total, Grade grade, Consequence consequence,
                         List<NotGradedReason> notGradedReasons) {

        public boolean graded() {
            return notGradedReasons.isEmpty();
        }
    }
}
