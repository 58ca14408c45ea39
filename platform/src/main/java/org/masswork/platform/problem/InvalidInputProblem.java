package org.masswork.platform.problem;

import java.util.List;

/** 400 for input that no annotation can check (a date in the future, a header out of shape). */
public class InvalidInputProblem extends ProblemException {

    public InvalidInputProblem(String field, String reason) {
        super(400, "validation-failed", "Invalid request", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }
}
