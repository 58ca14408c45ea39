package org.masswork.platform.input;

import java.util.List;
import org.masswork.platform.problem.Problem;
import org.masswork.platform.problem.ProblemException;

/** 400: a query, form or header parameter that cannot be taken, naming it and why. */
public class InvalidParameter extends ProblemException {

    public InvalidParameter(String name, String reason) {
        super(400, "validation-failed", "Invalid request", name + ": " + reason, List.of(new Problem.FieldError(name, reason)));
    }
}
