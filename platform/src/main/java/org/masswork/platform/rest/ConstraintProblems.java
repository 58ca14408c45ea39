package org.masswork.platform.rest;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.masswork.platform.problem.ProblemException;

/** Every {@link ConstraintProblem} the service declares, by constraint name. */
@ApplicationScoped
public class ConstraintProblems {

    private final Map<String, Supplier<ProblemException>> byConstraint = new HashMap<>();

    ConstraintProblems(@All List<ConstraintProblem> declared) {
        for (ConstraintProblem problem : declared) {
            if (byConstraint.put(problem.constraint(), problem.problem()) != null) {
                throw new IllegalStateException("constraint " + problem.constraint() + " is given two problems");
            }
        }
    }

    /** The domain's problem for a broken constraint, if the service declared one. */
    public Optional<ProblemException> of(String constraint) {
        Supplier<ProblemException> problem = byConstraint.get(constraint);
        return problem == null ? Optional.empty() : Optional.of(problem.get());
    }
}
