package org.masswork.platform.input;

import java.util.List;
import org.masswork.platform.problem.InvalidInputProblem;
import org.masswork.platform.language.Text;

/** 400: a query, form or header parameter that cannot be taken, naming it and why. */
public class InvalidParameter extends InvalidInputProblem {

    public InvalidParameter(String name, Text reason) {
        super(name, reason);
    }
}
