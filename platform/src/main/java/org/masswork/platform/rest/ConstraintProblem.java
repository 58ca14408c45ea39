package org.masswork.platform.rest;

import java.util.Objects;
import java.util.function.Supplier;
import org.masswork.platform.problem.ConflictProblem;
import org.masswork.platform.problem.ProblemException;

/**
 * A constraint of a service's own schema whose violation is a domain problem, not a bare 409 {@code duplicate}: the
 * write relies on the database to keep the rule (also between two requests racing each other) instead of asking
 * first, and {@link ProblemMapper} answers its violation with the domain's problem. A service declares one bean per
 * constraint, e.g. beside the write it guards:
 *
 * <pre>{@code
 * @Produces
 * static final ConstraintProblem ONCE_A_DAY = new ConstraintProblem("check_in_once_a_day",
 *         () -> new ConflictProblem("already-checked-in", Text.of("该干部当天已在此站签到",
 *                 "The cadre already checked in at this station on that day")));
 * }</pre>
 *
 * The constraint is named in a migration (never left to PostgreSQL's generated name), and each name is declared once.
 */
public record ConstraintProblem(String constraint, Supplier<ProblemException> problem) {

    public ConstraintProblem {
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(problem, "problem");
    }
}
